using Iljari.Web.Infrastructure;
using Microsoft.Playwright;

namespace Iljari.Browser.Tests;

/// <summary>
/// Staff sign-in with the second step, the enrolment page a seeker sees, and the city admin's access-rights pages,
/// in Chromium with axe on every screen.
/// </summary>
public class StaffSecurityJourneyTests(BrowserFixture fx)
{
    [Fact]
    public async Task Staff_pass_the_second_step_and_the_city_admin_reads_the_access_rights_records()
    {
        var city = await fx.SignInAsync(DemoAccounts.CityAdmin, async step =>
        {
            await Assertions.Expect(step.Locator("h1")).ToHaveTextAsync("2단계 인증");
            await BrowserFixture.AssertAccessibleAsync(step);
        });
        await city.GotoAsync("/Admin/AccessGrants?GrantedBy=데모");
        await Assertions.Expect(city.Locator("main table")).ToContainTextAsync(DemoAccounts.Counselor);
        await BrowserFixture.AssertAccessibleAsync(city);

        await city.GotoAsync("/Staff/Users");
        await city.ClickAsync("a:has-text('이수진')");
        await Assertions.Expect(city.Locator("h1")).ToContainTextAsync("계정 권한");
        await BrowserFixture.AssertAccessibleAsync(city);

        var seeker = await fx.SignInAsync(DemoAccounts.Seeker);
        await seeker.GotoAsync("/Account/TwoFactor");
        await Assertions.Expect(seeker.Locator(".qr-code svg")).ToHaveCountAsync(1);
        await BrowserFixture.AssertAccessibleAsync(seeker);
    }
}
