using System.Net;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>An app with the production rule: an authenticator code is accepted once.</summary>
public sealed class OneTimeCodesApp : IljariApp
{
    protected override bool RejectReusedCodes => true;
}

/// <summary>A TOTP code signs in once; the same code again (inside its window) is refused, the app's next code works.</summary>
public class AuthenticatorReplayTests(OneTimeCodesApp app) : IClassFixture<OneTimeCodesApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_code_that_signed_in_once_is_refused_the_second_time()
    {
        var now = DateTimeOffset.UtcNow;
        var code = Totp.Code(DemoAccounts.AuthenticatorKey, now);
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(code)).StatusCode);

        var replay = await SecondStepAsync(code);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("이미 사용했거나", await replay.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // The app's next code (30 s on, inside the drift window) is new and works; the one before it is then spent too.
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(Totp.Code(DemoAccounts.AuthenticatorKey, now.AddSeconds(30)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(Totp.Code(DemoAccounts.AuthenticatorKey, now.AddSeconds(-30)))).StatusCode);
    }

    /// <summary>A fresh browser: password, then <paramref name="code"/> on the second step.</summary>
    private async Task<HttpResponseMessage> SecondStepAsync(string code)
    {
        var client = app.Client();
        var login = await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = DemoAccounts.Counselor, ["Password"] = DemoAccounts.Password });
        Assert.Contains("/Account/LoginWith2fa", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return await Forms.PostAsync(client, "/Account/LoginWith2fa", new() { ["Code"] = code });
    }
}
