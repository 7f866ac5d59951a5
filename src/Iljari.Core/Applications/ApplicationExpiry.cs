using Iljari.Core.Data;
using Iljari.Core.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Applications;

/// <summary>만료: an application the employer has not acted on for 30 days is closed, so seekers are not left waiting.</summary>
public static class ApplicationExpiry
{
    public static readonly TimeSpan EmployerSilence = TimeSpan.FromDays(30);

    /// <summary>The system account name written in the timeline for automatic changes.</summary>
    public const string SystemUser = "system";

    /// <summary>
    /// Expires a batch of stale applications; returns how many. An employer who moves one of them meanwhile wins (the
    /// status is a concurrency token): the batch is read again without it.
    /// </summary>
    public static async Task<int> ExpireStaleAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ExpireBatchAsync(db, nowUtc, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task<int> ExpireBatchAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var cutoff = nowUtc - EmployerSilence;
        var expirable = Enum.GetValues<ApplicationStatus>().Where(s => JobApplication.Transitions.ContainsKey((s, ApplicationAction.Expire))).ToArray();
        var stale = await db.JobApplications.Include(a => a.Events)
            .Where(a => expirable.Contains(a.Status) && a.UpdatedAt < cutoff)
            .OrderBy(a => a.UpdatedAt).Take(500) // in batches, oldest first; the next run takes the rest
            .ToListAsync(ct);
        foreach (var a in stale) a.Apply(ApplicationAction.Expire, SystemUser, "30일 동안 기업의 처리가 없어 만료됨", nowUtc);
        await db.SaveChangesAsync(ct);
        return stale.Count;
    }
}
