using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.SmeSupport;

namespace Iljari.Web.Pages.Staff.SmeSupport;

/// <summary>
/// One application for the operating agency: the company, plan and documents, every reviewer's sheet (names shown to
/// staff only), the average, the history; 선정 with an amount or 미선정 with a reason.
/// </summary>
public class ApplicationModel(AppDbContext db, SupportApplications applications, UploadedFiles files, Infrastructure.ChangeHistory.ChangeHistoryReader history) : PageModel
{
    public IReadOnlyList<Infrastructure.ChangeHistory.ChangeRow> Changes { get; private set; } = [];
    public Infrastructure.Enterprises.CompanyJobs Jobs { get; private set; } = null!;
    public SupportApplication Application { get; private set; } = null!;
    public SupportCall Call { get; private set; } = null!;
    public Company Company { get; private set; } = null!;
    public IReadOnlyList<SupportScores.SheetLine> Sheets { get; private set; } = [];
    public ScoreSummary Score { get; private set; } = ScoreSummary.Of([]);
    public IReadOnlyDictionary<string, string> UserNames { get; private set; } = new Dictionary<string, string>();

    [BindProperty] public long? Amount { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSelectAsync(int id, CancellationToken ct) => DecideAsync(id, select: true, ct);
    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) => DecideAsync(id, select: false, ct);

    public async Task<IActionResult> OnGetFileAsync(int id, int documentId, CancellationToken ct)
    {
        if (await db.SupportAgencyIdAsync(User, ct) is not { } agencyId) return NotFound();
        var stored = await db.SupportDocuments.AsNoTracking().Where(d => d.Id == documentId && d.ApplicationId == id
                && db.SupportApplications.Any(a => a.Id == id && db.SupportCalls.Any(c => c.Id == a.CallId && c.AgencyId == agencyId)))
            .Select(d => d.StoredName).FirstOrDefaultAsync(ct);
        return stored is not null && files.Open(SupportApplications.UploadArea, stored) is { } f ? File(f.Stream, f.ContentType) : NotFound();
    }

    private async Task<IActionResult> DecideAsync(int id, bool select, CancellationToken ct)
    {
        var callId = await db.SupportApplications.Where(a => a.Id == id).Select(a => (int?)a.CallId).FirstOrDefaultAsync(ct);
        if (callId is null || await db.ManagedCallAsync(User, callId.Value, ct) is not { } call) return NotFound();
        try
        {
            await applications.DecideAsync(call, id, select, Amount, Reason, User.Id()!, ct);
            TempData["Notice"] = select ? "선정했습니다. 기업에 알렸습니다." : "미선정으로 처리했습니다. 기업에 알렸습니다.";
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            db.ChangeTracker.Clear();
            if (e is Core.Domain.Common.ValidationFailedException v) foreach (var error in v.Errors) ModelState.AddModelError(error.Field, error.Message);
            else ModelState.AddModelError("", e.Message);
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.SupportAgencyIdAsync(User, ct) is not { } agencyId) return false;
        var found = await db.SupportApplications.AsNoTracking().Include(a => a.Documents).Include(a => a.Events).AsSplitQuery().Where(a => a.Id == id)
            .Join(db.SupportCalls.Where(c => c.AgencyId == agencyId), a => a.CallId, c => c.Id, (a, c) => new { a, c }).FirstOrDefaultAsync(ct);
        if (found is null) return false;
        (Application, Call) = (found.a, found.c);
        Company = await db.Companies.AsNoTracking().FirstAsync(c => c.Id == Application.CompanyId, ct);
        Sheets = await SupportScores.SheetsAsync(db, id, ct);
        Score = ScoreSummary.Of(Sheets.Select(s => s.Review));
        var ids = Application.Events.Select(e => e.ByUserId).Distinct().ToList();
        UserNames = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Amount ??= Application.RequestedAmount > Call.BudgetRemaining ? Call.BudgetRemaining : Application.RequestedAmount;
        // The application's own steps are in its timeline above; this holds the reviewers' sheets, each re-score included.
        Jobs = await Infrastructure.Enterprises.CompanyJobs.ForAsync(db, Application.CompanyId, ct);
        Changes = await history.OfAsync<SupportApplication>(id, ct);
        return true;
    }
}
