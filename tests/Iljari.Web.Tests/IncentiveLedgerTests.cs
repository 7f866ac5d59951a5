using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Web.Infrastructure.Incentives;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>
/// The incentive ledger under fifty concurrent requests, on each database: approvals never overdraw the budget, and a
/// batch is paid exactly once (one payment row per claim), however many 지급 승인 requests race.
/// </summary>
public static class IncentiveLedgerRaces
{
    public const int Parallel = 50;

    public static async Task Approvals_never_overdraw_the_budget(IljariApp app)
    {
        var schemeId = await app.SchemeAsync();
        var agency = await app.JobAgencyIdAsync();
        var first = await app.EligibleClientAsync(nth: 10, monthsAgo: 7);
        var claims = new List<int>();
        for (var i = 0; i < Parallel; i++)
            claims.Add(await app.FiledClaimAsync(schemeId, await app.AnotherJobAsync(first, offsetDays: i + 1)));
        // Leave room for exactly 20 of the 50 claims.
        const int Fits = 20;
        var available = (await app.BalancesAsync(schemeId)).Available;
        if (available != Fits * 500_000) await app.LedgerAsync(l => l.AllocateAsync(schemeId, Fits * 500_000 - available, "경합 시험", "test", default));

        var outcomes = await Task.WhenAll(claims.Select(id => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<IncentiveLedger>().ApproveAsync(id, agency, "counselor", null, default);
                return true;
            }
            catch (DomainException e) when (e.Message.StartsWith("예산 잔액", StringComparison.Ordinal))
            {
                return false;
            }
        })));

        Assert.Equal(Fits, outcomes.Count(ok => ok));
        var balances = await app.BalancesAsync(schemeId);
        Assert.Equal(0, balances.Available);
        Assert.Equal(Fits, await app.WithDbAsync(db => db.IncentiveClaims.CountAsync(c => claims.Contains(c.Id) && c.Status == ClaimStatus.Approved)));
        Assert.Equal(Fits, await app.WithDbAsync(db => db.LedgerTransactions.CountAsync(t => t.Kind == LedgerKind.Commitment && claims.Contains(t.ClaimId!.Value))));
        await AssertEveryTransactionBalancesAsync(app);
    }

    public static async Task A_batch_is_paid_once_however_many_requests_race(IljariApp app)
    {
        var schemeId = await app.SchemeAsync(topUp: 5_000_000);
        var agency = await app.JobAgencyIdAsync();
        var client = await app.EligibleClientAsync(nth: 11, monthsAgo: 7);
        var claims = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var id = await app.FiledClaimAsync(schemeId, await app.AnotherJobAsync(client, offsetDays: 100 + i));
            await app.LedgerAsync(l => l.ApproveAsync(id, agency, "counselor", null, default));
            claims.Add(id);
        }
        PaymentBatch? batch = null;
        await app.LedgerAsync(async l => batch = await l.OpenBatchAsync(schemeId, "city", default));
        Assert.NotNull(batch);
        var inBatch = await app.WithDbAsync(db => db.IncentiveClaims.Where(c => c.BatchId == batch.Id).Select(c => new { c.Id, c.Amount }).ToListAsync());
        Assert.Superset(claims.ToHashSet(), inBatch.Select(c => c.Id).ToHashSet());
        var before = await app.BalancesAsync(schemeId);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<IncentiveLedger>().PayBatchAsync(batch.Id, "city", default);
                return "paid";
            }
            catch (DomainException e)
            {
                return e.Message;
            }
        })));

        Assert.Equal(1, outcomes.Count(o => o == "paid"));
        Assert.All(outcomes.Where(o => o != "paid"), o => Assert.Equal("이미 지급된 묶음입니다.", o));
        var ids = inBatch.Select(c => c.Id).ToList();
        var payments = await app.WithDbAsync(db => db.LedgerTransactions.Where(t => t.Kind == LedgerKind.Payment && ids.Contains(t.ClaimId!.Value))
            .Select(t => t.ClaimId!.Value).ToListAsync());
        Assert.Equal(ids.Order(), payments.Order()); // exactly one payment row per claim
        var after = await app.BalancesAsync(schemeId);
        var total = inBatch.Sum(c => c.Amount);
        Assert.Equal((before.Committed - total, before.Paid + total, before.Available), (after.Committed, after.Paid, after.Available));
        Assert.All(await app.WithDbAsync(db => db.IncentiveClaims.Where(c => ids.Contains(c.Id)).Select(c => c.Status).ToListAsync()), s => Assert.Equal(ClaimStatus.Paid, s));
        await AssertEveryTransactionBalancesAsync(app);
    }

    private static async Task AssertEveryTransactionBalancesAsync(IljariApp app)
    {
        var unbalanced = await app.WithDbAsync(db => db.LedgerEntries.GroupBy(e => e.TransactionId)
            .Where(g => g.Sum(e => e.Amount) != 0).Select(g => g.Key).ToListAsync());
        Assert.Empty(unbalanced);
    }
}

public class IncentiveLedgerTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public Task Fifty_concurrent_approvals_never_overdraw_the_budget() => IncentiveLedgerRaces.Approvals_never_overdraw_the_budget(app);

    [Fact]
    public Task Fifty_concurrent_payments_of_a_batch_pay_each_claim_once() => IncentiveLedgerRaces.A_batch_is_paid_once_however_many_requests_race(app);
}

public class PostgresIncentiveLedgerTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public Task Fifty_concurrent_approvals_never_overdraw_the_budget_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        return IncentiveLedgerRaces.Approvals_never_overdraw_the_budget(app);
    }

    [Fact]
    public Task Fifty_concurrent_payments_of_a_batch_pay_each_claim_once_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        return IncentiveLedgerRaces.A_batch_is_paid_once_however_many_requests_race(app);
    }
}
