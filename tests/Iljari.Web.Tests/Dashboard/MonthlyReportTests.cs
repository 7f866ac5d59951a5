using System.Net;
using Iljari.Core.Dashboard;
using Iljari.Core.Domain.Dashboard;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests.Dashboard;

/// <summary>
/// 월간 일자리 동향 on the hand-built <see cref="DashboardWorld"/>: March 2025 has S1's and S2's jobs (덕양구, 일산동구),
/// S4's registration and P2's publication (2 openings); May 2025 has S3's outside job and S4's job.
/// </summary>
public class MonthlyReportTests(SqliteDashboardWorld world) : IClassFixture<SqliteDashboardWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<MonthlyReport> BuildAsync(int year, int month, int? agency = null)
    {
        await using var db = world.Db();
        return await new MonthlyReportBuilder(db, new KpiService(db, world.Time)).BuildAsync(year, month, agency, Ct);
    }

    private static MonthlyFigure Figure(MonthlyReport r, Kpi kpi) => r.Kpis.Single(k => k.Info.Kpi == kpi);

    [Fact]
    public async Task March_2025_matches_the_hand_count()
    {
        var r = await BuildAsync(2025, 3);
        var placements = Figure(r, Kpi.Placements);
        Assert.Equal((2m, 0m, 2m), (placements.Month, placements.SameMonthLastYear, placements.YearToDate));
        Assert.Equal(new MarketFigures(1, 0, 1, 0, 2, 0), r.Market);
        var byGu = r.Breakdowns.Single(b => b.Dimension == Dimension.Gu).Rows.Where(x => x.Count > 0).ToDictionary(x => x.Key, x => x.Count);
        Assert.Equal(new Dictionary<string, long> { ["41281"] = 1, ["41285"] = 1 }, byGu);
        Assert.Equal(12, r.Kpis.Count);
    }

    [Fact]
    public async Task The_year_to_date_adds_the_months_and_an_agency_sees_its_own_cases()
    {
        var may = await BuildAsync(2025, 5);
        Assert.Equal((2m, 4m), (Figure(may, Kpi.Placements).Month, Figure(may, Kpi.Placements).YearToDate));
        var agencyA = await BuildAsync(2025, 5, world.AgencyA);
        // 가 has S3 (case since 2024) with the May outside job; S4 has no case.
        Assert.Equal(1m, Figure(agencyA, Kpi.Placements).Month);
        Assert.DoesNotContain(agencyA.Breakdowns, b => b.Dimension == Dimension.Agency);
        Assert.Equal(0, agencyA.Market.NewSeekers);
    }

    [Fact]
    public async Task A_past_month_reads_the_same_later()
    {
        var first = await BuildAsync(2025, 3);
        world.Time.Advance(TimeSpan.FromDays(40)); // "today" moves on (a fake clock only goes forward); 2025 stays in the past
        var again = await BuildAsync(2025, 3);
        Assert.Equal(first.Kpis.Select(k => (k.Month, k.SameMonthLastYear, k.YearToDate)), again.Kpis.Select(k => (k.Month, k.SameMonthLastYear, k.YearToDate)));
        Assert.Equal(first.Market, again.Market);
    }
}

/// <summary>The report page over HTTP on the demo data: who may open it, a month out of range, and the workbook.</summary>
public class MonthlyReportPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_city_prints_and_downloads_any_past_month_and_others_are_refused()
    {
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var page = await city.GetStringAsync("/Dashboard/Monthly?year=2026&month=1", Ct);
        Assert.Contains("2026년 1월 일자리 동향", page, StringComparison.Ordinal);
        Assert.Contains("js-print", page, StringComparison.Ordinal);

        var future = await city.GetStringAsync("/Dashboard/Monthly?year=2099&month=13", Ct);
        Assert.Contains("보고서 달은 2020년 1월부터", future, StringComparison.Ordinal);

        var excel = await city.GetAsync("/Dashboard/Monthly?handler=Excel&year=2026&month=1", Ct);
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        await using var stream = await excel.Content.ReadAsStreamAsync(Ct);
        var memory = new MemoryStream();
        await stream.CopyToAsync(memory, Ct);
        memory.Position = 0;
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(memory);
        Assert.Equal(["주요 지표", "구인·구직", "취업자_기관별", "취업자_구별", "취업자_대상계층별", "취업자_연령대별", "취업자_업종별", "취업자_직종별"], sheets);
        memory.Position = 0;
        var kpis = MiniExcelLibs.MiniExcel.Query(memory, useHeaderRow: true, sheetName: "주요 지표").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(KpiCatalog.All.Select(k => k.Name), kpis.Select(r => (string)r["지표"]));

        var agencyAdmin = await app.SignedInAsync(DemoAccounts.AgencyAdmin);
        Assert.Equal(HttpStatusCode.OK, (await agencyAdmin.GetAsync("/Dashboard/Monthly", Ct)).StatusCode);
        var other = await app.PartnerAgencyIdAsync();
        foreach (var refused in new[]
        {
            await agencyAdmin.GetAsync($"/Dashboard/Monthly?agency={other}", Ct),
            await agencyAdmin.GetAsync($"/Dashboard/Monthly?handler=Excel&agency={other}", Ct),
            await (await app.SignedInAsync(DemoAccounts.Counselor)).GetAsync("/Dashboard/Monthly", Ct),
        })
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }
}
