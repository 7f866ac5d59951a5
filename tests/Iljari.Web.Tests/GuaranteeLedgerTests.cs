using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Guarantees;
using Iljari.Web.Infrastructure.Guarantees;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>
/// 특례보증 limit and 이차보전 quota under fifty concurrent requests, on each database: never one won over the limit, never
/// one shop over the quota, and a month's payments generated once however often it is asked.
/// </summary>
public static class GuaranteeRaces
{
    public const int Parallel = 50;

    /// <summary>Fifty small shops of their own (the Tiny demo set has fewer companies), one per concurrent request.</summary>
    private static Task<List<int>> CompaniesAsync(IljariApp app, int series) => app.WithDbAsync(async db =>
    {
        var shops = Enumerable.Range(0, Parallel).Select(i => new Core.Domain.Accounts.Company
        {
            Name = $"시험 상점 {series}-{i}", BusinessNumber = $"9{series}{i:D8}", IndustryCode = "47", Size = Core.Domain.Accounts.CompanySize.Micro,
            Address = "경기도 고양시 덕양구 1", RegionCode = "4128100000", ContactName = "시험", ContactPhone = "031-000-0000", CreatedAt = DateTime.UtcNow,
        }).ToList();
        db.Companies.AddRange(shops);
        await db.SaveChangesAsync();
        return shops.Select(c => c.Id).ToList();
    });

    private static Task<int> MerchantAgencyAsync(IljariApp app) =>
        app.WithDbAsync(db => db.Agencies.Where(a => a.Code == "GOYANG-MERCHANT").Select(a => a.Id).FirstAsync());

    public static async Task Approvals_never_exceed_the_limit(IljariApp app)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var agency = await MerchantAgencyAsync(app);
        // A limit for exactly 17 guarantees of 10,000,000원.
        var schemeId = await app.WithDbAsync(async db =>
        {
            var s = GuaranteeScheme.Create(agency, "경합 시험 특례보증", today.Year, 5, 170_000_000, 10_000_000, DateTime.UtcNow);
            db.GuaranteeSchemes.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });
        var ids = new List<int>();
        foreach (var company in await CompaniesAsync(app, 1))
        {
            await using var scope = app.Services.CreateAsyncScope();
            ids.Add((await scope.ServiceProvider.GetRequiredService<GuaranteeDesk>().ApplyAsync(schemeId, company, 10_000_000, 60, "IBK기업은행", null, default)).Id);
        }

        var outcomes = await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<GuaranteeDesk>().ApproveAsync(id, "staff", default);
                return "ok";
            }
            catch (DomainException e)
            {
                return e.Message;
            }
        })));

        Assert.Equal(Parallel, ids.Count);
        Assert.Equal(17, outcomes.Count(o => o == "ok"));
        Assert.All(outcomes.Where(o => o != "ok"), o => Assert.StartsWith("총 보증 한도를 넘습니다. 남은 한도는 0원", o, StringComparison.Ordinal));
        var approved = await app.WithDbAsync(db => db.GuaranteeEntries.Where(e => e.SchemeId == schemeId && e.Kind == GuaranteeEventKind.Approval).SumAsync(e => e.Outstanding));
        Assert.Equal(170_000_000, approved);
        Assert.Equal(17, await app.WithDbAsync(db => db.Guarantees.CountAsync(g => g.SchemeId == schemeId && g.Status == GuaranteeStatus.Active)));
    }

    public static async Task First_come_places_never_exceed_the_quota(IljariApp app)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var agency = await MerchantAgencyAsync(app);
        var roundId = await app.WithDbAsync(async db =>
        {
            var r = InterestSupportRound.Create(agency, today.Year, "경합 시험 이차보전", 12, InterestSelection.FirstCome, 200, 50_000_000, 12, today.AddDays(-1), today.AddDays(1));
            db.InterestSupportRounds.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        var companies = await CompaniesAsync(app, 2);
        await Task.WhenAll(companies.Select(company => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<InterestSupportDesk>().ApplyAsync(roundId, company, 30_000_000, "KB국민은행", today, default);
        })));
        var statuses = await app.WithDbAsync(db => db.InterestSupportApplications.Where(a => a.RoundId == roundId).Select(a => a.Status).ToListAsync());
        Assert.Equal(Parallel, statuses.Count);
        Assert.Equal(12, statuses.Count(s => s == InterestApplicationStatus.Selected));
        Assert.Equal(Parallel - 12, statuses.Count(s => s == InterestApplicationStatus.Waitlisted));

        // Generating this month's payments from many requests at once pays each selected shop once.
        var month = new DateOnly(today.Year, today.Month, 1);
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<InterestSupportDesk>().GeneratePaymentsAsync(roundId, month, default);
        })));
        var payments = await app.WithDbAsync(db => db.InterestPayments.Where(p => db.InterestSupportApplications.Any(a => a.Id == p.ApplicationId && a.RoundId == roundId))
            .Select(p => p.Amount).ToListAsync());
        Assert.Equal(12, payments.Count);
        Assert.All(payments, amount => Assert.Equal(50_000, amount));
    }
}

public class GuaranteeLedgerTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public Task Fifty_concurrent_approvals_never_exceed_the_guarantee_limit() => GuaranteeRaces.Approvals_never_exceed_the_limit(app);

    [Fact]
    public Task Fifty_concurrent_applications_never_exceed_the_interest_support_quota() => GuaranteeRaces.First_come_places_never_exceed_the_quota(app);
}

public class PostgresGuaranteeLedgerTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public Task Fifty_concurrent_approvals_never_exceed_the_guarantee_limit_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        return GuaranteeRaces.Approvals_never_exceed_the_limit(app);
    }

    [Fact]
    public Task Fifty_concurrent_applications_never_exceed_the_interest_support_quota_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        return GuaranteeRaces.First_come_places_never_exceed_the_quota(app);
    }
}
