using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Enterprises;

namespace Iljari.Web.Pages.Staff.SocialEconomy;

/// <summary>
/// Enrol an enterprise in an activity of a stage, edit it, complete it with its outcome, or delete a planned one (after
/// a confirmation step). A 컨설팅 activity keeps the consultant, a report summary and optionally the report file
/// (PDF/JPG/PNG through <see cref="UploadedFiles"/>), which only the centre and the city can download.
/// </summary>
public class ActivityModel(AppDbContext db, UploadedFiles files, TimeProvider time) : PageModel
{
    private const string FileArea = "social-economy";

    [BindProperty] public EnterpriseActivityFields Input { get; set; } = new();
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public IFormFile? Report { get; set; }
    public SocialEnterprise Enterprise { get; private set; } = null!;
    public EnterpriseActivity? Activity { get; private set; }
    public bool CanEdit { get; private set; }

    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> StageOptions =>
        SelectLists.Of<SupportStage>(s => $"{s.Label()} ({s.Description()})");

    /// <summary>Kinds grouped under their stage, so the list reads 교육 › 교육과정, 마케팅 › 박람회·판촉전 …</summary>
    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> KindOptions(ActivityKind? selected)
    {
        var groups = Enum.GetValues<SupportStage>().ToDictionary(s => s, s => new Microsoft.AspNetCore.Mvc.Rendering.SelectListGroup { Name = s.Label() });
        return Enum.GetValues<ActivityKind>().Select(k => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(k.Label(), k.ToString(), k == selected) { Group = groups[k.Stage()] });
    }

    public async Task<IActionResult> OnGetAsync(int enterpriseId, int? activityId, CancellationToken ct)
    {
        if (await LoadAsync(enterpriseId, activityId, ct) is { } refused) return refused;
        // Reading an activity is open to the city; the empty form of a new one is not.
        if (Activity is null && !CanEdit) return Forbid();
        Input = Activity is { } a
            ? new() { Stage = a.Stage, Kind = a.KindOrDefault(), Title = a.Title, Date = a.Date, ConsultantName = a.ConsultantName, ReportSummary = a.ReportSummary }
            : new() { Stage = Enterprise.Stage, Kind = ActivityKinds.DefaultFor(Enterprise.Stage), Date = KoreanFormat.TodayInKorea(time) };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int enterpriseId, int? activityId, CancellationToken ct)
    {
        if (await LoadForChangeAsync(enterpriseId, activityId, ct) is { } refused) return refused;
        var (userId, now) = (User.Id()!, time.GetUtcNow().UtcDateTime);
        try
        {
            if (Activity is null)
            {
                Activity = EnterpriseActivity.Plan(enterpriseId, Input, userId, now);
                db.EnterpriseActivities.Add(Activity);
            }
            else Activity.Edit(Input, userId, now);
            if (Report is { Length: > 0 })
            {
                if (Input.Stage != SupportStage.Consulting) throw new ValidationFailedException([new("Report", "보고서 파일은 컨설팅 활동에만 올릴 수 있습니다.")]);
                Activity.AttachReport(await files.SaveAsync(Report, FileArea, "Report", ct), Report.FileName, userId, now);
            }
            await db.SaveChangesAsync(ct);
        }
        catch (ValidationFailedException e)
        {
            foreach (var error in e.Errors) ModelState.AddModelError(error.Field == "Report" ? "Report" : $"Input.{error.Field}", error.Message);
            return Page();
        }
        TempData["Notice"] = "활동을 저장했습니다.";
        return RedirectToPage("/Staff/SocialEconomy/Detail", new { id = enterpriseId });
    }

    public async Task<IActionResult> OnPostCompleteAsync(int enterpriseId, int activityId, CancellationToken ct)
    {
        if (await LoadForChangeAsync(enterpriseId, activityId, ct) is { } refused) return refused;
        if (Activity is null) return NotFound();
        try
        {
            Activity.Complete(Outcome, KoreanFormat.TodayInKorea(time), User.Id()!, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e.IsUserError())
        {
            // The message belongs beside the outcome box: a missing outcome, or a day still to come.
            foreach (var message in e is ValidationFailedException v ? v.Errors.Select(x => x.Message) : [e.Message])
                ModelState.AddModelError(nameof(Outcome), message);
            Input = new() { Stage = Activity.Stage, Kind = Activity.KindOrDefault(), Title = Activity.Title, Date = Activity.Date, ConsultantName = Activity.ConsultantName, ReportSummary = Activity.ReportSummary };
            return Page();
        }
        TempData["Notice"] = SupportPipeline.Next(Enterprise.Stage) is { } next && Activity.Stage == Enterprise.Stage
            ? $"활동을 완료했습니다. 이제 {next.Label()} 단계로 옮길 수 있습니다." : "활동을 완료했습니다.";
        return RedirectToPage("/Staff/SocialEconomy/Detail", new { id = enterpriseId });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int enterpriseId, int activityId, CancellationToken ct)
    {
        if (await LoadForChangeAsync(enterpriseId, activityId, ct) is { } refused) return refused;
        if (Activity is null) return NotFound();
        try
        {
            Activity.EnsureDeletable();
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
            return RedirectToPage(new { enterpriseId, activityId });
        }
        db.EnterpriseActivities.Remove(Activity);
        await db.SaveChangesAsync(ct);
        TempData["Notice"] = $"‘{Activity.Title}’ 활동을 삭제했습니다.";
        return RedirectToPage("/Staff/SocialEconomy/Detail", new { id = enterpriseId });
    }

    public async Task<IActionResult> OnGetReportAsync(int enterpriseId, int activityId, CancellationToken ct)
    {
        if (await LoadAsync(enterpriseId, activityId, ct) is { } refused) return refused;
        if (Activity?.ReportFile is not { } stored || files.Open(FileArea, stored) is not { } file) return NotFound();
        return File(file.Stream, file.ContentType, Activity.ReportFileName ?? stored);
    }

    /// <summary>The enterprise (and activity) inside the caller's scope; a refusal result otherwise.</summary>
    private async Task<IActionResult?> LoadAsync(int enterpriseId, int? activityId, CancellationToken ct)
    {
        if (await db.SocialEconomyScopeAsync(User, ct) is not { } scope) return Forbid();
        if (await db.EnterpriseInScopeAsync(scope, enterpriseId, ct) is not { } enterprise) return NotFound();
        (Enterprise, CanEdit) = (enterprise, scope.CanEdit);
        if (activityId is null) return null;
        Activity = await db.EnterpriseActivities.FirstOrDefaultAsync(a => a.Id == activityId && a.EnterpriseId == enterpriseId, ct);
        return Activity is null ? NotFound() : null;
    }

    private async Task<IActionResult?> LoadForChangeAsync(int enterpriseId, int? activityId, CancellationToken ct) =>
        await LoadAsync(enterpriseId, activityId, ct) ?? (CanEdit ? null : Forbid());
}
