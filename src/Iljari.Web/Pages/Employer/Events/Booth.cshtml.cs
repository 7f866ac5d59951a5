using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Notifications;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;

namespace Iljari.Web.Pages.Employer.Events;

/// <summary>
/// The company's booth at one event: apply or change it (postings, slot length, interviewers, breaks); once the
/// timetable is out, the booth's own interviews (only the seekers who booked it) and their outcomes.
/// </summary>
public class BoothModel(AppDbContext db, TimeProvider time, EventOutcomes outcomes) : PageModel
{
    public sealed class BoothForm
    {
        public List<int> PostingIds { get; set; } = [];
        public int? SlotMinutes { get; set; } = 20;
        public int? Interviewers { get; set; } = 1;
        public string? Breaks { get; set; } = "12:00-13:00";
        public string? Note { get; set; }
    }

    /// <param name="PostingId">The posting of the application a 합격 created or moved, where the hire is recorded.</param>
    public sealed record InterviewRow(EventInterview Interview, string Name, string Phone, bool CheckedIn, int? PostingId);

    [BindProperty] public BoothForm Input { get; set; } = new();
    public HiringEvent Event { get; private set; } = null!;
    public EventBooth? Booth { get; private set; }
    public IReadOnlyList<JobPosting> Postings { get; private set; } = [];
    public IReadOnlyList<InterviewRow> Interviews { get; private set; } = [];
    public bool CanWithdraw => Event.NotStartedAt(time.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Booth is { } b) Input = new BoothForm { PostingIds = b.PostingIds, SlotMinutes = b.SlotMinutes, Interviewers = b.Interviewers, Breaks = string.Join(", ", b.Breaks), Note = b.Note };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var companyId = (await db.CompanyIdAsync(User, ct))!.Value;
        try
        {
            var own = Postings.Select(p => p.Id).ToHashSet();
            var postingIds = Input.PostingIds.Where(own.Contains).ToList();
            var breaks = (Input.Breaks ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (Booth is null)
            {
                db.EventBooths.Add(EventBooth.Request(Event, companyId, postingIds, Input.SlotMinutes, Input.Interviewers, breaks, Input.Note, time.GetUtcNow().UtcDateTime));
                TempData["Notice"] = "부스를 신청했습니다. 주최 기관이 승인하면 알려 드립니다.";
            }
            else
            {
                var tracked = await db.EventBooths.FirstAsync(b => b.Id == Booth.Id, ct);
                tracked.Change(Event, postingIds, Input.SlotMinutes, Input.Interviewers, breaks, Input.Note);
                TempData["Notice"] = "부스 정보를 바꿨습니다.";
            }
            await db.SaveChangesAsync(ct);
            return RedirectToPage(new { id });
        }
        catch (Exception ex) when (ex.IsUserError())
        {
            ModelState.AddErrors(ex, "Input");
            return Page();
        }
    }

    /// <summary>
    /// 부스 철회: the company steps back before the timetable is public (afterwards seekers hold times at the booth, so
    /// the organisers are asked instead). Interviews a trial run put there go; seekers' choices of it no longer count.
    /// </summary>
    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Booth is null) return NotFound();
        try
        {
            if (Event.Status == EventStatus.SchedulePublished || !Event.NotStartedAt(time.GetUtcNow().UtcDateTime))
                throw new DomainException("면접 일정이 공개되었거나 행사가 시작된 뒤에는 부스를 철회할 수 없습니다. 주최 기관에 문의해 주세요.");
            var tracked = await db.EventBooths.FirstAsync(b => b.Id == Booth.Id, ct);
            var wasApproved = tracked.Status == BoothStatus.Approved;
            tracked.Withdraw();
            await db.EventInterviews.Where(i => i.BoothId == tracked.Id && i.Outcome == InterviewOutcome.None).ExecuteDeleteAsync(ct);
            // The organiser and the seekers who ranked the booth are told, so they can plan (and choose again) without it.
            var now = time.GetUtcNow().UtcDateTime;
            var company = await db.Companies.Where(c => c.Id == tracked.CompanyId).Select(c => c.Name).FirstAsync(ct);
            await NotificationWriter.AddAsync(db, Event.CreatedByUserId, NotificationKind.Referral, $"‘{Event.Title}’ {company} 부스 신청이 철회되었습니다.",
                $"/Staff/Events/Manage/{Event.Id}", $"booth-withdrawn:{tracked.Id}", now, ct);
            if (wasApproved)
            {
                var seekers = (await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == Event.Id && r.Status != RegistrationStatus.Cancelled)
                        .Join(db.SeekerProfiles, r => r.SeekerProfileId, s => s.Id, (r, s) => new { r.Choices, s.UserId }).ToListAsync(ct))
                    .Where(x => x.Choices.Contains(tracked.Id)).Select(x => x.UserId).ToList();
                await NotificationWriter.AddAsync(db, seekers, NotificationKind.Application, $"‘{Event.Title}’에 {company}이(가) 참여하지 않게 되었습니다. 희망 기업을 다시 골라 주세요.",
                    $"/Events/Detail/{Event.Id}", $"booth-withdrawn:{tracked.Id}", now, ct);
            }
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "부스 신청을 철회했습니다.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToPage(new { id });
    }

    /// <summary>면접 결과: 합격 creates (or moves) the seeker's application to the posting and can record the hire.</summary>
    public async Task<IActionResult> OnPostOutcomeAsync(int id, int interviewId, InterviewOutcome outcome, int? postingId, string? nextStep, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Booth is null) return NotFound();
        try
        {
            await outcomes.RecordAsync(Event, Booth, interviewId, outcome, postingId, nextStep, User.Id()!, ct);
            TempData["Notice"] = $"면접 결과를 ‘{outcome.Label()}’(으)로 기록했습니다.";
        }
        catch (Exception ex) when (ex.IsUserError())
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToPage(new { id });
    }

    /// <summary>The booth's timetable as an iCalendar file for the interviewers' calendars.</summary>
    public async Task<IActionResult> OnGetIcsAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Interviews.Count == 0) return NotFound();
        var entries = Interviews.Select(row => new IcsFile.Entry($"event-{Event.Id}-interview-{row.Interview.Id}@iljari", $"면접: {row.Name}", Event.Place,
            row.Interview.StartAt, row.Interview.EndAt));
        return File(IcsFile.Build(entries), IcsFile.ContentType, $"event-{Event.Id}-booth.ics");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var e = await db.HiringEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.Status != EventStatus.Draft && x.Status != EventStatus.Cancelled, ct);
        if (e is null || !e.HasInterviews) return false;
        Event = e;
        var companyId = await db.CompanyIdAsync(User, ct);
        Booth = await db.EventBooths.AsNoTracking().FirstOrDefaultAsync(b => b.EventId == id && b.CompanyId == companyId, ct);
        Postings = await db.JobPostings.AsNoTracking().Where(p => p.CompanyId == companyId && p.Status == PostingStatus.Open).OrderBy(p => p.Title).ToListAsync(ct);
        if (Booth is { Status: BoothStatus.Approved } && e.Status == EventStatus.SchedulePublished)
            Interviews = (await db.EventInterviews.AsNoTracking().Where(i => i.BoothId == Booth.Id)
                    .Join(db.EventRegistrations, i => i.RegistrationId, r => r.Id, (i, r) => new { i, r.CheckedInAt })
                    .Join(db.SeekerProfiles, x => x.i.SeekerProfileId, s => s.Id, (x, s) => new { x.i, x.CheckedInAt, s.Name, s.Phone })
                    .Select(x => new { x.i, x.CheckedInAt, x.Name, x.Phone,
                        PostingId = db.JobApplications.Where(a => a.Id == x.i.JobApplicationId).Select(a => (int?)a.JobPostingId).FirstOrDefault() })
                    .ToListAsync(ct))
                .OrderBy(x => x.i.StartAt).Select(x => new InterviewRow(x.i, x.Name, x.Phone, x.CheckedInAt is not null, x.PostingId)).ToList();
        return true;
    }
}
