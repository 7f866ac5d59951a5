using System.Net;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Iljari.Web.Tests;

/// <summary>An app on a clock the test moves, with a 10-minute staff idle limit.</summary>
public sealed class IdleClockApp : IljariApp
{
    public const int StaffIdleMinutes = 10;
    // Starts at the real time, so authenticator codes computed from the real clock are accepted.
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Iljari:Security:StaffIdleMinutes", StaffIdleMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>A staff session ends after the configured idle time (sliding); a seeker's keeps the general 30 minutes.</summary>
public class StaffSessionTests(IdleClockApp app) : IClassFixture<IdleClockApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_idle_staff_session_is_refused_after_the_idle_time_but_activity_keeps_it_alive()
    {
        _ = app.Services; // start the host, then catch its clock up with the real one (codes are computed from real time)
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Staff", Ct)).StatusCode);

        // Activity within the limit slides the window on (the cookie is renewed past half its life).
        app.Clock.Advance(TimeSpan.FromMinutes(IdleClockApp.StaffIdleMinutes - 2));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Staff", Ct)).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(IdleClockApp.StaffIdleMinutes - 2));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Staff", Ct)).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(IdleClockApp.StaffIdleMinutes + 1));
        var idle = await staff.GetAsync("/Staff", Ct);
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.Contains("/Account/Login", idle.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // 27 minutes after the seeker's last request: within the seekers' 30.
        Assert.Equal(HttpStatusCode.OK, (await seeker.GetAsync("/Seeker/Profile", Ct)).StatusCode);
    }
}
