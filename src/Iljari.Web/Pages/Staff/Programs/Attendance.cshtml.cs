using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;
using Iljari.Web.Infrastructure.Programs;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Staff.Programs;

/// <summary>
/// 회차 출석부: the confirmed participants with one radio group each (arrow keys choose, Tab moves to the next person,
/// one save; no script needed), plus QR check-in — scan or type the code from the seeker's 내 프로그램 page. The roster
/// shows names, so each view is written to the access log.
/// </summary>
public class AttendanceModel(AppDbContext db, ProgramProgress progress, AttendanceRegister register, CheckInTokens tokens, AccessLogger accessLog, TimeProvider time) : PageModel
{
    public ProgramSession Session { get; private set; } = null!;
    public JobProgram Program { get; private set; } = null!;
    public int Number { get; private set; }
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public bool TakesAttendance { get; private set; }

    /// <summary>Application id → mark, posted as Marks[12]=Present; a row left blank stays unrecorded.</summary>
    [BindProperty] public Dictionary<int, AttendanceStatus> Marks { get; set; } = [];
    /// <summary>The "rest are present" button: everyone without a mark is saved as present.</summary>
    [BindProperty] public bool UnmarkedPresent { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedSessionAsync(User, id, ct) is not { } found) return NotFound();
        await LoadAsync(found.Session, found.Program, ct);
        if (Participants.Count > 0)
            await accessLog.RecordAsync(null, AccessActions.EventRoster, $"프로그램 출석부: {Program.Title} {KoreanFormat.Date(Session.Date)}", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedSessionAsync(User, id, ct) is not { } found) return NotFound();
        var marks = new Dictionary<int, AttendanceStatus>(Marks);
        if (UnmarkedPresent)
        {
            var sessions = await progress.SessionsAsync(found.Program.Id, ct);
            foreach (var p in await progress.ParticipantsAsync(found.Program, sessions, null, ct))
                if (!marks.ContainsKey(p.Application.Id) && !p.Marks.ContainsKey(id)) marks[p.Application.Id] = AttendanceStatus.Present;
        }
        try
        {
            var changed = await register.SaveAsync(found.Session, marks, User.Id()!, ct);
            TempData["Notice"] = changed == 0 ? "바뀐 출석 기록이 없습니다." : $"출석 기록 {changed}건을 저장했습니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostTokenAsync(int id, string? token, CancellationToken ct)
    {
        if (await db.ManagedSessionAsync(User, id, ct) is not { } found) return NotFound();
        if (tokens.Read(CheckInPurpose.ProgramSession, token, id) is not { } applicationId)
        {
            TempData["Error"] = "출석 코드를 확인할 수 없습니다. 이 회차의 코드인지, 기간이 지나지 않았는지 확인해 주세요.";
            return RedirectToPage(new { id });
        }
        try
        {
            var (name, already) = await register.CheckInAsync(found.Session, applicationId, User.Id()!, ct);
            TempData["Notice"] = already ? $"{name} 님은 이미 출석했습니다." : $"{name} 님 출석을 확인했습니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(ProgramSession session, JobProgram program, CancellationToken ct)
    {
        var sessions = await progress.SessionsAsync(program.Id, ct);
        (Session, Program, Number) = (session, program, sessions.FindIndex(s => s.Id == session.Id) + 1);
        Participants = await progress.ParticipantsAsync(program, sessions, null, ct);
        TakesAttendance = session.TakesAttendance(KoreanFormat.TodayInKorea(time));
    }
}
