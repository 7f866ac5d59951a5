using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure.Programs;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Staff.Programs;

/// <summary>
/// One program for its agency's staff: the details, the sessions in brief, and each confirmed participant's
/// attendance and completion (수료 / 미수료 / 진행 중) with the certificate link. Names are shown, so the view is logged.
/// </summary>
public class ManageModel(AppDbContext db, ProgramProgress progress, AccessLogger accessLog, TimeProvider time) : PageModel
{
    public JobProgram Program { get; private set; } = null!;
    public IReadOnlyList<ProgramSession> Sessions { get; private set; } = [];
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public EligibilityRule? RuleInForce { get; private set; }
    public int SessionsHeld { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedProgramAsync(User, id, ct) is not { } program) return NotFound();
        Program = program;
        RuleInForce = Eligibility.RuleFor(program.Rules, KoreanFormat.TodayInKorea(time).Year);
        Sessions = await progress.SessionsAsync(program.Id, ct);
        SessionsHeld = Sessions.Count(s => s.EndsAtUtc <= time.GetUtcNow().UtcDateTime);
        // The overview masks names (홍*동); the attendance register, where staff identify each person, shows them and is logged.
        Participants = (await progress.ParticipantsAsync(program, Sessions, null, ct)).Select(p => p with { Name = Masking.Name(p.Name) }).ToList();
        if (Participants.Count > 0) await accessLog.RecordAsync(null, AccessActions.EventRoster, $"프로그램 참여자·수료 현황: {program.Title}", ct);
        return Page();
    }
}
