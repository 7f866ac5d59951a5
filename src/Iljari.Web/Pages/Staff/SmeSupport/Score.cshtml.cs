using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.SmeSupport;

namespace Iljari.Web.Pages.Staff.SmeSupport;

/// <summary>
/// 심사: an assigned reviewer's sheet for each application of a closed call — first 이해충돌 없음/신고, then points per
/// published criterion. Only the call's reviewers; for anyone else the call is unknown (404).
/// </summary>
public class ScoreModel(AppDbContext db, SupportApplications applications, UploadedFiles files) : PageModel
{
    public sealed record Item(SupportApplication Application, string Company, SupportReview? Mine);

    public SupportCall Call { get; private set; } = null!;
    public IReadOnlyList<Item> Items { get; private set; } = [];
    public int? FailedApplicationId { get; private set; }

    [BindProperty] public List<int?> Points { get; set; } = [];
    [BindProperty] public string? ConflictNote { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostDeclareAsync(int id, int applicationId, bool conflict, CancellationToken ct) =>
        ActAsync(id, applicationId, call => applications.DeclareAsync(call, applicationId, conflict, ConflictNote, User.Id()!, ct),
            conflict ? "이해충돌을 신고했습니다. 이 신청은 심사하지 않습니다." : "이해충돌 없음을 확인했습니다. 점수를 입력해 주세요.", ct);

    public Task<IActionResult> OnPostScoreAsync(int id, int applicationId, CancellationToken ct) =>
        ActAsync(id, applicationId, call => applications.ScoreAsync(call, applicationId,
            call.Criteria.Select((c, i) => (c.Name, Points.ElementAtOrDefault(i))).ToDictionary(x => x.Name, x => x.Item2), User.Id()!, ct), "점수를 저장했습니다.", ct);

    public async Task<IActionResult> OnGetFileAsync(int id, int documentId, CancellationToken ct)
    {
        if (await db.ReviewedCallAsync(User, id, ct) is null) return NotFound();
        var stored = await db.SupportDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && db.SupportApplications.Any(a => a.Id == d.ApplicationId && a.CallId == id))
            .Select(d => d.StoredName).FirstOrDefaultAsync(ct);
        return stored is not null && files.Open(SupportApplications.UploadArea, stored) is { } f ? File(f.Stream, f.ContentType) : NotFound();
    }

    private async Task<IActionResult> ActAsync(int id, int applicationId, Func<SupportCall, Task> act, string notice, CancellationToken ct)
    {
        if (await db.ReviewedCallAsync(User, id, ct) is not { } call) return NotFound();
        try
        {
            await act(call);
            TempData["Notice"] = notice;
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            db.ChangeTracker.Clear();
            ModelState.AddErrors(e, "Sheet");
            FailedApplicationId = applicationId;
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.ReviewedCallAsync(User, id, ct) is not { } call) return false;
        Call = call;
        var me = User.Id();
        var rows = await db.SupportApplications.AsNoTracking().Include(a => a.Documents)
            .Where(a => a.CallId == id && a.Status != SupportApplicationStatus.Withdrawn && a.Status != SupportApplicationStatus.Submitted)
            .Join(db.Companies, a => a.CompanyId, c => c.Id, (a, c) => new { a, c.Name }).OrderBy(x => x.a.SubmittedAt).ToListAsync(ct);
        var ids = rows.Select(r => r.a.Id).ToList();
        var mine = await db.SupportReviews.AsNoTracking().Where(r => r.ReviewerUserId == me && ids.Contains(r.ApplicationId)).ToDictionaryAsync(r => r.ApplicationId, ct);
        Items = rows.Select(r => new Item(r.a, r.Name, mine.GetValueOrDefault(r.a.Id))).ToList();
        return true;
    }
}
