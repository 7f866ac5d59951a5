using System.ComponentModel.DataAnnotations;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Seekers;
using Iljari.Core.Domain.Sharing;
using Iljari.Core.Notifications;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Counseling;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Staff.Clients;

/// <summary>
/// 상담 관리: one client's case — intake and case notes (staff-only), the action plan the seeker also sees,
/// appointments with reminders, and closure. Only the case's counselor (or the agency admin) gets here; each view is
/// written to the access log.
/// </summary>
public class CaseModel(AppDbContext db, TimeProvider time, AccessLogger accessLog) : PageModel
{
    public sealed class NoteForm
    {
        public CaseNoteKind Kind { get; set; } = CaseNoteKind.Counseling;
        public string? Body { get; set; }
        public string? Summary { get; set; }
    }

    public sealed class StepForm
    {
        public string? Goal { get; set; }
        public string? Title { get; set; }
        public DateOnly? DueDate { get; set; }
    }

    public sealed class AppointmentForm
    {
        [Display(Name = "일시")] public DateTime? At { get; set; }
        public string? Purpose { get; set; }
        public string? Place { get; set; }
    }

    public sealed class CloseForm
    {
        public CaseClosureReason? Reason { get; set; }
        public string? Note { get; set; }
        public bool Confirm { get; set; }
    }

    public sealed record NoteRow(CaseNote Note, string Author);

    [BindProperty] public NoteForm Note { get; set; } = new();
    [BindProperty] public StepForm Step { get; set; } = new();
    [BindProperty] public AppointmentForm Appt { get; set; } = new();
    [BindProperty] public CloseForm Closing { get; set; } = new();

    public CaseAssignment Case { get; private set; } = null!;
    public SeekerProfile Client { get; private set; } = null!;
    public IReadOnlyList<NoteRow> Notes { get; private set; } = [];
    public IReadOnlyList<ActionPlanStep> Steps { get; private set; } = [];
    public IReadOnlyList<Appointment> Appointments { get; private set; } = [];
    public int? ThreadId { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.OpenCaseAsync(User, id, ct) is not { } c) return NotFound();
        await LoadAsync(c, ct);
        return Page();
    }

    public Task<IActionResult> OnPostNoteAsync(int id, CancellationToken ct) => ChangeAsync(id, "Note", "상담 기록을 저장했습니다.", (c, now) =>
    {
        db.CaseNotes.Add(CaseNote.Write(c, User.Id()!, Note.Kind, Note.Body, Note.Summary, now));
        return Task.CompletedTask;
    }, ct);

    public Task<IActionResult> OnPostStepAsync(int id, CancellationToken ct) => ChangeAsync(id, "Step", "계획에 단계를 추가했습니다.", async (c, now) =>
    {
        db.ActionPlanSteps.Add(ActionPlanStep.Add(c, Step.Goal, Step.Title, Step.DueDate, KoreanFormat.TodayInKorea(time), now));
        await TellSeekerAsync(c, $"취업활동계획에 ‘{Step.Title?.Trim()}’ 단계가 추가되었습니다.", $"plan:{c.Id}:{now.Ticks}", now, ct);
    }, ct);

    public Task<IActionResult> OnPostStepDoneAsync(int id, int stepId, bool done, CancellationToken ct) => ChangeAsync(id, "Step", done ? "완료로 표시했습니다." : "다시 진행 중으로 바꿨습니다.", async (c, now) =>
    {
        var step = await db.ActionPlanSteps.FirstOrDefaultAsync(s => s.Id == stepId && s.CaseAssignmentId == c.Id, ct) ?? throw new DomainException("계획 단계를 찾을 수 없습니다.");
        if (done) step.Complete(now); else step.Reopen();
    }, ct);

    public Task<IActionResult> OnPostAppointmentAsync(int id, CancellationToken ct) => ChangeAsync(id, "Appt", "상담 일정을 잡았습니다. 하루 전에 알림이 갑니다.", async (c, now) =>
    {
        // The form's local time is Korean time.
        DateTime? at = Appt.At is { Year: >= 2000 and <= 2100 } local ? DateTime.SpecifyKind(local.AddHours(-9), DateTimeKind.Utc) : null;
        if (at is null) throw new ValidationFailedException([new FieldError("At", "상담 일시를 입력해 주세요.")]);
        var appointment = Appointment.Schedule(c, User.Id()!, at.Value, Appt.Purpose, Appt.Place, now);
        db.Appointments.Add(appointment);
        await TellSeekerAsync(c, $"상담 일정이 잡혔습니다: {KoreanFormat.Date(at.Value)} {Appt.At:HH:mm} {appointment.Purpose}", $"appt-new:{c.Id}:{now.Ticks}", now, ct);
    }, ct);

    public Task<IActionResult> OnPostAppointmentMarkAsync(int id, int appointmentId, AppointmentStatus status, CancellationToken ct) =>
        ChangeAsync(id, "Appt", status == AppointmentStatus.Done ? "상담을 완료로 표시했습니다." : "일정을 취소했습니다.", async (c, _) =>
        {
            var a = await db.Appointments.FirstOrDefaultAsync(x => x.Id == appointmentId && x.CaseAssignmentId == c.Id, ct) ?? throw new DomainException("일정을 찾을 수 없습니다.");
            a.Mark(status);
        }, ct);

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct)
    {
        if (!Closing.Confirm) ModelState.AddModelError("Closing.Confirm", "종결하려면 확인란을 선택해 주세요.");
        if (Closing.Reason is null) ModelState.AddModelError("Closing.Reason", "종결 사유를 골라 주세요.");
        if (!ModelState.IsValid)
        {
            if (await db.OpenCaseAsync(User, id, ct) is not { } open) return NotFound();
            await LoadAsync(open, ct);
            return Page();
        }
        var result = await ChangeAsync(id, "Closing", "상담을 종결했습니다.", async (c, now) =>
        {
            c.Close(Closing.Reason!.Value, Closing.Note, now);
            // A closed case has no more appointments (and so no more reminders).
            foreach (var a in await db.Appointments.Where(a => a.CaseAssignmentId == c.Id && a.Status == AppointmentStatus.Scheduled).ToListAsync(ct))
                a.Mark(AppointmentStatus.Cancelled);
        }, ct);
        return result is RedirectToPageResult ? RedirectToPage("/Staff/Clients/Index") : result;
    }

    /// <summary>Runs one change on the open case; a refusal re-renders the page with the messages and the typed input.</summary>
    private async Task<IActionResult> ChangeAsync(int id, string form, string notice, Func<CaseAssignment, DateTime, Task> change, CancellationToken ct)
    {
        if (await db.OpenCaseAsync(User, id, ct) is not { } c) return NotFound();
        // Only the submitted form is checked; the other forms on the page bind empty.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (ModelState.IsValid)
        {
            try
            {
                await change(c, time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                await accessLog.RecordAsync(c.SeekerProfileId, AccessActions.ClientChange, notice, ct);
                TempData["Notice"] = notice;
                return RedirectToPage(new { id });
            }
            catch (Exception e) when (e.IsUserError())
            {
                ModelState.AddErrors(e, form);
            }
        }
        db.ChangeTracker.Clear();
        await LoadAsync(await db.CaseAssignments.FirstAsync(a => a.Id == c.Id, ct), ct);
        return Page();
    }

    private async Task TellSeekerAsync(CaseAssignment c, string title, string key, DateTime now, CancellationToken ct)
    {
        var user = await db.SeekerProfiles.Where(s => s.Id == c.SeekerProfileId).Select(s => s.UserId).FirstAsync(ct);
        await NotificationWriter.AddAsync(db, user, NotificationKind.Counseling, title, "/Seeker/Counseling", key, now, ct);
    }

    /// <summary>Loads what the page shows; every response that shows it (a view, or a form shown again) is one access-log row.</summary>
    private async Task LoadAsync(CaseAssignment c, CancellationToken ct)
    {
        await accessLog.RecordAsync(c.SeekerProfileId, AccessActions.ClientView, "상담 관리(상담 기록·계획·일정)", ct);
        Case = c;
        Today = KoreanFormat.TodayInKorea(time);
        Client = await db.SeekerProfiles.AsNoTracking().FirstAsync(s => s.Id == c.SeekerProfileId, ct);
        // Notes of this agency only: another agency's notes are theirs (they may share a summary under consent).
        Notes = (await db.CaseNotes.AsNoTracking().Where(n => n.SeekerProfileId == c.SeekerProfileId && n.AgencyId == c.AgencyId)
                .GroupJoin(db.Users, n => n.AuthorUserId, u => u.Id, (n, us) => new { n, us })
                .SelectMany(x => x.us.DefaultIfEmpty(), (x, u) => new { x.n, Name = u == null ? "" : u.DisplayName })
                .ToListAsync(ct))
            .OrderByDescending(x => x.n.CreatedAt).Select(x => new NoteRow(x.n, x.Name)).ToList();
        Steps = (await db.ActionPlanSteps.AsNoTracking().Where(s => s.CaseAssignmentId == c.Id).ToListAsync(ct))
            .OrderBy(s => s.CompletedAt is not null).ThenBy(s => s.DueDate ?? DateOnly.MaxValue).ToList();
        Appointments = (await db.Appointments.AsNoTracking().Where(a => a.CaseAssignmentId == c.Id).ToListAsync(ct))
            .OrderBy(a => a.Status != AppointmentStatus.Scheduled).ThenBy(a => a.At).ToList();
        ThreadId = await db.MessageThreads.Where(t => t.CaseAssignmentId == c.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
    }
}
