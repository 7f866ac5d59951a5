using System.Net;
using Iljari.Core.Domain.Accounts;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>Staff sign in with a second factor (TOTP); new staff change the temporary password and enrol before anything else.</summary>
public class StaffAuthenticationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_must_pass_the_authenticator_step_and_a_wrong_code_is_refused_in_Korean()
    {
        var client = app.Client();
        var login = await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = DemoAccounts.Counselor, ["Password"] = DemoAccounts.Password });
        Assert.Contains("/Account/LoginWith2fa", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // The password alone signs nobody in.
        Assert.Contains("/Account/Login", (await client.GetAsync("/Staff", Ct)).Headers.Location!.OriginalString, StringComparison.Ordinal);

        var wrong = await Forms.PostAsync(client, "/Account/LoginWith2fa", new() { ["Code"] = StaffSetup.WrongCode(DemoAccounts.AuthenticatorKey) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("인증 코드가 올바르지 않거나, 이미 사용했거나, 유효 시간(30초)이 지났습니다", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var right = await Forms.PostAsync(client, "/Account/LoginWith2fa", new() { ["Code"] = Totp.Now(DemoAccounts.AuthenticatorKey) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Staff", Ct)).StatusCode);
    }

    [Fact]
    public async Task New_staff_change_the_temporary_password_then_enrol_before_reaching_any_page()
    {
        const string email = "enrol-journey@example.kr";
        var admin = await app.SignedInAsync(DemoAccounts.AgencyAdmin);
        var created = await Forms.PostAsync(admin, "/Staff/Users/Create", new()
        {
            ["Input.Email"] = email, ["Input.Name"] = "신입직원", ["Input.Role"] = Roles.Counselor, ["Input.TemporaryPassword"] = "temp-2026-pw",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var staff = app.Client();
        var login = await Forms.PostAsync(staff, "/Account/Login", new() { ["Email"] = email, ["Password"] = "temp-2026-pw" });
        Assert.Equal("/Account/ChangePassword", login.Headers.Location!.OriginalString);
        await AssertHeldAtAsync(staff, "/Account/ChangePassword");
        var api = await staff.GetAsync("/api/v1/postings", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("임시 비밀번호", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var changed = await Forms.PostAsync(staff, "/Account/ChangePassword", new() { ["Current"] = "temp-2026-pw", ["New"] = "own-pass-2026", ["Confirm"] = "own-pass-2026" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await AssertHeldAtAsync(staff, "/Account/TwoFactor");

        var page = await staff.GetStringAsync("/Account/TwoFactor", Ct);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("반드시 등록해야 합니다", page, StringComparison.Ordinal);
        var key = Forms.FirstMatch(page, "class=\"authenticator-key\">([A-Z2-7 ]+)<").Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(32, key.Length);

        var wrong = await Forms.PostAsync(staff, "/Account/TwoFactor?handler=Enable", new() { ["Code"] = StaffSetup.WrongCode(key) }, tokenFrom: "/Account/TwoFactor");
        Assert.Contains("인증 코드가 올바르지 않거나", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var enabled = await Forms.PostAsync(staff, "/Account/TwoFactor?handler=Enable", new() { ["Code"] = Totp.Now(key) }, tokenFrom: "/Account/TwoFactor");
        var shown = await enabled.Content.ReadAsStringAsync(Ct);
        Assert.Contains("지금 한 번만 표시됩니다", shown, StringComparison.Ordinal);
        var recovery = Forms.FirstMatch(shown, "<li><code>([^<]+)</code></li>");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Staff", Ct)).StatusCode);

        // Next time: the password, then a recovery code instead of the app; a used recovery code does not work twice.
        Assert.Equal(HttpStatusCode.OK, (await RecoverySignInAsync(email, recovery)).StatusCode);
        var again = await RecoverySignInAsync(email, recovery, expectSuccess: false);
        Assert.Contains("이미 사용한 코드", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_authenticator_codes_count_towards_the_lockout()
    {
        const string email = "tfa-lockout@example.kr";
        await app.NewStaffAsync(email);
        var client = app.Client();
        await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = email, ["Password"] = StaffSetup.Password });
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++) last = await Forms.PostAsync(client, "/Account/LoginWith2fa", new() { ["Code"] = StaffSetup.WrongCode(StaffSetup.Key) });
        Assert.Contains("계정이 잠겼습니다", await last.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var right = await Forms.PostAsync(client, "/Account/LoginWith2fa", new() { ["Code"] = Totp.Now(StaffSetup.Key) });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("계정이 잠겼습니다", await right.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).FirstAsync(Ct)) > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Seekers_sign_in_with_the_password_alone_and_2fa_is_optional_for_them()
    {
        var client = app.Client();
        var login = await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = DemoAccounts.Seeker, ["Password"] = DemoAccounts.Password });
        Assert.Equal("/", login.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Seeker/Profile", Ct)).StatusCode);
        var page = await client.GetStringAsync("/Account/TwoFactor", Ct);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.DoesNotContain("반드시 등록해야 합니다", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_cannot_turn_their_2fa_off()
    {
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        var response = await Forms.PostAsync(counselor, "/Account/TwoFactor?handler=Disable", [], tokenFrom: "/Account/TwoFactor");
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Counselor).Select(u => u.TwoFactorEnabled).FirstAsync(Ct)));
    }

    private async Task AssertHeldAtAsync(HttpClient client, string path)
    {
        foreach (var url in new[] { "/Staff", "/Staff/Clients", "/Messages", "/" })
        {
            var response = await client.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString == path, $"{url} → {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    private async Task<HttpResponseMessage> RecoverySignInAsync(string email, string code, bool expectSuccess = true)
    {
        var client = app.Client();
        await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = email, ["Password"] = "own-pass-2026" });
        var step = await Forms.PostAsync(client, "/Account/LoginWith2fa?Recovery=true", new() { ["Code"] = code, ["Recovery"] = "true" }, tokenFrom: "/Account/LoginWith2fa?Recovery=true");
        if (!expectSuccess) return step;
        Assert.Equal(HttpStatusCode.Redirect, step.StatusCode);
        return await client.GetAsync("/Staff", Ct);
    }
}
