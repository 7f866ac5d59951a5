using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Programs;

namespace Iljari.Web.Pages.Staff.Programs;

/// <summary>
/// 회차 관리: the program's sessions with links to each attendance sheet; add a session, edit one (?sessionId=), or
/// delete one after a confirmation that says how many attendance marks go with it.
/// </summary>
public class SessionsModel(AppDbContext db, ProgramProgress progress) : PageModel
{
    public sealed record Row(ProgramSession Session, int Marks);

    [BindProperty] public ProgramSessionFields Input { get; set; } = new();
    public JobProgram Program { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    /// <summary>The session being edited, or null when the form adds one.</summary>
    public int? EditingId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? sessionId, CancellationToken ct)
    {
        if (await db.ManagedProgramAsync(User, id, ct) is not { } program) return NotFound();
        await LoadAsync(program, ct);
        if (sessionId is not null)
        {
            if (Rows.FirstOrDefault(r => r.Session.Id == sessionId)?.Session is not { } editing) return NotFound();
            (Input, EditingId) = (editing.ToFields(), editing.Id);
        }
        else if (Rows.Count > 0)
        {
            // The next session is usually a week after the last, same hours and place.
            var last = Rows[^1].Session;
            Input = new ProgramSessionFields { Date = last.Date.AddDays(7), StartTime = last.StartTime, EndTime = last.EndTime, Place = last.Place, Instructor = last.Instructor };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int? sessionId, CancellationToken ct)
    {
        if (await db.ManagedProgramAsync(User, id, ct) is not { } program) return NotFound();
        ProgramSession? session = null;
        if (sessionId is not null && (session = await db.ProgramSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.ProgramId == program.Id, ct)) is null) return NotFound();
        EditingId = sessionId;
        if (ModelState.IsValid)
        {
            try
            {
                if (session is null) db.ProgramSessions.Add(ProgramSession.Create(program.Id, Input));
                else session.Edit(Input);
                await db.SaveChangesAsync(ct);
                TempData["Notice"] = session is null ? "회차를 추가했습니다." : "회차를 저장했습니다.";
                return RedirectToPage(new { id, sessionId = (int?)null });
            }
            catch (Exception e) when (e.IsUserError())
            {
                ModelState.AddErrors(e, "Input");
            }
        }
        await LoadAsync(program, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int sessionId, CancellationToken ct)
    {
        if (await db.ManagedProgramAsync(User, id, ct) is not { } program) return NotFound();
        if (await db.ProgramSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.ProgramId == program.Id, ct) is not { } session) return NotFound();
        db.ProgramSessions.Remove(session); // its attendance marks go with it (cascade)
        await db.SaveChangesAsync(ct);
        TempData["Notice"] = $"{KoreanFormat.Date(session.Date)} 회차를 삭제했습니다.";
        return RedirectToPage(new { id, sessionId = (int?)null });
    }

    private async Task LoadAsync(JobProgram program, CancellationToken ct)
    {
        Program = program;
        var sessions = await progress.SessionsAsync(program.Id, ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var marks = await db.ProgramAttendance.Where(m => ids.Contains(m.SessionId)).GroupBy(m => m.SessionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Rows = sessions.Select(s => new Row(s, marks.GetValueOrDefault(s.Id))).ToList();
    }
}
