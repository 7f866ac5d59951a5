using System.Net;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>
/// Who may open which page is checked for every page and endpoint by Security/AuthorizationMatrixTests against
/// Security/AccessTable. This class keeps what the matrix does not: pages with filters in the query string render for
/// their role, and refusals and unknown pages answer in Korean.
/// </summary>
public class PageAccessTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] PublicFilteredPages = ["/Jobs?q=바리스타", "/Board?Kind=Jobs&Group=youth&District=4128100000", "/Events?Kind=JobFair",
        "/Support?Kind=TechDevelopment", "/OpenData?from=2025-01&to=2025-12"];

    public static TheoryData<string, string> FilteredPages => new()
    {
        { DemoAccounts.CityAdmin, "/Admin/AccessLog?Action=공유 정보 열람&From=2026-01-01&To=2026-12-31" },
        { DemoAccounts.CityAdmin, "/Admin/AccessGrants?Action=AccountCreated&Subject=demo&GrantedBy=데모&From=2026-01-01&To=2026-12-31&page=2" },
        { DemoAccounts.Counselor, "/Staff/Incentives?Status=" },
        { DemoAccounts.SocialCounselor, "/Staff/SocialEconomy?type=Village&gu=4128100000" },
        { DemoAccounts.SocialCounselor, "/Staff/SocialEconomy/List?q=협동&stage=Consulting&page=2" },
        { DemoAccounts.MerchantCounselor, "/Staff/SmeSupport/Difficulties?open=false" },
        { DemoAccounts.CityAdmin, "/Admin/ApiTokens?page=2" },
        { DemoAccounts.CityAdmin, "/Dashboard?year=2025&from=2&to=5&group=women&dim=Industry&kpi=VacancyDays" },
        { DemoAccounts.CityAdmin, "/Dashboard/Mismatch?major=5&sort=surplus&page=2" },
        { DemoAccounts.CityAdmin, "/Dashboard/Monthly?year=2025&month=12" },
    };

    [Fact]
    public async Task Public_pages_with_filters_render_for_anonymous_visitors()
    {
        var client = app.Client();
        foreach (var url in PublicFilteredPages)
        {
            var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(FilteredPages))]
    public async Task Pages_with_filters_render_for_roles_that_may_see_them(string account, string url)
    {
        var client = await app.SignedInAsync(account);
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lang=\"ko\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_roles_are_refused_with_a_Korean_403()
    {
        var client = await app.SignedInAsync(DemoAccounts.Seeker);
        var response = await client.GetAsync("/Staff", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var denied = await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("접근 권한이 없습니다", await denied.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_pages_get_the_Korean_404_page()
    {
        var response = await app.Client().GetAsync("/no/such/page", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("페이지를 찾을 수 없습니다", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
