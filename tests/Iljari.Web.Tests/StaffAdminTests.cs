using System.Net;
using Iljari.Core.Domain.Accounts;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>Staff accounts and agencies are created by admins, within their reach.</summary>
public class StaffAdminTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task City_admin_adds_an_agency_and_a_duplicate_code_is_refused()
    {
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var added = await Forms.PostAsync(city, "/Admin/Organisations?handler=AddAgency",
            new() { ["NewAgency.Name"] = "고양시 청년센터", ["NewAgency.Code"] = "GOYANG-YOUTH-2" }, tokenFrom: "/Admin/Organisations");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var again = await Forms.PostAsync(city, "/Admin/Organisations?handler=AddAgency",
            new() { ["NewAgency.Name"] = "다른 이름", ["NewAgency.Code"] = "GOYANG-YOUTH-2" }, tokenFrom: "/Admin/Organisations");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("이미 있습니다", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Agencies.CountAsync(a => a.Code == "GOYANG-YOUTH-2", Ct)));
    }

    [Fact]
    public async Task Agency_admin_creates_a_counselor_of_their_own_agency_who_must_change_the_password()
    {
        var admin = await app.SignedInAsync(DemoAccounts.AgencyAdmin);
        var created = await Forms.PostAsync(admin, "/Staff/Users/Create", new()
        {
            ["Input.Email"] = "new-counselor@example.kr", ["Input.Name"] = "한상담", ["Input.Role"] = Roles.Counselor,
            ["Input.TemporaryPassword"] = "temp-2026-pw",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (agency, mustChange) = await app.WithDbAsync(async db =>
        {
            var u = await db.Users.Include(x => x.Organisation).FirstAsync(x => x.Email == "new-counselor@example.kr", Ct);
            return (u.Organisation!.Name, u.MustChangePassword);
        });
        Assert.Equal("고양시 일자리센터", agency);
        Assert.True(mustChange);

        var counselor = app.Client();
        var login = await Forms.PostAsync(counselor, "/Account/Login", new() { ["Email"] = "new-counselor@example.kr", ["Password"] = "temp-2026-pw" });
        Assert.Contains("/Account/ChangePassword", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agency_admin_cannot_create_a_city_admin()
    {
        var admin = await app.SignedInAsync(DemoAccounts.AgencyAdmin);
        var response = await Forms.PostAsync(admin, "/Staff/Users/Create", new()
        {
            ["Input.Email"] = "sneaky@example.kr", ["Input.Name"] = "권한상승", ["Input.Role"] = Roles.CityAdmin,
            ["Input.TemporaryPassword"] = "temp-2026-pw",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("선택할 수 없는 역할입니다", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "sneaky@example.kr", Ct)));
    }
}
