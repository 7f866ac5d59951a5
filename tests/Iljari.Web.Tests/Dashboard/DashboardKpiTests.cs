using Iljari.Core.Dashboard;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Dashboard;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests.Dashboard;

/// <summary>
/// Every KPI of 2025 against values worked out by hand from <see cref="DashboardWorld"/> (see its comments):
/// placements S1 3/10, S2 3/20, S3 5/2 (external), S4 5/15; one placement in 2024 (S3, 8/1).
/// </summary>
public abstract class DashboardKpiContract
{
    protected abstract DashboardWorld World { get; }

    private async Task<KpiSeries> SeriesAsync(Kpi kpi, DashboardFilter f)
    {
        await using var db = World.Db();
        var service = new KpiService(db, World.Time);
        var targets = await service.TargetsAsync(f.Year, f.AgencyId, TestContext.Current.CancellationToken);
        return await service.SeriesAsync(KpiCatalog.Of(kpi), f, targets.GetValueOrDefault(kpi), TestContext.Current.CancellationToken);
    }

    private static DashboardFilter Year2025 => new(2025);

    private static decimal?[] Months(params (int Month, decimal Value)[] values)
    {
        var months = Enumerable.Repeat((decimal?)0m, 12).ToArray();
        foreach (var (m, v) in values) months[m - 1] = v;
        return months;
    }

    [Fact]
    public async Task Placements_are_counted_by_start_month_against_last_year()
    {
        var s = await SeriesAsync(Kpi.Placements, Year2025);
        Assert.Equal(Months((3, 2), (5, 2)), s.ThisYear);
        Assert.Equal((4m, 1m), (s.Total, s.LastYearTotal));
        Assert.Equal(1m, s.LastYear[7]);
    }

    [Fact]
    public async Task An_agency_counts_only_placements_of_seekers_registered_with_it_before_the_start()
    {
        Assert.Equal(2m, (await SeriesAsync(Kpi.Placements, Year2025 with { AgencyId = World.AgencyA })).Total);
        Assert.Equal(1m, (await SeriesAsync(Kpi.Placements, Year2025 with { AgencyId = World.AgencyB })).Total);
    }

    [Fact]
    public async Task Placement_filters_by_group_gu_and_months()
    {
        Assert.Equal(2m, (await SeriesAsync(Kpi.Placements, Year2025 with { Group = "youth" })).Total);
        Assert.Equal(1m, (await SeriesAsync(Kpi.Placements, Year2025 with { Group = "women" })).Total);
        Assert.Equal(1m, (await SeriesAsync(Kpi.Placements, Year2025 with { Group = "vulnerable" })).Total);
        Assert.Equal(2m, (await SeriesAsync(Kpi.Placements, Year2025 with { Gu = "4128100000" })).Total);
        Assert.Equal(1m, (await SeriesAsync(Kpi.Placements, Year2025 with { Gu = "4128500000" })).Total);
        var spring = await SeriesAsync(Kpi.Placements, Year2025 with { FromMonth = 4, ToMonth = 5 });
        Assert.Equal([4, 5], spring.Months);
        Assert.Equal(2m, spring.Total);
    }

    [Fact]
    public async Task Placement_rate_is_cumulative_over_seekers_registered_in_the_period()
    {
        var s = await SeriesAsync(Kpi.PlacementRate, Year2025);
        // Registered 2025: S1 (Jan), S2 (Feb), S4 (Mar); placed S1, S2 in March, S4 in May.
        Assert.Equal([0m, 0m, 66.7m, 66.7m, 100m], s.ThisYear.Take(5));
        Assert.Equal(100m, s.Total);
        // Agency 가: S1 registered in January (S3 registered in 2024 is not in the cohort).
        Assert.Equal(100m, (await SeriesAsync(Kpi.PlacementRate, Year2025 with { AgencyId = World.AgencyA })).Total);
    }

    [Fact]
    public async Task The_maintained_first_job_day_is_the_earliest_placement_on_or_after_registration()
    {
        await using var db = World.Db();
        var ct = TestContext.Current.CancellationToken;
        var seekers = await db.SeekerProfiles.AsNoTracking().ToListAsync(ct);
        var placements = await db.Placements.AsNoTracking().Select(p => new { p.SeekerProfileId, p.StartDate }).ToListAsync(ct);
        foreach (var s in seekers)
        {
            var registered = DateOnly.FromDateTime(s.CreatedAt.AddHours(9));
            var expected = placements.Where(p => p.SeekerProfileId == s.Id && p.StartDate >= registered).Select(p => (DateOnly?)p.StartDate).Min();
            Assert.Equal(expected, s.FirstJobOn);
        }
        Assert.Equal(4, seekers.Count(s => s.FirstJobOn is not null));

        // A job added later that began before registration leaves the day alone; an earlier one after registration moves it.
        // (Rolled back: the world is shared by the other tests.)
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var s1 = seekers.Where(s => s.FirstJobOn == new DateOnly(2025, 3, 10)).Select(s => s.Id).Single();
        db.Placements.AddRange(
            Placement.RecordExternal(s1, "등록 전 상회", new DateOnly(2024, 1, 2), new DateOnly(2024, 3, 1), 40, true, SalaryType.Monthly, 2_500_000, "x", DashboardWorld.Utc(2025, 3, 1)),
            Placement.RecordExternal(s1, "앞선 상회", new DateOnly(2025, 2, 1), null, 40, true, SalaryType.Monthly, 2_500_000, "x", DashboardWorld.Utc(2025, 3, 1)));
        await db.SaveChangesAsync(ct);
        Assert.Equal(new DateOnly(2025, 2, 1), await db.SeekerProfiles.Where(s => s.Id == s1).Select(s => s.FirstJobOn).SingleAsync(ct));
    }

    [Fact]
    public async Task Events_count_those_who_came_and_the_hires_from_their_interviews()
    {
        var participants = await SeriesAsync(Kpi.EventParticipants, Year2025);
        Assert.Equal((1m, 1m), (participants.Total, participants.ThisYear[3]));
        Assert.Equal(0m, (await SeriesAsync(Kpi.EventParticipants, Year2025 with { AgencyId = World.AgencyB })).Total);
        var hires = await SeriesAsync(Kpi.EventHires, Year2025);
        Assert.Equal((1m, 1m), (hires.Total, hires.ThisYear[4]));
    }

    [Fact]
    public async Task Programs_count_participants_completion_and_employment()
    {
        var participants = await SeriesAsync(Kpi.ProgramParticipants, Year2025);
        Assert.Equal((2m, 2m), (participants.Total, participants.ThisYear[4]));
        var completion = await SeriesAsync(Kpi.ProgramCompletionRate, Year2025);
        Assert.Equal((50m, 50m), (completion.Total, completion.ThisYear[5]));
        Assert.Null(completion.ThisYear[4]);
        Assert.Equal(100m, (await SeriesAsync(Kpi.ProgramEmploymentRate, Year2025)).Total);
        Assert.Equal(0m, (await SeriesAsync(Kpi.ProgramParticipants, Year2025 with { AgencyId = World.AgencyB })).Total);
    }

    [Fact]
    public async Task Incentives_count_claims_and_net_payments_against_the_budget()
    {
        var claims = await SeriesAsync(Kpi.IncentiveClaims, Year2025);
        Assert.Equal((1m, 1m), (claims.Total, claims.ThisYear[8]));
        Assert.Equal(0m, (await SeriesAsync(Kpi.IncentiveClaims, Year2025 with { AgencyId = World.AgencyA })).Total);
        var paid = await SeriesAsync(Kpi.IncentivePayments, Year2025);
        Assert.Equal((500_000m, 500_000m, 10_000_000L), (paid.Total, paid.ThisYear[9], paid.Budget!.Value));
    }

    [Fact]
    public async Task Supported_firms_create_jobs_by_hires_after_support_and_headcount_growth()
    {
        // Guarantee for company 1 from 2/15: S1 (3/10) and S4 (5/15); social enterprise: +3 on 6/30, −1 on 11/30.
        var s = await SeriesAsync(Kpi.SupportedFirmJobs, Year2025);
        Assert.Equal(Months((3, 1), (5, 1), (6, 3), (11, -1)), s.ThisYear);
        Assert.Equal(4m, s.Total);
        Assert.Equal(4m, (await SeriesAsync(Kpi.SupportedFirmJobs, Year2025 with { AgencyId = World.AgencyB })).Total);
        Assert.Equal(0m, (await SeriesAsync(Kpi.SupportedFirmJobs, Year2025 with { AgencyId = World.AgencyA })).Total);
    }

    [Fact]
    public async Task Open_postings_are_counted_at_each_month_end_and_vacancy_in_days()
    {
        var open = await SeriesAsync(Kpi.OpenPostings, Year2025);
        Assert.Equal(Months((2, 1), (3, 2), (4, 2)), open.ThisYear);
        Assert.Equal(2m, (await SeriesAsync(Kpi.OpenPostings, Year2025 with { ToMonth = 4 })).Total);
        // P2 open 3/1 until its 마감일 4/30 (61 days), P1 2/1 until closed 5/20 (108 days).
        var vacancy = await SeriesAsync(Kpi.VacancyDays, Year2025);
        Assert.Equal((61m, 108m, 84.5m), (vacancy.ThisYear[3]!.Value, vacancy.ThisYear[4]!.Value, vacancy.Total!.Value));
    }

    [Fact]
    public async Task Mismatch_compares_open_positions_with_the_seekers_who_want_them()
    {
        await using var db = World.Db();
        var rows = await new MismatchQueries(db, World.Time).RowsAsync(null, null, TestContext.Current.CancellationToken);
        // Every seeker wants 주방장 및 조리사 (531) in 덕양구 at 2,800,000원; only P3 (2 places, 2,500,000원, open since 2026-01-05) is open.
        var row = Assert.Single(rows);
        Assert.Equal(("531", "41281", 2L, 4L, -2L), (row.Occupation, row.Gu, row.Openings, row.Seekers, row.Gap));
        Assert.Equal((2_500_000L, 2_800_000L, 1L), (row.MedianOffered!.Value, row.MedianDesired!.Value, row.OpenOver30Days));
        Assert.Empty(await new MismatchQueries(db, World.Time).RowsAsync("41285", null, TestContext.Current.CancellationToken));
        var programs = await new MismatchQueries(db, World.Time).ProgramsForAsync(["531", "133"], TestContext.Current.CancellationToken);
        Assert.Equal("조리사 양성 과정", Assert.Single(programs).Title);
    }

    [Fact]
    public async Task Breakdowns_split_placements_by_gu_group_and_agency()
    {
        await using var db = World.Db();
        var service = new KpiService(db, World.Time);
        var ct = TestContext.Current.CancellationToken;
        var gu = await service.PlacementsByAsync(Dimension.Gu, Year2025, ct);
        Assert.Equal([("덕양구", 2L), ("미상(외부 취업)", 1L), ("일산동구", 1L)], gu.Select(r => (r.Label, r.Count)).OrderBy(x => x.Label, StringComparer.Ordinal));
        var groups = await service.PlacementsByAsync(Dimension.Group, Year2025, ct);
        Assert.Equal([2L, 1L, 1L, 1L, 1L], groups.Select(r => r.Count));
        var agencies = await service.PlacementsByAsync(Dimension.Agency, Year2025, ct);
        Assert.Equal([("가 기관", 2L), ("나 기관", 1L)], agencies.Select(r => (r.Label, r.Count)));
        var own = await service.PlacementsByAsync(Dimension.Agency, Year2025 with { AgencyId = World.AgencyB }, ct);
        Assert.Equal([("나 기관", 1L)], own.Select(r => (r.Label, r.Count)));
        var industries = await service.PlacementsByAsync(Dimension.Industry, Year2025, ct);
        Assert.Contains(industries, r => r.Label.StartsWith("숙박 및 음식점업", StringComparison.Ordinal) && r.Count == 2);
    }
}

public sealed class DashboardKpiTests(SqliteDashboardWorld world) : DashboardKpiContract, IClassFixture<SqliteDashboardWorld>
{
    protected override DashboardWorld World => world;
}

public sealed class PostgresDashboardKpiTests(PostgresDashboardWorld world) : DashboardKpiContract, IClassFixture<PostgresDashboardWorld>
{
    protected override DashboardWorld World
    {
        get
        {
            TestEnvironment.RequirePostgres();
            return world;
        }
    }
}
