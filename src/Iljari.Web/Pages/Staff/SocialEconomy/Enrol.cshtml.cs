using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Enterprises;

namespace Iljari.Web.Pages.Staff.SocialEconomy;

/// <summary>
/// 활동 일괄 등록: one course, fair or networking event with many enterprises in it. Staff pick the kind (which fixes the
/// stage), name and date, tick the enterprises, and each gets its own planned activity to complete with its own outcome.
/// Ticking an enterprise already enrolled in the same activity (same kind, name and date) adds nothing, so a form sent
/// twice does not enrol anyone twice.
/// </summary>
public class EnrolModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record Candidate(int Id, string Name, SocialEnterpriseType Type, SupportStage Stage, string GuCode);

    [BindProperty] public ActivityKind? Kind { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public List<int> Enterprises { get; set; } = [];
    /// <summary>Lists only the enterprises now in this stage (the usual case: a course for everyone in 교육).</summary>
    [BindProperty(SupportsGet = true)] public SupportStage? Stage { get; set; }

    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.SocialEconomyScopeAsync(User, ct) is not { CanEdit: true } scope) return Forbid();
        Kind ??= Stage is { } s ? ActivityKinds.DefaultFor(s) : ActivityKind.Course;
        Date ??= KoreanFormat.TodayInKorea(time);
        await LoadAsync(scope, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await db.SocialEconomyScopeAsync(User, ct) is not { CanEdit: true } scope) return Forbid();
        var chosen = await db.SocialEnterprises.Visible(scope).Where(e => Enterprises.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct);
        if (chosen.Count == 0) ModelState.AddModelError(nameof(Enterprises), "등록할 기업을 한 곳 이상 골라 주세요.");
        if (Kind is not { } kind || !Enum.IsDefined(kind)) ModelState.AddModelError(nameof(Kind), "활동 종류를 골라 주세요.");
        if (!ModelState.IsValid) return await PageAsync(scope, ct);

        var fields = new EnterpriseActivityFields { Stage = Kind!.Value.Stage(), Kind = Kind, Title = Title, Date = Date };
        var (userId, now) = (User.Id()!, time.GetUtcNow().UtcDateTime);
        var title = Title?.Trim() ?? "";
        // Activities from before kinds were kept have none stored and count as their stage's usual kind.
        var (stage, usual) = (Kind.Value.Stage(), Kind == ActivityKinds.DefaultFor(Kind.Value.Stage()));
        var already = await db.EnterpriseActivities
            .Where(a => chosen.Contains(a.EnterpriseId) && (a.Kind == Kind || (usual && a.Kind == null && a.Stage == stage)) && a.Title == title && a.Date == Date)
            .Select(a => a.EnterpriseId).Distinct().ToListAsync(ct);
        try
        {
            foreach (var id in chosen.Except(already)) db.EnterpriseActivities.Add(EnterpriseActivity.Plan(id, fields, userId, now));
        }
        catch (ValidationFailedException e)
        {
            db.ChangeTracker.Clear();
            foreach (var error in e.Errors) ModelState.AddModelError(error.Field, error.Message);
            return await PageAsync(scope, ct);
        }
        await db.SaveChangesAsync(ct);
        var added = chosen.Count - already.Count;
        TempData["Notice"] = $"‘{title}’({Kind.Value.Label()})에 {added:N0}개 기업을 등록했습니다." + (already.Count > 0 ? $" 이미 등록된 {already.Count:N0}곳은 그대로 두었습니다." : "");
        return RedirectToPage("/Staff/SocialEconomy/Index");
    }

    private async Task<IActionResult> PageAsync(SocialEconomyScope scope, CancellationToken ct)
    {
        await LoadAsync(scope, ct);
        return Page();
    }

    private async Task LoadAsync(SocialEconomyScope scope, CancellationToken ct)
    {
        var query = db.SocialEnterprises.AsNoTracking().Visible(scope);
        if (Stage is { } stage) query = query.Where(e => e.Stage == stage);
        Candidates = await query.OrderBy(e => e.Name).Select(e => new Candidate(e.Id, e.Name, e.Type, e.Stage, e.GuCode)).ToListAsync(ct);
    }
}
