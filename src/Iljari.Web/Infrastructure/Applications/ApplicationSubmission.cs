using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;

namespace Iljari.Web.Infrastructure.Applications;

/// <summary>
/// Creates an application from any source (직접 지원, 알선, 면접 제안 수락) with duplicate protection: a seeker who
/// already holds a live application to the posting gets that one back, also when two submits race (unique index).
/// </summary>
public sealed class ApplicationSubmission(AppDbContext db, TimeProvider time)
{
    public static readonly ApplicationStatus[] LiveStatuses =
        Enum.GetValues<ApplicationStatus>().Where(ApplicationLabels.IsLive).ToArray();

    public async Task<(JobApplication Application, bool Created)> SubmitAsync(
        JobPosting posting, int seekerProfileId, ApplicationSource source, string userId, string? note, CancellationToken ct)
    {
        if (await LiveAsync(posting.Id, seekerProfileId, ct) is { } live) return (live, false);
        if (posting.Status != PostingStatus.Open)
            throw new DomainException("게시 중인 공고에만 지원할 수 있습니다.");
        var application = JobApplication.Submit(posting.Id, posting.CompanyId, seekerProfileId, source, userId, note, time.GetUtcNow().UtcDateTime);
        db.JobApplications.Add(application);
        try
        {
            await db.SaveChangesAsync(ct);
            return (application, true);
        }
        catch (DbUpdateException)
        {
            // Another request created the live application between the check and the insert.
            db.Entry(application).State = EntityState.Detached;
            foreach (var e in application.Events) db.Entry(e).State = EntityState.Detached;
            return (await LiveAsync(posting.Id, seekerProfileId, ct) ?? throw new DomainException("지원을 저장하지 못했습니다. 잠시 후 다시 시도해 주세요."), false);
        }
    }

    private Task<JobApplication?> LiveAsync(int postingId, int seekerProfileId, CancellationToken ct) =>
        db.JobApplications.FirstOrDefaultAsync(a => a.JobPostingId == postingId && a.SeekerProfileId == seekerProfileId && LiveStatuses.Contains(a.Status), ct);
}
