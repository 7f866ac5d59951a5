using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.SmeSupport;

namespace Iljari.Web.Pages.Staff.SmeSupport;

/// <summary>One difficulty for the desk it is routed to: take it, start, answer (the company is told), or 이관 with a reason.</summary>
public class DifficultyModel(AppDbContext db, DifficultyDesks desks, UploadedFiles files, TimeProvider time) : PageModel
{
    public Difficulty Difficulty { get; private set; } = null!;
    public string Company { get; private set; } = "";
    public DateOnly Today { get; private set; }
    public IReadOnlyDictionary<string, string> UserNames { get; private set; } = new Dictionary<string, string>();

    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DifficultyCategory? Category { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAssignAsync(int id, CancellationToken ct) => ActAsync(id, DifficultyDesks.Step.AssignToMe, null, "담당자로 배정했습니다.", ct);
    public Task<IActionResult> OnPostStartAsync(int id, CancellationToken ct) => ActAsync(id, DifficultyDesks.Step.Start, null, "처리를 시작했습니다.", ct);
    public Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken ct) => ActAsync(id, DifficultyDesks.Step.Answer, Answer, "답변을 등록했습니다. 기업에 알렸습니다.", ct);
    public Task<IActionResult> OnPostTransferAsync(int id, CancellationToken ct) => ActAsync(id, DifficultyDesks.Step.Transfer, Reason, "이관했습니다.", ct);

    public async Task<IActionResult> OnGetFileAsync(int id, CancellationToken ct)
    {
        if (await db.SupportAgencyIdAsync(User, ct) is not { } agencyId) return NotFound();
        var stored = await db.Difficulties.Where(d => d.Id == id && d.AgencyId == agencyId).Select(d => d.AttachmentStoredName).FirstOrDefaultAsync(ct);
        return stored is not null && files.Open(DifficultyDesks.UploadArea, stored) is { } f ? File(f.Stream, f.ContentType) : NotFound();
    }

    private async Task<IActionResult> ActAsync(int id, DifficultyDesks.Step step, string? text, string notice, CancellationToken ct)
    {
        if (await db.SupportAgencyIdAsync(User, ct) is not { } agencyId || !await db.Difficulties.AnyAsync(d => d.Id == id && d.AgencyId == agencyId, ct)) return NotFound();
        try
        {
            await desks.ActAsync(id, agencyId, step, text, Category, User.Id()!, ct);
            TempData["Notice"] = notice;
            // After 이관 the difficulty belongs to another desk, so this one goes back to its list.
            return step == DifficultyDesks.Step.Transfer ? RedirectToPage("/Staff/SmeSupport/Difficulties") : RedirectToPage(new { id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            db.ChangeTracker.Clear();
            if (e is ValidationFailedException v) foreach (var error in v.Errors) ModelState.AddModelError(error.Field, error.Message);
            else ModelState.AddModelError("", e.Message);
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.SupportAgencyIdAsync(User, ct) is not { } agencyId) return false;
        var found = await db.Difficulties.AsNoTracking().Include(d => d.Events).Where(d => d.Id == id && d.AgencyId == agencyId)
            .Join(db.Companies, d => d.CompanyId, c => c.Id, (d, c) => new { d, c.Name }).FirstOrDefaultAsync(ct);
        if (found is null) return false;
        (Difficulty, Company, Today) = (found.d, found.Name, KoreanFormat.TodayInKorea(time));
        var ids = Difficulty.Events.Select(e => e.ByUserId).Append(Difficulty.AssigneeUserId ?? "").Distinct().ToList();
        UserNames = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return true;
    }
}
