using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure.Enterprises;

namespace Iljari.Web.Pages.Staff.SocialEconomy;

/// <summary>
/// 사회적경제 지원 board: the centre's enterprises in five columns, one per stage, with this year's outcomes on top. A card's
/// "다음 단계로" is a plain form (works without JS) shown only when the rule allows it; the city admin sees the board read-only.
/// </summary>
public class IndexModel(AppDbContext db, SocialEconomyPipeline pipeline, SocialEconomyOutcomes outcomes, TimeProvider time) : PageModel
{
    public sealed record Card(int Id, string Name, SocialEnterpriseType Type, string GuCode, int Employees, int Vulnerable, bool CanAdvance);

    [BindProperty(SupportsGet = true)] public SocialEnterpriseType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Gu { get; set; }
    public IReadOnlyDictionary<SupportStage, List<Card>> Columns { get; private set; } = new Dictionary<SupportStage, List<Card>>();
    public OutcomeSummary Summary { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.SocialEconomyScopeAsync(User, ct) is not { } scope) return Forbid();
        CanEdit = scope.CanEdit;
        if (Gu is not null && ReferenceCatalog.Instance.Regions.Find(Gu) is not { Level: "gu" }) Gu = null;
        var query = db.SocialEnterprises.AsNoTracking().Visible(scope);
        if (Type is { } t) query = query.Where(e => e.Type == t);
        if (Gu is not null) query = query.Where(e => e.GuCode == Gu);
        var rows = await query.OrderBy(e => e.Name)
            .Select(e => new { e.Id, e.Name, e.Type, e.GuCode, e.Employees, e.VulnerableEmployees, e.Stage }).ToListAsync(ct);
        var completed = await pipeline.CompletedStagesAsync(rows.Select(r => r.Id).ToList(), ct);
        Columns = SupportPipeline.Stages.ToDictionary(s => s, s => rows.Where(r => r.Stage == s)
            .Select(r => new Card(r.Id, r.Name, r.Type, r.GuCode, r.Employees, r.VulnerableEmployees,
                scope.CanEdit && SupportPipeline.Next(s) is not null && completed.Contains((r.Id, s)))).ToList());
        var today = KoreanFormat.TodayInKorea(time);
        Summary = await outcomes.SummaryAsync(new DateOnly(today.Year, 1, 1), today, new OutcomeFilter(scope.AgencyId, Type, Gu), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAdvanceAsync(int id, CancellationToken ct)
    {
        if (await db.SocialEconomyScopeAsync(User, ct) is not { CanEdit: true } scope) return Forbid();
        try
        {
            if (await pipeline.MoveAsync(scope, User, id, StageMove.Advance, null, ct) is not { } change) return NotFound();
            var name = await db.SocialEnterprises.Where(e => e.Id == id).Select(e => e.Name).FirstAsync(ct);
            TempData["Notice"] = $"{name}: {change.From?.Label()} → {change.To.Label()} 단계로 옮겼습니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage(new { Type, Gu });
    }
}
