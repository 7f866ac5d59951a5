using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Programs;

namespace Iljari.Web.Pages.Staff.Programs;

/// <summary>
/// 자격 기준 by year: every version of the program's rule, and a form that replaces a year's version or adds a new
/// year. A seeker is judged by the latest version at or before the current year.
/// </summary>
public class RulesModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty] public EligibilityRuleFields Rule { get; set; } = new();
    public JobProgram Program { get; private set; } = null!;
    /// <summary>The year whose version is in force today (highlighted in the list).</summary>
    public int? YearInForce { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? year, CancellationToken ct)
    {
        if (await db.ManagedProgramAsync(User, id, ct) is not { } program) return NotFound();
        Show(program);
        // Editing a listed year starts from its version; otherwise from the latest, for the next year without one.
        var thisYear = KoreanFormat.TodayInKorea(time).Year;
        var source = program.Rules.FirstOrDefault(r => r.Year == year) ?? program.Rules.LastOrDefault();
        Rule = source is null ? new EligibilityRuleFields { Year = thisYear } : EligibilityRuleFields.From(source);
        if (year is null) Rule.Year = program.Rules.Any(r => r.Year == thisYear) ? thisYear + 1 : thisYear;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedProgramAsync(User, id, ct) is not { } program) return NotFound();
        Show(program);
        if (!ModelState.IsValid) return Page();
        try
        {
            var rule = Rule.ToRule();
            var replaced = program.Rules.Any(r => r.Year == rule.Year);
            program.SetRule(rule);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = replaced ? $"{rule.Year}년 자격 기준을 바꿨습니다." : $"{rule.Year}년 자격 기준을 추가했습니다.";
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, "Rule");
            return Page();
        }
        return RedirectToPage(new { id });
    }

    private void Show(JobProgram program) =>
        (Program, YearInForce) = (program, Eligibility.RuleFor(program.Rules, KoreanFormat.TodayInKorea(time).Year)?.Year);

    public static string Describe(EligibilityRule r)
    {
        var parts = new List<string>();
        if (r.MinAge is not null || r.MaxAge is not null) parts.Add($"만 {r.MinAge?.ToString() ?? ""}~{r.MaxAge?.ToString() ?? ""}세");
        if (r.Groups.Count > 0) parts.Add(string.Join("·", r.Groups.Select(TargetGroups.Label)));
        if (r.Statuses.Count > 0) parts.Add(string.Join("·", r.Statuses.Select(s => s.Label())));
        if (r.GoyangResidentsOnly) parts.Add("고양시 거주");
        return parts.Count == 0 ? "누구나" : string.Join(", ", parts);
    }
}
