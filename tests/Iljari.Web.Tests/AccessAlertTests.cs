using System.Net;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Sharing;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>
/// 접속기록 이상 징후: an account that views 101 different people within an hour raises one alert (a second scan extends
/// it, no twin); an account at exactly 100 does not. City admins are notified, see the alert on the access-log page and
/// acknowledge it, and who acknowledged it and when is kept.
/// </summary>
public class AccessAlertTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_account_viewing_101_people_in_an_hour_raises_one_alert_that_the_city_admin_acknowledges()
    {
        var counselor = await app.UserIdAsync(DemoAccounts.Counselor);
        var partner = await app.UserIdAsync(DemoAccounts.PartnerCounselor);
        var cityAdmin = await app.UserIdAsync(DemoAccounts.CityAdmin);
        var start = DateTime.UtcNow.AddMinutes(-50);
        var views = Enumerable.Range(0, 101).Select(i => View(counselor, DemoAccounts.Counselor, start.AddSeconds(i * 20), 900_000 + i))
            // Views of the same person again do not make more people.
            .Concat(Enumerable.Range(0, 60).Select(i => View(counselor, DemoAccounts.Counselor, start.AddSeconds(i * 30), 900_000)))
            // Exactly the threshold is allowed.
            .Concat(Enumerable.Range(0, 100).Select(i => View(partner, DemoAccounts.PartnerCounselor, start.AddSeconds(i * 20), 800_000 + i)))
            .OrderBy(e => e.At);
        await app.AppendAccessLogAsync(views);

        // The hosted scan may also run meanwhile; however many scans see the burst, it is one alert.
        await ScanAsync();
        await ScanAsync();
        var alert = Assert.Single(await app.WithDbAsync(db => db.AccessAlerts.ToListAsync(Ct)));
        Assert.Equal((counselor, DemoAccounts.Counselor, 101, 100), (alert.UserId, alert.UserName, alert.DistinctSubjects, alert.Threshold));
        Assert.Null(alert.AcknowledgedAt);
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == cityAdmin && n.Kind == NotificationKind.Security, Ct)));

        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var page = await city.GetStringAsync("/Admin/AccessLog", Ct);
        Assert.Contains("이상 징후 알림", page, StringComparison.Ordinal);
        Assert.Contains("101명 (기준 100명 초과)", page, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.PartnerCounselor + "</a>", page, StringComparison.Ordinal);

        var ack = await Forms.PostAsync(city, "/Admin/AccessLog?handler=Acknowledge", new() { ["alertId"] = alert.Id.ToString() }, "/Admin/AccessLog");
        Assert.Equal(HttpStatusCode.Redirect, ack.StatusCode);
        var done = await app.WithDbAsync(db => db.AccessAlerts.SingleAsync(a => a.Id == alert.Id, Ct));
        Assert.Equal(cityAdmin, done.AcknowledgedByUserId);
        Assert.NotNull(done.AcknowledgedAt);
        Assert.Contains($"{DemoAccounts.CityAdmin} · ", await city.GetStringAsync("/Admin/AccessLog", Ct), StringComparison.Ordinal);
    }

    private static AccessLogEntry View(string userId, string userName, DateTime at, int subject) =>
        new(at, userId, userName, null, "127.0.0.1", subject, AccessActions.ClientView, "테스트 열람");

    private async Task ScanAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccessVolumeMonitor>().ScanAsync(Ct);
    }
}
