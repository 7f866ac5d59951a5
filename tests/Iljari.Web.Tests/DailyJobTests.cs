using Iljari.Core.Domain.Incentives;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Incentives;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Iljari.Web.Tests;

/// <summary>Daily jobs run once a day even with several instances, on a clock the test controls; what the incentive jobs send.</summary>
public class DailyJobTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_daily_job_runs_once_per_day_across_instances_and_again_the_next_day()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 5, 1, 3, 0, 0, TimeSpan.Zero));
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        // Four "instances" sharing the database, each trying five times at once.
        var instances = Enumerable.Range(0, 4).Select(_ => new DailyJobs(scopes, clock, NullLogger<DailyJobs>.Instance)).ToList();
        var runs = 0;
        var seenLastRun = new List<DateOnly?>();
        DailyJobs.Job job = async (_, today, last, ct) =>
        {
            Interlocked.Increment(ref runs);
            lock (seenLastRun) seenLastRun.Add(last);
            await Task.Delay(50, ct);
            return 7;
        };
        var name = "test-" + Guid.NewGuid().ToString("N")[..8];
        var started = await Task.WhenAll(instances.SelectMany(i => Enumerable.Range(0, 5).Select(_ => i.RunOnceAsync(name, job, Ct))));
        Assert.Equal(1, runs);
        Assert.Equal(1, started.Count(s => s));
        var row = await app.WithDbAsync(db => db.JobRuns.SingleAsync(r => r.Name == name, Ct));
        Assert.Equal((new DateOnly(2031, 5, 1), 7), (row.Day, row.Items));
        Assert.NotNull(row.FinishedAt);

        clock.Advance(TimeSpan.FromDays(1));
        Assert.True(await instances[1].RunOnceAsync(name, job, Ct));
        Assert.Equal(2, runs);
        Assert.Equal([null, new DateOnly(2031, 5, 1)], seenLastRun);
    }

    [Fact]
    public async Task A_failed_run_frees_the_day_so_the_next_check_retries()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 6, 1, 3, 0, 0, TimeSpan.Zero));
        var jobs = new DailyJobs(app.Services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<DailyJobs>.Instance);
        var name = "fail-" + Guid.NewGuid().ToString("N")[..8];
        Assert.False(await jobs.RunOnceAsync(name, (_, _, _, _) => throw new InvalidOperationException("boom"), Ct));
        Assert.Equal(0, await app.WithDbAsync(db => db.JobRuns.CountAsync(r => r.Name == name, Ct)));
        Assert.True(await jobs.RunOnceAsync(name, (_, _, _, _) => Task.FromResult(0), Ct));
    }

    [Fact]
    public async Task A_met_milestone_is_announced_once_to_the_seeker_and_counselor()
    {
        await app.SchemeAsync();
        var client = await app.EligibleClientAsync(nth: 3, monthsAgo: 6); // the 6-month milestone is met today
        var claimed = await app.EligibleClientAsync(nth: 4, monthsAgo: 6);
        await app.FiledClaimAsync(await app.SchemeAsync(), claimed);
        var today = IncentiveSetup.Today;

        async Task<int> AnnounceAsync(DateOnly? lastRun)
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IncentiveReminders>().AnnounceMilestonesAsync(today, lastRun, Ct);
        }
        await AnnounceAsync(today.AddDays(-1));
        var users = await app.WithDbAsync(db => db.SeekerProfiles.Where(s => s.Id == client.SeekerProfileId || s.Id == claimed.SeekerProfileId)
            .Select(s => new { s.Id, s.UserId }).ToDictionaryAsync(s => s.Id, s => s.UserId, Ct));
        var counselor = await app.UserIdAsync(DemoAccounts.Counselor);
        int Count(string userId) => app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == userId && n.Title.Contains("6개월 근속을 채웠습니다"), Ct)).Result;
        Assert.Equal(1, Count(users[client.SeekerProfileId]));
        Assert.Equal(0, Count(users[claimed.SeekerProfileId])); // already claimed: nothing to announce
        var counselorCount = Count(counselor);
        Assert.True(counselorCount >= 1);

        await AnnounceAsync(today); // the next run covers only days after today's
        Assert.Equal(1, Count(users[client.SeekerProfileId]));
        Assert.Equal(counselorCount, Count(counselor));
    }

    [Fact]
    public async Task A_claim_waiting_a_week_is_reminded_to_its_counselor()
    {
        var schemeId = await app.SchemeAsync();
        var client = await app.EligibleClientAsync(nth: 5, monthsAgo: 7);
        var claimId = await app.FiledClaimAsync(schemeId, client);
        await app.WithDbAsync(db => db.IncentiveClaims.Where(c => c.Id == claimId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.FiledAt, DateTime.UtcNow.AddDays(-IncentiveReminders.StaleAfterDays)), Ct));
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IncentiveReminders>().RemindStaleClaimsAsync(IncentiveSetup.Today, Ct);
        var counselor = await app.UserIdAsync(DemoAccounts.Counselor);
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == counselor && n.Link == $"/Staff/Incentives/Review/{claimId}", Ct)));
        Assert.Equal(ClaimStatus.Submitted, await app.WithDbAsync(db => db.IncentiveClaims.Where(c => c.Id == claimId).Select(c => c.Status).SingleAsync(Ct)));
    }
}
