using System.Net;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>Every page renders for each role that may see it, and is refused to the others.</summary>
public class PageAccessTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] PublicPages = ["/", "/Jobs", "/Jobs?q=바리스타", "/Account/Login", "/Account/Register", "/Account/RegisterEmployer", "/scalar/v1", "/openapi/v1.json", "/health", "/health/live", "/health/ready", "/Board", "/Board?Kind=Jobs&Group=youth&District=4128100000", "/Events", "/Events?Kind=JobFair", "/Programs", "/Support", "/Support?Kind=TechDevelopment", "/sitemap.xml", "/robots.txt", "/OpenData", "/OpenData?from=2025-01&to=2025-12", "/OpenData/Dictionary"];

    public static TheoryData<string, string> AllowedPages => new()
    {
        { DemoAccounts.Seeker, "/Seeker/Profile" },
        { DemoAccounts.Seeker, "/Seeker/EditProfile" },
        { DemoAccounts.Seeker, "/Seeker/Sensitive" },
        { DemoAccounts.Seeker, "/Seeker/MyData" },
        { DemoAccounts.Seeker, "/Seeker/DeleteAccount" },
        { DemoAccounts.Seeker, "/Account/ChangePassword" },
        { DemoAccounts.Employer, "/Employer/Postings" },
        { DemoAccounts.Employer, "/Employer/Postings/Edit" },
        { DemoAccounts.Employer, "/Employer/Company" },
        { DemoAccounts.Counselor, "/Staff" },
        { DemoAccounts.AgencyAdmin, "/Staff" },
        { DemoAccounts.AgencyAdmin, "/Staff/Users" },
        { DemoAccounts.AgencyAdmin, "/Staff/Users/Create" },
        { DemoAccounts.CityAdmin, "/Staff" },
        { DemoAccounts.CityAdmin, "/Staff/Users" },
        { DemoAccounts.CityAdmin, "/Staff/Users/Create" },
        { DemoAccounts.CityAdmin, "/Admin/Organisations" },
        { DemoAccounts.Seeker, "/Seeker/Counseling" },
        { DemoAccounts.Seeker, "/Seeker/Consents" },
        { DemoAccounts.Seeker, "/Messages" },
        { DemoAccounts.Seeker, "/Notifications" },
        { DemoAccounts.Seeker, "/Notifications/Settings" },
        { DemoAccounts.Seeker, "/Board/Subscription" },
        { DemoAccounts.Employer, "/Board/Write" },
        { DemoAccounts.Employer, "/Messages" },
        { DemoAccounts.Employer, "/Notifications" },
        { DemoAccounts.Counselor, "/Staff/Clients" },
        { DemoAccounts.Counselor, "/Staff/Shared" },
        { DemoAccounts.Counselor, "/Board/Write" },
        { DemoAccounts.Counselor, "/Messages" },
        { DemoAccounts.PartnerCounselor, "/Staff/Shared" },
        { DemoAccounts.AgencyAdmin, "/Staff/Shared" },
        { DemoAccounts.AgencyAdmin, "/Staff/Clients" },
        { DemoAccounts.CityAdmin, "/Admin/AccessLog" },
        { DemoAccounts.CityAdmin, "/Admin/AccessGrants" },
        { DemoAccounts.CityAdmin, "/Admin/AccessGrants?Action=AccountCreated&Subject=demo&GrantedBy=데모&From=2026-01-01&To=2026-12-31&page=2" },
        { DemoAccounts.Seeker, "/Account/TwoFactor" },
        { DemoAccounts.Employer, "/Account/TwoFactor" },
        { DemoAccounts.Counselor, "/Account/TwoFactor" },
        { DemoAccounts.CityAdmin, "/Admin/AccessLog?Action=공유 정보 열람&From=2026-01-01&To=2026-12-31" },
        { DemoAccounts.CityAdmin, "/Board/Write" },
        { DemoAccounts.Seeker, "/Seeker/Events" },
        { DemoAccounts.Employer, "/Employer/Events" },
        { DemoAccounts.Counselor, "/Staff/Events" },
        { DemoAccounts.Counselor, "/Staff/Events/Edit" },
        { DemoAccounts.AgencyAdmin, "/Staff/Events" },
        { DemoAccounts.Counselor, "/Staff/Programs" },
        { DemoAccounts.Seeker, "/Seeker/Incentive" },
        { DemoAccounts.Employer, "/Employer/Finance" },
        { DemoAccounts.MerchantCounselor, "/Staff/Finance" },
        { DemoAccounts.CityAdmin, "/Staff/Finance" },
        { DemoAccounts.Counselor, "/Staff/Incentives" },
        { DemoAccounts.Counselor, "/Staff/Incentives?Status=" },
        { DemoAccounts.AgencyAdmin, "/Staff/Incentives" },
        { DemoAccounts.Counselor, "/Staff/Programs/Edit" },
        { DemoAccounts.AgencyAdmin, "/Staff/Programs/Edit" },
        { DemoAccounts.Seeker, "/Seeker/Programs" },
        { DemoAccounts.CityAdmin, "/Admin/Incentives" },
        { DemoAccounts.CityAdmin, "/Admin/Incentives/Batches" },
        { DemoAccounts.CityAdmin, "/Admin/Incentives/Report" },
        { DemoAccounts.SocialCounselor, "/Staff/SocialEconomy" },
        { DemoAccounts.SocialCounselor, "/Staff/SocialEconomy?type=Village&gu=4128100000" },
        { DemoAccounts.SocialCounselor, "/Staff/SocialEconomy/List?q=협동&stage=Consulting&page=2" },
        { DemoAccounts.SocialCounselor, "/Staff/SocialEconomy/Edit" },
        { DemoAccounts.CityAdmin, "/Staff/SocialEconomy" },
        { DemoAccounts.CityAdmin, "/Staff/SocialEconomy/List" },
        { DemoAccounts.Employer, "/Employer/Support" },
        { DemoAccounts.Employer, "/Employer/Support/Difficulties" },
        { DemoAccounts.MerchantCounselor, "/Staff/SmeSupport" },
        { DemoAccounts.MerchantCounselor, "/Staff/SmeSupport/Edit" },
        { DemoAccounts.MerchantCounselor, "/Staff/SmeSupport/Difficulties" },
        { DemoAccounts.MerchantCounselor, "/Staff/SmeSupport/Difficulties?open=false" },
        { DemoAccounts.CityAdmin, "/Staff/SmeSupport" },
        { DemoAccounts.Counselor, "/Staff/SmeSupport" },
        { DemoAccounts.CityAdmin, "/Admin/ApiTokens" },
        { DemoAccounts.CityAdmin, "/Admin/ApiTokens?page=2" },
        { DemoAccounts.AgencyAdmin, "/Staff/Imports" },
        { DemoAccounts.CityAdmin, "/Staff/Imports" },
        { DemoAccounts.CityAdmin, "/Dashboard" },
        { DemoAccounts.CityAdmin, "/Dashboard?year=2025&from=2&to=5&group=women&dim=Industry&kpi=VacancyDays" },
        { DemoAccounts.CityAdmin, "/Dashboard/Mismatch" },
        { DemoAccounts.CityAdmin, "/Dashboard/Mismatch?major=5&sort=surplus&page=2" },
        { DemoAccounts.CityAdmin, "/Dashboard/SupportedFirms" },
        { DemoAccounts.CityAdmin, "/Dashboard/Monthly" },
        { DemoAccounts.CityAdmin, "/Dashboard/Monthly?year=2025&month=12" },
        { DemoAccounts.CityAdmin, "/Admin/Targets" },
        { DemoAccounts.AgencyAdmin, "/Dashboard" },
        { DemoAccounts.AgencyAdmin, "/Dashboard/Mismatch" },
        { DemoAccounts.AgencyAdmin, "/Dashboard/SupportedFirms" },
        { DemoAccounts.AgencyAdmin, "/Dashboard/Monthly" },
    };

    public static TheoryData<string, string> ForbiddenPages => new()
    {
        { DemoAccounts.Seeker, "/Employer/Postings" },
        { DemoAccounts.Seeker, "/Staff" },
        { DemoAccounts.Seeker, "/Admin/Organisations" },
        { DemoAccounts.Employer, "/Seeker/Profile" },
        { DemoAccounts.Employer, "/Seeker/MyData" },
        { DemoAccounts.Counselor, "/Seeker/Sensitive" },
        { DemoAccounts.CityAdmin, "/Seeker/DeleteAccount" },
        { DemoAccounts.Employer, "/Staff" },
        { DemoAccounts.Counselor, "/Staff/Users" },
        { DemoAccounts.Counselor, "/Employer/Postings" },
        { DemoAccounts.AgencyAdmin, "/Admin/Organisations" },
        { DemoAccounts.Seeker, "/Board/Write" },
        { DemoAccounts.Seeker, "/Staff/Shared" },
        { DemoAccounts.Seeker, "/Admin/AccessLog" },
        { DemoAccounts.Employer, "/Staff/Shared" },
        { DemoAccounts.Employer, "/Seeker/Consents" },
        { DemoAccounts.Counselor, "/Admin/AccessLog" },
        { DemoAccounts.AgencyAdmin, "/Admin/AccessLog" },
        { DemoAccounts.Seeker, "/Admin/AccessGrants" },
        { DemoAccounts.Counselor, "/Admin/AccessGrants" },
        { DemoAccounts.AgencyAdmin, "/Admin/AccessGrants" },
        { DemoAccounts.Counselor, "/Staff/Users/Manage/any-id" },
        { DemoAccounts.Employer, "/Staff/Users/Manage/any-id" },
        { DemoAccounts.CityAdmin, "/Staff/Shared" },
        { DemoAccounts.Seeker, "/Staff/Events" },
        { DemoAccounts.Seeker, "/Staff/Incentives" },
        { DemoAccounts.Seeker, "/Employer/Finance" },
        { DemoAccounts.Seeker, "/Staff/Finance" },
        { DemoAccounts.Counselor, "/Staff/Finance" },
        { DemoAccounts.Employer, "/Seeker/Incentive" },
        { DemoAccounts.CityAdmin, "/Staff/Incentives" },
        { DemoAccounts.Seeker, "/Employer/Events" },
        { DemoAccounts.Employer, "/Seeker/Events" },
        { DemoAccounts.Employer, "/Staff/Events/Edit" },
        { DemoAccounts.CityAdmin, "/Staff/Events" },
        { DemoAccounts.Seeker, "/Staff/Programs" },
        { DemoAccounts.CityAdmin, "/Staff/Programs" },
        { DemoAccounts.Seeker, "/Staff/Programs/Edit" },
        { DemoAccounts.CityAdmin, "/Staff/Programs/Edit" },
        { DemoAccounts.Employer, "/Seeker/Programs" },
        { DemoAccounts.Seeker, "/Admin/Incentives" },
        { DemoAccounts.Counselor, "/Admin/Incentives" },
        { DemoAccounts.AgencyAdmin, "/Admin/Incentives/Batches" },
        { DemoAccounts.Counselor, "/Admin/Incentives/Report" },
        { DemoAccounts.Seeker, "/Staff/SocialEconomy" },
        { DemoAccounts.Employer, "/Staff/SocialEconomy/List" },
        { DemoAccounts.Counselor, "/Staff/SocialEconomy" },
        { DemoAccounts.MerchantCounselor, "/Staff/SocialEconomy/List" },
        { DemoAccounts.CityAdmin, "/Staff/SocialEconomy/Edit" },
        { DemoAccounts.Seeker, "/Employer/Support" },
        { DemoAccounts.Seeker, "/Employer/Support/Difficulties" },
        { DemoAccounts.Seeker, "/Staff/SmeSupport" },
        { DemoAccounts.Employer, "/Staff/SmeSupport" },
        { DemoAccounts.Employer, "/Staff/SmeSupport/Difficulties" },
        { DemoAccounts.CityAdmin, "/Staff/SmeSupport/Edit" },
        { DemoAccounts.CityAdmin, "/Staff/SmeSupport/Difficulties" },
        { DemoAccounts.AgencyAdmin, "/Admin/ApiTokens" },
        { DemoAccounts.Counselor, "/Admin/ApiTokens" },
        { DemoAccounts.Employer, "/Admin/ApiTokens" },
        { DemoAccounts.Counselor, "/Staff/Imports" },
        { DemoAccounts.Employer, "/Staff/Imports" },
        { DemoAccounts.Seeker, "/Staff/Imports" },
        { DemoAccounts.Counselor, "/Staff/Imports/Run/1" },
        { DemoAccounts.Seeker, "/Dashboard" },
        { DemoAccounts.Employer, "/Dashboard/Mismatch" },
        { DemoAccounts.Seeker, "/Dashboard/Monthly" },
        { DemoAccounts.Counselor, "/Dashboard" },
        { DemoAccounts.Counselor, "/Dashboard/SupportedFirms" },
        { DemoAccounts.AgencyAdmin, "/Admin/Targets" },
    };

    [Fact]
    public async Task Public_pages_render_for_anonymous_visitors()
    {
        var client = app.Client();
        foreach (var url in PublicPages)
        {
            var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(AllowedPages))]
    public async Task Pages_render_for_roles_that_may_see_them(string account, string url)
    {
        var client = await app.SignedInAsync(account);
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lang=\"ko\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ForbiddenPages))]
    public async Task Other_roles_are_refused_with_a_Korean_403(string account, string url)
    {
        var client = await app.SignedInAsync(account);
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var denied = await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("접근 권한이 없습니다", await denied.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Seeker/Profile")]
    [InlineData("/Employer/Postings")]
    [InlineData("/Staff")]
    [InlineData("/Staff/Users")]
    [InlineData("/Admin/Organisations")]
    [InlineData("/Admin/AccessLog")]
    [InlineData("/Admin/AccessGrants")]
    [InlineData("/Account/TwoFactor")]
    [InlineData("/Staff/Users/Manage/any-id")]
    [InlineData("/Seeker/Consents")]
    [InlineData("/Staff/Shared")]
    [InlineData("/Messages")]
    [InlineData("/Notifications")]
    [InlineData("/Board/Write")]
    [InlineData("/Board/Subscription")]
    [InlineData("/Seeker/Events")]
    [InlineData("/Employer/Events")]
    [InlineData("/Staff/Events")]
    [InlineData("/Events/Queue/1")]
    [InlineData("/Seeker/Programs")]
    [InlineData("/Staff/Programs/Edit")]
    [InlineData("/Programs/Certificate/1")]
    [InlineData("/Admin/Incentives")]
    [InlineData("/Staff/SocialEconomy")]
    [InlineData("/Employer/Support")]
    [InlineData("/Staff/SmeSupport")]
    [InlineData("/Admin/ApiTokens")]
    [InlineData("/Staff/Imports")]
    [InlineData("/Dashboard")]
    [InlineData("/Admin/Targets")]
    public async Task Anonymous_visitors_are_sent_to_login(string url)
    {
        var response = await app.Client().GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_pages_get_the_Korean_404_page()
    {
        var response = await app.Client().GetAsync("/no/such/page", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("페이지를 찾을 수 없습니다", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
