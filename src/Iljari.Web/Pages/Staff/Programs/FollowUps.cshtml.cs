using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Programs;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Staff.Programs;

/// <summary>
/// 사후관리: the program's completers and, for 3, 6 and 12 months after completion, how many are employed, known and
/// unknown; one form records (or corrects) a completer's status, and each missing cell links to it filled in.
/// </summary>
public class FollowUpsModel(AppDbContext db, ProgramFollowUps followUps, AccessLogger accessLog, TimeProvider time) : PageModel
{
    public sealed class FollowUpInput
    {
        public int? ApplicationId { get; set; }
        public int? Months { get; set; }
        public FollowUpOutcome? Outcome { get; set; }
        public string? Note { get; set; }
    }

    [BindProperty] public FollowUpInput Input { get; set; } = new();
    public JobProgram Program { get; private set; } = null!;
    public IReadOnlyList<Completer> Completers { get; private set; } = [];
    public IReadOnlyList<MilestoneCount> Counts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? applicationId, int? months, CancellationToken ct)
    {
        if (await db.ManagedProgramAsync(User, id, ct) is not { } program) return NotFound();
        await LoadAsync(program, ct);
        (Input.ApplicationId, Input.Months) = (applicationId, months);
        if (applicationId is not null && months is not null && Completers.FirstOrDefault(c => c.Participant.Application.Id == applicationId) is { } c)
            Input.Outcome = c.FollowUps.FirstOrDefault(f => f.Months == months && f.State == FollowUpState.Recorded)?.Outcome;
        if (Completers.Count > 0) await accessLog.RecordAsync(null, AccessActions.EventRoster, $"프로그램 수료생 사후관리: {program.Title}", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedProgramAsync(User, id, ct) is not { } program) return NotFound();
        if (Input.ApplicationId is null) ModelState.AddModelError("Input.ApplicationId", "수료생을 골라 주세요.");
        if (Input.Months is null) ModelState.AddModelError("Input.Months", "사후관리 시기를 골라 주세요.");
        if (Input.Outcome is null) ModelState.AddModelError("Input.Outcome", "상태를 골라 주세요.");
        if (ModelState.IsValid)
        {
            try
            {
                await followUps.RecordAsync(program, Input.ApplicationId!.Value, Input.Months!.Value, Input.Outcome!.Value, Input.Note, User.Id()!, ct);
                TempData["Notice"] = $"{Input.Months}개월 사후관리를 기록했습니다.";
                return RedirectToPage(new { id, applicationId = (int?)null, months = (int?)null });
            }
            catch (Exception e) when (e.IsUserError())
            {
                ModelState.AddErrors(e, "Input");
            }
        }
        await LoadAsync(program, ct);
        return Page();
    }

    private async Task LoadAsync(JobProgram program, CancellationToken ct)
    {
        Program = program;
        Completers = await followUps.CompletersAsync(program, KoreanFormat.TodayInKorea(time), ct);
        Counts = ProgramFollowUps.Count(Completers);
    }
}
