using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Enterprises;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure.Enterprises;

namespace Iljari.Web.Pages.Staff.SocialEconomy;

/// <summary>
/// One enterprise: register data, outcomes (jobs created, revenue band, certification), its stage with the moves the rule
/// allows (step back asks for a reason, behind a confirmation step), activities by stage, the stage history, and, when it
/// is linked to a company of this system, that company's open postings and hires.
/// </summary>
public class DetailModel(AppDbContext db, SocialEconomyPipeline pipeline, Infrastructure.ChangeHistory.ChangeHistoryReader history) : PageModel
{
    public IReadOnlyList<Infrastructure.ChangeHistory.ChangeRow> Changes { get; private set; } = [];
    public SocialEnterprise Enterprise { get; private set; } = null!;
    public IReadOnlyList<EnterpriseActivity> Activities { get; private set; } = [];
    public IReadOnlyList<EnterpriseStageChange> History { get; private set; } = [];
    public EnterpriseRevenue? LatestRevenue { get; private set; }
    public string? CompanyName { get; private set; }
    public CompanyJobs? Jobs { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanAdvance => CanEdit && SupportPipeline.CanAdvance(Enterprise.Stage, Activities.Select(a => (a.Stage, a.Status)));
    [BindProperty] public string? StepBackNote { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.SocialEconomyScopeAsync(User, ct) is not { } scope) return Forbid();
        return await LoadAsync(scope, id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAdvanceAsync(int id, CancellationToken ct) => MoveAsync(id, StageMove.Advance, null, ct);

    public Task<IActionResult> OnPostStepBackAsync(int id, CancellationToken ct) => MoveAsync(id, StageMove.StepBack, StepBackNote, ct);

    private async Task<IActionResult> MoveAsync(int id, StageMove move, string? note, CancellationToken ct)
    {
        if (await db.SocialEconomyScopeAsync(User, ct) is not { CanEdit: true } scope) return Forbid();
        try
        {
            if (await pipeline.MoveAsync(scope, User, id, move, note, ct) is not { } change) return NotFound();
            TempData["Notice"] = $"{change.From?.Label()} → {change.To.Label()} 단계로 옮겼습니다.";
            return RedirectToPage(new { id });
        }
        catch (DomainException e)
        {
            // Re-render with the message beside the form that was used (the reason box for a step back).
            ModelState.AddModelError(move == StageMove.StepBack ? nameof(StepBackNote) : "", e.Message);
            db.ChangeTracker.Clear();
            return await LoadAsync(scope, id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(SocialEconomyScope scope, int id, CancellationToken ct)
    {
        if (await db.SocialEnterprises.AsNoTracking().Visible(scope).FirstOrDefaultAsync(e => e.Id == id, ct) is not { } enterprise) return false;
        (Enterprise, CanEdit) = (enterprise, scope.CanEdit);
        Activities = await db.EnterpriseActivities.AsNoTracking().Where(a => a.EnterpriseId == id).OrderBy(a => a.Date).ThenBy(a => a.Id).ToListAsync(ct);
        History = await db.EnterpriseStageChanges.AsNoTracking().Where(c => c.EnterpriseId == id).OrderByDescending(c => c.At).ThenByDescending(c => c.Id).ToListAsync(ct);
        LatestRevenue = await db.EnterpriseRevenues.AsNoTracking().Where(r => r.EnterpriseId == id).OrderByDescending(r => r.Year).FirstOrDefaultAsync(ct);
        if (enterprise.CompanyId is { } companyId)
        {
            CompanyName = await db.Companies.Where(c => c.Id == companyId).Select(c => c.Name).FirstOrDefaultAsync(ct);
            Jobs = await CompanyJobs.ForAsync(db, companyId, ct);
        }
        Changes = await history.OfAsync<SocialEnterprise>(id, ct);
        return true;
    }
}
