using System.Net;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Iljari.Web.Tests;

/// <summary>An app that allows only a few account-form POSTs per minute from one address.</summary>
public sealed class TightLoginLimitApp : IljariApp
{
    public const int PerMinute = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Iljari:Security:AccountFormPostsPerMinute", PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Login, second-step and sign-up POSTs are limited per address (fixed window) and answered with a Korean 429 page.</summary>
public class LoginRateLimitTests(TightLoginLimitApp app) : IClassFixture<TightLoginLimitApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Too_many_login_posts_from_one_address_get_a_Korean_429_and_the_form_still_opens()
    {
        var client = app.Client();
        for (var i = 0; i < TightLoginLimitApp.PerMinute; i++)
        {
            var attempt = await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = "nobody@example.kr", ["Password"] = "wrong-pass-1" });
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }
        var refused = await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = DemoAccounts.Seeker, ["Password"] = DemoAccounts.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Contains("요청이 너무 많습니다", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // Sign-up shares the budget; reading the forms does not use it.
        var signUp = await Forms.PostAsync(client, "/Account/Register", new() { ["Input.Email"] = "late@example.kr" });
        Assert.Equal(HttpStatusCode.TooManyRequests, signUp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login", Ct)).StatusCode);
    }
}
