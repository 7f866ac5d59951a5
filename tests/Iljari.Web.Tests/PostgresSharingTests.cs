using System.Net;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>Consent queries over the agency array, board filters over list columns, and outbox leases on PostgreSQL.</summary>
public class PostgresSharingTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Consent_gates_the_other_agency_and_each_view_is_logged_once_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        var me = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var partner = await app.PartnerAgencyIdAsync();
        var other = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var detail = $"/Staff/Shared/Detail/{me}";
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(detail, Ct)).StatusCode);

        await Forms.PostPairsAsync(seeker, "/Seeker/Consents?handler=Give",
            [("Consent.Purpose", "직업훈련 연계"), ("Consent.AgencyIds", $"{partner}"), ("Consent.Items", "Resume")], "/Seeker/Consents");
        Assert.Contains("이력서", await other.GetStringAsync(detail, Ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.AccessLog.CountAsync(e => e.SubjectSeekerProfileId == me && e.Action == AccessActions.SharedView, Ct)));

        var consentId = await app.WithDbAsync(db => db.SharingConsents.Where(c => c.SeekerProfileId == me).Select(c => c.Id).SingleAsync(Ct));
        await Forms.PostAsync(seeker, "/Seeker/Consents?handler=Withdraw", new() { ["consentId"] = $"{consentId}" }, tokenFrom: "/Seeker/Consents");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(detail, Ct)).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.AccessLog.CountAsync(e => e.SubjectSeekerProfileId == me && e.Action == AccessActions.SharedView, Ct)));
    }

    [Fact]
    public async Task Board_filters_and_concurrent_outbox_dispatch_work_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        await Forms.PostPairsAsync(employer, "/Board/Write",
            [("Input.Kind", "Program"), ("Input.Title", "중장년 재취업 특강"), ("Input.Body", "내용"), ("Input.Groups", "middle")], "/Board/Write");
        var anonymous = app.Client();
        Assert.Contains("중장년 재취업 특강", await anonymous.GetStringAsync("/Board?Group=middle&District=4128100000", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("중장년 재취업 특강", await anonymous.GetStringAsync("/Board?Group=youth", Ct), StringComparison.Ordinal);

        var userId = await app.UserIdAsync(DemoAccounts.Seeker);
        await app.WithDbAsync(db =>
        {
            for (var i = 0; i < 30; i++)
                db.Outbox.Add(new OutboxMessage(NotificationChannel.Email, userId, DemoAccounts.Seeker, $"동시 {i}", "본문", $"pg-concurrent:{i}", DateTime.UtcNow.AddMinutes(-1)));
            return db.SaveChangesAsync(Ct);
        });
        Assert.Equal(30, (await app.DispatchConcurrentlyAsync("pg-concurrent:")).Count);
    }
}
