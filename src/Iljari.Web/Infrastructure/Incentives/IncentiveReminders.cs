using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Notifications;

namespace Iljari.Web.Infrastructure.Incentives;

/// <summary>The incentive's daily work: announce milestones that became due, and remind agencies of claims waiting too long.</summary>
public sealed class IncentiveReminders(AppDbContext db, IncentiveProgress progress, TimeProvider time)
{
    /// <summary>A claim waiting this long for review is reminded, and again every week after.</summary>
    public const int StaleAfterDays = 7;

    /// <summary>
    /// Tells the seeker and their counselor about each milestone met since the last run (or in the last week, the first
    /// time), when it can be claimed. A run covers the days after the previous one, so each milestone is announced once.
    /// </summary>
    public async Task<int> AnnounceMilestonesAsync(DateOnly today, DateOnly? lastRun, CancellationToken ct)
    {
        var since = lastRun ?? today.AddDays(-7);
        var scheme = await progress.SchemeForAsync(today.Year, ct);
        if (scheme is null) return 0;
        // Only jobs that started long enough ago to have met the first milestone by today.
        var firstMonths = scheme.Rules.Milestones.Min(m => m.Months);
        var latestStart = today.AddMonths(-firstMonths);
        var seekers = await db.Placements.Where(p => p.StartDate <= latestStart && p.StartDate >= today.AddYears(-3))
            .Select(p => p.SeekerProfileId).Distinct().ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var seekerId in seekers)
        {
            var state = await progress.ForSeekerAsync(seekerId, ct);
            foreach (var chain in state.Chains.Where(c => c.Verdict.Eligible))
                foreach (var m in chain.Milestones.Where(m => m.Claimable && m.ReachedOn > since && m.ReachedOn <= today))
                {
                    var users = new List<string> { await db.SeekerProfiles.Where(s => s.Id == seekerId).Select(s => s.UserId).FirstAsync(ct) };
                    if (await db.CaseAssignments.Where(c => c.SeekerProfileId == seekerId && c.ClosedAt == null && c.CounselorUserId != null)
                            .Select(c => c.CounselorUserId!).FirstOrDefaultAsync(ct) is { } counselor) users.Add(counselor);
                    await NotificationWriter.AddAsync(db, users, NotificationKind.Counseling,
                        $"취업성공장려금 {m.Milestone.Months}개월 근속을 채웠습니다. {KoreanFormat.Won(m.Milestone.Amount)}을 청구할 수 있습니다.",
                        "/Seeker/Incentive", $"incentive-due:{chain.Placement.Id}:{m.Milestone.Months}", now, ct);
                    count++;
                }
        }
        await db.SaveChangesAsync(ct);
        return count;
    }

    /// <summary>Reminds the reviewing counselor (or the agency) of claims waiting 7, 14, 21 … days.</summary>
    public async Task<int> RemindStaleClaimsAsync(DateOnly today, CancellationToken ct)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-StaleAfterDays);
        var waiting = await db.IncentiveClaims.AsNoTracking().Where(c => c.Status == ClaimStatus.Submitted && c.FiledAt <= cutoff)
            .Select(c => new { c.Id, c.AgencyId, c.SeekerProfileId, c.FiledAt }).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var c in waiting)
        {
            var days = today.DayNumber - DateOnly.FromDateTime(KoreanFormat.ToKst(c.FiledAt)).DayNumber;
            if (days % StaleAfterDays != 0) continue;
            var counselor = await db.CaseAssignments.Where(a => a.SeekerProfileId == c.SeekerProfileId && a.AgencyId == c.AgencyId && a.ClosedAt == null)
                .Select(a => a.CounselorUserId).FirstOrDefaultAsync(ct);
            var users = counselor is not null ? [counselor] : await NotificationWriter.UsersOfAsync(db, c.AgencyId, ct);
            await NotificationWriter.AddAsync(db, users, NotificationKind.Counseling, $"{days}일째 심사를 기다리는 취업성공장려금 청구가 있습니다.",
                $"/Staff/Incentives/Review/{c.Id}", $"claim-stale:{c.Id}:{days}", now, ct);
            count++;
        }
        await db.SaveChangesAsync(ct);
        return count;
    }
}
