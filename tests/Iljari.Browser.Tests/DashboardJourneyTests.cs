using Iljari.Web.Infrastructure;
using Microsoft.Playwright;

namespace Iljari.Browser.Tests;

/// <summary>
/// The control tower in Chromium: the city admin sets a target, opens the dashboard, filters by period, group and
/// dimension through the form (the filters land in the shareable URL), sees a chart drawn and its table alternative,
/// and opens the mismatch page. axe on every screen.
/// </summary>
public class DashboardJourneyTests(BrowserFixture fx)
{
    [Fact]
    public async Task City_admin_filters_the_dashboard_and_reads_a_chart_and_its_table()
    {
        var year = DateTime.UtcNow.AddHours(9).Year;
        var city = await fx.SignInAsync(DemoAccounts.CityAdmin);
        await city.GotoAsync($"/Admin/Targets?year={year}");
        await city.FillAsync("#target-Placements", "1200");
        await BrowserFixture.AssertAccessibleAsync(city);
        await city.ClickAsync("button:has-text('목표 저장')");
        await Assertions.Expect(city.Locator("main")).ToContainTextAsync("목표를 저장했습니다");

        await city.GotoAsync("/Dashboard");
        await Assertions.Expect(city.Locator("#kpi-Placements")).ToContainTextAsync("1,200명");
        await Assertions.Expect(city.Locator("canvas[data-chart='trend'][data-drawn='true']")).ToHaveCountAsync(1);
        await BrowserFixture.AssertAccessibleAsync(city);

        await city.Locator("#f-from").SelectOptionAsync("1");
        await city.Locator("#f-to").SelectOptionAsync("6");
        await city.Locator("#f-group").SelectOptionAsync("youth");
        await city.Locator("#f-dim").SelectOptionAsync("AgeBand");
        await city.Locator("#f-kpi").SelectOptionAsync("ProgramParticipants");
        await city.ClickAsync("button:has-text('조건 적용')");
        await city.WaitForURLAsync(url => url.Contains("group=youth", StringComparison.Ordinal) && url.Contains("dim=AgeBand", StringComparison.Ordinal));
        await Assertions.Expect(city.Locator("h1")).ToContainTextAsync("1~6월");
        await Assertions.Expect(city.Locator("#trend")).ToContainTextAsync("프로그램 참여자");
        var chart = city.Locator("canvas[data-chart='trend']");
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-drawn", "true");
        await Assertions.Expect(chart).ToHaveAttributeAsync("role", "img");
        await Assertions.Expect(city.Locator("#trend-table tbody tr")).ToHaveCountAsync(6);
        await Assertions.Expect(city.Locator("#trend-table caption")).ToContainTextAsync("그래프의 표 대체");
        await BrowserFixture.AssertAccessibleAsync(city);

        // The note on how a KPI is computed opens in place.
        await city.Locator("#kpi-VacancyDays summary").ClickAsync();
        await Assertions.Expect(city.Locator("#kpi-VacancyDays details p")).ToBeVisibleAsync();

        await city.ClickAsync("a:has-text('일자리 미스매치')");
        await Assertions.Expect(city.Locator("h1")).ToContainTextAsync("일자리 미스매치");
        await BrowserFixture.AssertAccessibleAsync(city);
    }
}
