using Iljari.Core.Domain.Common;
using Iljari.Web.Infrastructure.Incentives;

namespace Iljari.Web.Infrastructure;

/// <summary>
/// Runs each daily job at most once per Korean calendar day across every app instance: the first instance to insert the
/// (job, day) row runs it; the others see the key taken and skip. A failed run removes its row so the next check retries.
/// </summary>
public sealed class DailyJobs(IServiceScopeFactory scopes, TimeProvider time, ILogger<DailyJobs> log)
{
    /// <summary>Each job gets the day it runs for and the last day it ran (null the first time) and returns how many items it handled.</summary>
    public delegate Task<int> Job(IServiceProvider services, DateOnly today, DateOnly? lastRun, CancellationToken ct);

    public static readonly IReadOnlyDictionary<string, Job> All = new Dictionary<string, Job>
    {
        ["incentive-milestones"] = (s, today, last, ct) => s.GetRequiredService<IncentiveReminders>().AnnounceMilestonesAsync(today, last, ct),
        ["incentive-stale-claims"] = (s, today, _, ct) => s.GetRequiredService<IncentiveReminders>().RemindStaleClaimsAsync(today, ct),
        ["program-follow-ups"] = (s, today, _, ct) => s.GetRequiredService<Programs.ProgramFollowUps>().NotifyDueAsync(today, ct),
    };

    /// <summary>Runs every job not yet run today; returns the names this instance ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken ct)
    {
        var ran = new List<string>();
        foreach (var (name, job) in All)
            if (await RunOnceAsync(name, job, ct)) ran.Add(name);
        return ran;
    }

    public async Task<bool> RunOnceAsync(string name, Job job, CancellationToken ct)
    {
        var today = KoreanFormat.TodayInKorea(time);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.JobRuns.AnyAsync(r => r.Name == name && r.Day == today, ct)) return false;
        var lastRun = await db.JobRuns.Where(r => r.Name == name && r.FinishedAt != null).OrderByDescending(r => r.Day).Select(r => (DateOnly?)r.Day).FirstOrDefaultAsync(ct);
        var run = new JobRun { Name = name, Day = today, Instance = Environment.MachineName + ":" + Environment.ProcessId, StartedAt = time.GetUtcNow().UtcDateTime };
        db.JobRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return false; // another instance took today's run between our check and insert
        }
        try
        {
            run.Items = await job(scope.ServiceProvider, today, lastRun, ct);
            run.FinishedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            log.LogInformation("Daily job {Job} for {Day}: {Items} items", name, today, run.Items);
            return true;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "Daily job {Job} failed for {Day}", name, today);
            db.ChangeTracker.Clear();
            await db.JobRuns.Where(r => r.Name == name && r.Day == today && r.FinishedAt == null).ExecuteDeleteAsync(CancellationToken.None);
            return false;
        }
    }
}

/// <summary>Checks every hour (and at start) whether a daily job is due, on the injected clock.</summary>
public sealed class DailyJobService(DailyJobs jobs, TimeProvider time, ILogger<DailyJobService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await jobs.RunDueAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromHours(1), time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Daily jobs check failed");
                await Task.Delay(TimeSpan.FromHours(1), time, stoppingToken);
            }
        }
    }
}
