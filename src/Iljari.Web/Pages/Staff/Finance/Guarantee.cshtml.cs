using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Guarantees;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Guarantees;

namespace Iljari.Web.Pages.Staff.Finance;

/// <summary>One guarantee: its ledger rows, and 상환 / 대위변제 / 구상 회수 entries by the staff who run the scheme.</summary>
public class GuaranteeModel(AppDbContext db, GuaranteeDesk desk, TimeProvider time, Infrastructure.ChangeHistory.ChangeHistoryReader history) : PageModel
{
    public IReadOnlyList<Infrastructure.ChangeHistory.ChangeRow> Changes { get; private set; } = [];
    public Infrastructure.Enterprises.CompanyJobs Jobs { get; private set; } = null!;
    public Guarantee Guarantee { get; private set; } = null!;
    public string Company { get; private set; } = "";
    public string? DecidedBy { get; private set; }
    /// <summary>Display names of the staff who recorded the ledger rows, by user id (an account since deleted is missing).</summary>
    public IReadOnlyDictionary<string, string> Recorders { get; private set; } = new Dictionary<string, string>();

    public string RecorderOf(GuaranteeEntry e) => Recorders.GetValueOrDefault(e.ByUserId, "(삭제된 계정)");

    [BindProperty] public long? Amount { get; set; }
    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRepayAsync(int id, CancellationToken ct) =>
        RecordAsync(id, (g, today) => g.Repay(Amount ?? 0, On ?? today, User.Id()!, time.GetUtcNow().UtcDateTime), "상환을 기록했습니다.", ct);

    public Task<IActionResult> OnPostDefaultAsync(int id, CancellationToken ct) =>
        RecordAsync(id, (g, today) => g.Default(On ?? today, Note, User.Id()!, time.GetUtcNow().UtcDateTime), "대위변제를 기록했습니다.", ct);

    public Task<IActionResult> OnPostRecoverAsync(int id, CancellationToken ct) =>
        RecordAsync(id, (g, today) => g.Recover(Amount ?? 0, On ?? today, User.Id()!, time.GetUtcNow().UtcDateTime), "회수를 기록했습니다.", ct);

    private async Task<IActionResult> RecordAsync(int id, Action<Guarantee, DateOnly> change, string notice, CancellationToken ct)
    {
        if (!await ManagedAsync(id, ct)) return NotFound();
        try
        {
            if (On > KoreanFormat.TodayInKorea(time)) throw new ValidationFailedException([new FieldError("On", "앞으로의 날짜는 기록할 수 없습니다.")]);
            await desk.DecideAsync(id, change, ct);
            TempData["Notice"] = notice;
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, "");
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> ManagedAsync(int id, CancellationToken ct)
    {
        var schemes = await desk.ManagedSchemesAsync(User, ct);
        return await db.Guarantees.AnyAsync(g => g.Id == id && schemes.Any(s => s.Id == g.SchemeId), ct);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!await ManagedAsync(id, ct)) return false;
        Guarantee = await db.Guarantees.AsNoTracking().Include(g => g.Entries).FirstAsync(g => g.Id == id, ct);
        Company = await db.Companies.Where(c => c.Id == Guarantee.CompanyId).Select(c => c.Name).FirstAsync(ct);
        DecidedBy = await db.Users.Where(u => u.Id == Guarantee.DecidedByUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var recorders = Guarantee.Entries.Select(e => e.ByUserId).Distinct().ToList();
        Recorders = await db.Users.Where(u => recorders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Jobs = await Infrastructure.Enterprises.CompanyJobs.ForAsync(db, Guarantee.CompanyId, ct);
        // The ledger above holds the money; this holds the application itself (applied by whom, decided by whom).
        Changes = await history.OfAsync<Guarantee>(id, ct);
        return true;
    }
}
