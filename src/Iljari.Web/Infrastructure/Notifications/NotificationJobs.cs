using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Matching;
using Iljari.Core.Notifications;
using Iljari.Web.Infrastructure.Matching;

namespace Iljari.Web.Infrastructure.Notifications;

/// <summary>Notifications nobody clicks a button for: new postings that suit a seeker, and appointment reminders.</summary>
public sealed class NotificationJobs(AppDbContext db, MatchingService matching, TimeProvider time)
{
    /// <summary>A new posting is announced to a seeker only when it fits this well (0–100).</summary>
    public const double NewMatchScore = 75;
    public const int NewMatchSeekers = 20;

    /// <summary>Tells the best-fitting seekers about postings published in (since, until]; returns how many notices.</summary>
    public async Task<int> AnnounceNewPostingsAsync(DateTime since, DateTime until, CancellationToken ct)
    {
        var postings = await db.JobPostings.AsNoTracking()
            .Where(p => p.Status == PostingStatus.Open && p.PublishedAt > since && p.PublishedAt <= until).ToListAsync(ct);
        if (postings.Count == 0) return 0;
        var snapshot = await matching.CurrentAsync(ct);
        var count = 0;
        foreach (var posting in postings)
        {
            var seekerIds = snapshot.Seekers.TopFor(posting.ToMatch(), NewMatchSeekers)
                .Where(m => m.Score >= NewMatchScore).Select(m => MatchMapping.IdOf(m.SeekerId)).ToList();
            var users = await db.SeekerProfiles.Where(s => seekerIds.Contains(s.Id)).Select(s => s.UserId).ToListAsync(ct);
            await NotificationWriter.AddAsync(db, users, NotificationKind.NewMatch, $"나에게 맞는 새 일자리: {posting.Title}",
                $"/Jobs/Detail/{posting.Id}", $"match:{posting.Id}:{posting.PublishedAt!.Value.Ticks}", time.GetUtcNow().UtcDateTime, ct);
            count += users.Count;
        }
        await db.SaveChangesAsync(ct);
        return count;
    }

    /// <summary>Reminds seeker and counselor of appointments within <see cref="Appointment.ReminderLead"/>, once each.</summary>
    public async Task<int> RemindAppointmentsAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Only appointments of open cases, and the reminder goes to the case's counselor of today.
        var due = await db.Appointments.Where(a => a.Status == AppointmentStatus.Scheduled && a.ReminderSentAt == null && a.At > now && a.At <= now + Appointment.ReminderLead)
            .Join(db.CaseAssignments.Where(c => c.ClosedAt == null && c.CounselorUserId != null), a => a.CaseAssignmentId, c => c.Id, (a, c) => new { a, c.CounselorUserId })
            .OrderBy(x => x.a.At).Take(500).ToListAsync(ct);
        var seekerIds = due.Select(x => x.a.SeekerProfileId).Distinct().ToList();
        var seekerUsers = await db.SeekerProfiles.Where(s => seekerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.UserId, ct);
        foreach (var (a, counselorUserId) in due.Select(x => (x.a, x.CounselorUserId!)))
        {
            var seekerUser = seekerUsers[a.SeekerProfileId];
            var when = KoreanFormat.Date(a.At) + " " + KoreanFormat.ToKst(a.At).ToString("HH:mm");
            await NotificationWriter.AddAsync(db, seekerUser, NotificationKind.Counseling, $"상담 일정 안내: {when} {a.Purpose}", "/Seeker/Counseling", $"appt:{a.Id}", now, ct);
            await NotificationWriter.AddAsync(db, counselorUserId, NotificationKind.Counseling, $"내일 상담 일정: {when} {a.Purpose}",
                $"/Staff/Clients/Case/{a.SeekerProfileId}", $"appt:{a.Id}", now, ct);
            a.ReminderSent(now);
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}

/// <summary>Runs <see cref="NotificationJobs"/> every few minutes. New postings are announced from the service's start on.</summary>
public sealed class NotificationJobService(IServiceScopeFactory scopes, TimeProvider time, ILogger<NotificationJobService> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    /// <summary>Postings this young wait for the next run, so the matching pools (rebuilt 3 s after a change) include them.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var watermark = time.GetUtcNow().UtcDateTime;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var until = time.GetUtcNow().UtcDateTime - Settle;
            // Each job on its own: one failing must not stop the other. A failed window is skipped, not retried
            // forever, so one bad posting cannot block every later announcement.
            if (until > watermark)
            {
                await RunAsync(j => j.AnnounceNewPostingsAsync(watermark, until, stoppingToken), "new-posting announcements", stoppingToken);
                watermark = until;
            }
            await RunAsync(j => j.RemindAppointmentsAsync(stoppingToken), "appointment reminders", stoppingToken);
        }
    }

    private async Task RunAsync(Func<NotificationJobs, Task<int>> job, string name, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await job(scope.ServiceProvider.GetRequiredService<NotificationJobs>());
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "Notification job {Job} failed", name);
        }
    }
}
