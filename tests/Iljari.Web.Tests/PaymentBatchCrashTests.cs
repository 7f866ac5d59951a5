using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Incentives;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>
/// 지급 승인 of a large batch runs in a separate process (<c>pay-batch</c>) and is killed after some payments were
/// written into its open transaction. On restart nothing of it is there; running it again pays every claim exactly
/// once, and a third run pays nothing more. The ledger's totals match the claims to the won.
/// </summary>
public abstract class PaymentBatchCrashScenario(IljariApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const int Claims = 300;
    private const long Amount = 500_000;

    protected async Task Killed_batch_pays_every_claim_exactly_once_after_restart()
    {
        var (schemeId, batchId) = await BatchOfApprovedClaimsAsync();
        var before = await app.BalancesAsync(schemeId);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ConnectionStrings__Sqlite"] = app.Database == TestDatabase.Sqlite ? app.ConnectionString : "",
            ["ConnectionStrings__Postgres"] = app.Database == TestDatabase.Postgres ? app.ConnectionString : "",
            ["Iljari__KeysPath"] = app.KeysFolder,
            ["Logging__LogLevel__Default"] = "Information",
            ["Iljari__Testing__PaymentBatchDelayMs"] = "2000",
        };

        using (var first = AppProcess.Start(environment, "pay-batch", batchId.ToString(), "--by", DemoAccounts.CityAdmin))
        {
            // Two chunks (200 payments, their notifications) are in the open transaction: kill it now.
            await first.WaitForOutputAsync($"{2 * 100}/{Claims} payments written", TimeSpan.FromMinutes(3), Ct);
            first.Kill();
        }
        var afterKill = await app.WithDbAsync(async db => (
            await db.PaymentBatches.Where(b => b.Id == batchId).Select(b => b.Status).FirstAsync(Ct),
            await db.LedgerTransactions.CountAsync(t => t.BatchId == batchId, Ct),
            await db.IncentiveClaims.CountAsync(c => c.BatchId == batchId && c.Status == ClaimStatus.Paid, Ct)));
        Assert.Equal((BatchStatus.Draft, 0, 0), afterKill);
        Assert.Equal(before, await app.BalancesAsync(schemeId));

        environment.Remove("Iljari__Testing__PaymentBatchDelayMs");
        using (var rerun = AppProcess.Start(environment, "pay-batch", batchId.ToString(), "--by", DemoAccounts.CityAdmin))
            Assert.True(await rerun.WaitForExitAsync(TimeSpan.FromMinutes(3), Ct) == 0, rerun.Output);
        using (var third = AppProcess.Start(environment, "pay-batch", batchId.ToString(), "--by", DemoAccounts.CityAdmin))
        {
            Assert.Equal(1, await third.WaitForExitAsync(TimeSpan.FromMinutes(3), Ct));
            Assert.Contains("이미 지급된 묶음", third.Output, StringComparison.Ordinal);
        }

        var claims = await app.WithDbAsync(db => db.IncentiveClaims.Where(c => c.BatchId == batchId).Select(c => new { c.Id, c.Status }).ToListAsync(Ct));
        Assert.Equal(Claims, claims.Count);
        Assert.All(claims, c => Assert.Equal(ClaimStatus.Paid, c.Status));
        var payments = await app.WithDbAsync(db => db.LedgerTransactions.Where(t => t.BatchId == batchId && t.Kind == LedgerKind.Payment)
            .Select(t => t.ClaimId).ToListAsync(Ct));
        Assert.Equal(claims.Select(c => (int?)c.Id).Order(), payments.Order()); // each claim once: none lost, none doubled
        var unbalanced = await app.WithDbAsync(db => db.LedgerEntries.GroupBy(e => e.TransactionId).Where(g => g.Sum(e => e.Amount) != 0).CountAsync(Ct));
        Assert.Equal(0, unbalanced);
        var after = await app.BalancesAsync(schemeId);
        Assert.Equal(before with { Committed = before.Committed - Claims * Amount, Paid = before.Paid + Claims * Amount }, after);
    }

    /// <summary>One seeker with <see cref="Claims"/> past jobs, each with an approved 6-month claim, all in one new batch.</summary>
    private async Task<(int SchemeId, int BatchId)> BatchOfApprovedClaimsAsync()
    {
        var client = await app.EligibleClientAsync(nth: 2, monthsAgo: 8);
        var schemeId = await app.SchemeAsync(topUp: Claims * Amount);
        var available = (await app.BalancesAsync(schemeId)).Available;
        await app.WithDbAsync(async db =>
        {
            var scheme = await db.IncentiveSchemes.FirstAsync(s => s.Id == schemeId, Ct);
            var agency = await app.JobAgencyIdAsync();
            var now = DateTime.UtcNow;
            var jobs = Enumerable.Range(0, Claims).Select(i => Placement.RecordExternal(client.SeekerProfileId, $"테스트 물류 {i}",
                IncentiveSetup.Today.AddYears(-3).AddDays(i), IncentiveSetup.Today.AddYears(-3).AddDays(i), 40, true, SalaryType.Monthly, 2_500_000, "test", now)).ToList();
            db.Placements.AddRange(jobs);
            await db.SaveChangesAsync(Ct);
            var claims = jobs.Select(job =>
            {
                var claim = IncentiveClaim.File(scheme, client.SeekerProfileId, job.Id, agency, new IncentiveMilestone(6, Amount), IncentiveSetup.Today,
                    "KB국민은행", "123-45-678901", "홍길동", "test", now);
                claim.AddEvidence(ClaimEvidence.Of(EvidenceKind.EmploymentCertificate, Guid.NewGuid().ToString("N") + ".pdf", "재직증명서.pdf", now));
                return claim;
            }).ToList();
            db.IncentiveClaims.AddRange(claims);
            await db.SaveChangesAsync(Ct);
            foreach (var claim in claims)
            {
                claim.Approve("test", null, now);
                db.LedgerTransactions.Add(LedgerTransaction.Commit(scheme, claim, available, "test", now));
                available -= Amount;
            }
            return await db.SaveChangesAsync(Ct);
        });
        await using var scope = app.Services.CreateAsyncScope();
        var batch = await scope.ServiceProvider.GetRequiredService<Web.Infrastructure.Incentives.IncentiveLedger>().OpenBatchAsync(schemeId, "test", Ct);
        return (schemeId, batch!.Id);
    }
}

public class SqlitePaymentBatchCrashTests(SqliteApp app) : PaymentBatchCrashScenario(app), IClassFixture<SqliteApp>
{
    [Fact]
    public Task Killed_batch_pays_every_claim_exactly_once_after_restart_on_sqlite() => Killed_batch_pays_every_claim_exactly_once_after_restart();
}

public class PostgresPaymentBatchCrashTests(PostgresApp app) : PaymentBatchCrashScenario(app), IClassFixture<PostgresApp>
{
    [Fact]
    public Task Killed_batch_pays_every_claim_exactly_once_after_restart_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        return Killed_batch_pays_every_claim_exactly_once_after_restart();
    }
}
