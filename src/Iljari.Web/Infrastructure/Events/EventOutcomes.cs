using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure.Applications;

namespace Iljari.Web.Infrastructure.Events;

/// <summary>
/// 면접 결과 at the booth. 합격 puts the seeker into the company's normal workflow: an application to the chosen posting
/// (source 채용행사) moved to 면접 with the event interview's time, so the hire and its placement are then recorded
/// the usual way. 불합격 refuses a live application with the reason "채용행사 면접 불합격".
/// </summary>
public sealed class EventOutcomes(AppDbContext db, TimeProvider time, ApplicationSubmission submission)
{
    public async Task RecordAsync(HiringEvent e, EventBooth booth, int interviewId, InterviewOutcome outcome, int? postingId, string? nextStep, string userId, CancellationToken ct)
    {
        var interview = await db.EventInterviews.FirstOrDefaultAsync(i => i.Id == interviewId && i.BoothId == booth.Id, ct)
            ?? throw new DomainException("이 부스의 면접이 아닙니다.");
        var checkedIn = await db.EventRegistrations.AnyAsync(r => r.Id == interview.RegistrationId && r.CheckedInAt != null, ct);
        if (!checkedIn) throw new DomainException("입장하지 않은 구직자의 면접 결과는 기록할 수 없습니다.");
        var posting = postingId is { } pid && booth.PostingIds.Contains(pid) ? pid : booth.PostingIds.FirstOrDefault();
        var now = time.GetUtcNow().UtcDateTime;
        int? applicationId = null;
        if (outcome is InterviewOutcome.Pass or InterviewOutcome.Fail && posting != 0)
        {
            var job = await db.JobPostings.AsNoTracking().FirstAsync(p => p.Id == posting, ct);
            var live = await db.JobApplications.Include(a => a.Events)
                .FirstOrDefaultAsync(a => a.JobPostingId == posting && a.SeekerProfileId == interview.SeekerProfileId && ApplicationSubmission.LiveStatuses.Contains(a.Status), ct);
            if (live is null && outcome == InterviewOutcome.Pass)
            {
                (live, _) = await submission.SubmitAsync(job, interview.SeekerProfileId, ApplicationSource.HiringEvent, userId, $"{e.Title} 현장 면접", ct);
                live = await db.JobApplications.Include(a => a.Events).FirstAsync(a => a.Id == live.Id, ct);
            }
            if (live is not null)
            {
                if (outcome == InterviewOutcome.Pass && live.Can(ApplicationAction.Interview))
                    live.Apply(ApplicationAction.Interview, userId, $"{e.Title} 면접 합격", now, interview.StartAt);
                else if (outcome == InterviewOutcome.Fail && live.Can(ApplicationAction.Reject))
                    live.Apply(ApplicationAction.Reject, userId, "채용행사 면접 불합격", now);
                applicationId = live.Id;
            }
        }
        interview.Record(outcome, nextStep, applicationId, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException(JobApplication.ChangedMeanwhile);
        }
    }
}
