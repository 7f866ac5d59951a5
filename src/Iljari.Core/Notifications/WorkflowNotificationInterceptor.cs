using Iljari.Core.Data;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Matching;
using Iljari.Core.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Iljari.Core.Notifications;

/// <summary>
/// Tells the other party about every application step and interview proposal, whatever page or job made it: it reads
/// the timeline events and proposal changes of a save and adds the notifications to that same save. Apply from a
/// seeker → the company hears; a change by the employer, a counselor or the expiry job → the seeker hears.
/// </summary>
public sealed class WorkflowNotificationInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db) await AddNotificationsAsync(db, cancellationToken);
        return result;
    }

    private static async Task AddNotificationsAsync(AppDbContext db, CancellationToken ct)
    {
        var steps = db.ChangeTracker.Entries<JobApplication>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .SelectMany(e => e.Entity.Events.Where(ev => db.Entry(ev).State == EntityState.Added).Select(ev => (Application: e.Entity, Event: ev)))
            .ToList();
        var proposals = db.ChangeTracker.Entries<InterviewProposal>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(p => p.Status).IsModified))
            .Select(e => e.Entity).ToList();
        if (steps.Count == 0 && proposals.Count == 0) return;

        var postingIds = steps.Select(s => s.Application.JobPostingId).Concat(proposals.Select(p => p.JobPostingId)).Distinct().ToList();
        var titles = await db.JobPostings.Where(p => postingIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        var seekerIds = steps.Select(s => s.Application.SeekerProfileId).Concat(proposals.Select(p => p.SeekerProfileId)).Distinct().ToList();
        var seekerUsers = await db.SeekerProfiles.Where(s => seekerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.UserId, ct);

        foreach (var (application, step) in steps)
        {
            var title = titles.GetValueOrDefault(application.JobPostingId, "공고");
            var seekerUser = seekerUsers.GetValueOrDefault(application.SeekerProfileId);
            var key = $"app:{application.JobPostingId}:{application.SeekerProfileId}:{step.To}:{step.At.Ticks}";
            if (seekerUser is not null && step.ByUserId != seekerUser)
            {
                var (kind, text) = step.To == ApplicationStatus.Received && application.Source == ApplicationSource.Referral
                    ? (NotificationKind.Referral, $"상담사가 ‘{title}’ 공고에 알선했습니다.")
                    : (NotificationKind.Application, $"‘{title}’ 지원 상태가 ‘{step.To.Label()}’(으)로 바뀌었습니다.");
                await NotificationWriter.AddAsync(db, seekerUser, kind, text, "/Seeker/Applications", key, step.At, ct);
            }
            if (step.To is ApplicationStatus.Received or ApplicationStatus.Cancelled)
            {
                var employers = await NotificationWriter.UsersOfAsync(db, application.CompanyId, ct);
                var text = step.To == ApplicationStatus.Received ? $"‘{title}’에 새 지원자가 있습니다." : $"‘{title}’ 지원자가 지원을 취소했습니다.";
                await NotificationWriter.AddAsync(db, employers, NotificationKind.Application, text, $"/Employer/Postings/Applicants/{application.JobPostingId}", key, step.At, ct);
            }
        }
        foreach (var p in proposals)
        {
            var title = titles.GetValueOrDefault(p.JobPostingId, "공고");
            var key = $"proposal:{p.ProposedAt.Ticks}:{p.SeekerProfileId}:{p.JobPostingId}:{p.Status}";
            if (p.Status == ProposalStatus.Pending && seekerUsers.GetValueOrDefault(p.SeekerProfileId) is { } seekerUser)
                await NotificationWriter.AddAsync(db, seekerUser, NotificationKind.Proposal, $"‘{title}’ 면접 제안이 도착했습니다.", "/Seeker/Proposals", key, p.ProposedAt, ct);
            else if (p.Status is ProposalStatus.Accepted or ProposalStatus.Declined)
            {
                var employers = await NotificationWriter.UsersOfAsync(db, p.CompanyId, ct);
                var text = $"‘{title}’ 면접 제안을 구직자가 {(p.Status == ProposalStatus.Accepted ? "수락" : "거절")}했습니다.";
                await NotificationWriter.AddAsync(db, employers, NotificationKind.Proposal, text, $"/Employer/Postings/Candidates/{p.JobPostingId}", key, p.RespondedAt ?? p.ProposedAt, ct);
            }
        }
    }
}
