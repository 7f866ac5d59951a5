using System.Net;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>A company withdraws its booth before the timetable is out; the organisers cancel the event and everyone in it is told.</summary>
public class EventCancellationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_withdrawn_booth_can_no_longer_be_chosen_and_a_cancelled_event_leaves_the_calendar_with_everyone_told()
    {
        var title = $"취소 확인 현장면접 {Guid.NewGuid().ToString("N")[..4]}";
        var id = await app.PublishedEventAsync(title);
        var boothId = await app.ApprovedBoothAsync(id, await app.OwnCompanyIdAsync(), await app.OwnOpenPostingAsync(), 20, interviewers: 2);
        var seekerId = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        await app.RegisterAsync(id, (seekerId, [boothId]));
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var (manage, boothPage, detail) = ($"/Staff/Events/Manage/{id}", $"/Employer/Events/Booth/{id}", $"/Events/Detail/{id}");

        // Staff try a timetable (not published): the seeker gets the booth.
        var schedule = $"/Staff/Events/Schedule/{id}";
        await Forms.PostAsync(staff, $"{schedule}?handler=Run", new(), tokenFrom: schedule);
        Assert.Equal(1, await app.WithDbAsync(db => db.EventInterviews.CountAsync(i => i.BoothId == boothId, Ct)));

        // The company withdraws: the trial interview goes, and nobody can choose the booth any more.
        Assert.Contains("부스 신청 철회", await employer.GetStringAsync(boothPage, Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(employer, $"{boothPage}?handler=Withdraw", new(), tokenFrom: boothPage)).StatusCode);
        Assert.Equal(BoothStatus.Withdrawn, await app.WithDbAsync(db => db.EventBooths.Where(b => b.Id == boothId).Select(b => b.Status).SingleAsync(Ct)));
        Assert.Equal(0, await app.WithDbAsync(db => db.EventInterviews.CountAsync(i => i.BoothId == boothId, Ct)));
        Assert.DoesNotContain($"value=\"{boothId}\"", await seeker.GetStringAsync(detail, Ct), StringComparison.Ordinal);
        await Forms.PostAsync(staff, $"{schedule}?handler=Run", new(), tokenFrom: schedule);
        Assert.Equal(0, await app.WithDbAsync(db => db.EventInterviews.CountAsync(i => i.EventId == id, Ct)));

        // Another agency's staff cannot cancel it; its own staff can, and the seeker and the company are told.
        var other = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(other, $"{manage}?handler=CancelEvent", new(), tokenFrom: "/Notifications/Settings")).StatusCode);
        Assert.Equal(EventStatus.Published, await app.WithDbAsync(db => db.HiringEvents.Where(e => e.Id == id).Select(e => e.Status).SingleAsync(Ct)));
        await Forms.PostAsync(staff, $"{manage}?handler=CancelEvent", new(), tokenFrom: manage);
        Assert.Equal(EventStatus.Cancelled, await app.WithDbAsync(db => db.HiringEvents.Where(e => e.Id == id).Select(e => e.Status).SingleAsync(Ct)));
        Assert.Contains("행사를 취소했습니다. 참가자 1명과 참여 기업 0곳에 알렸습니다.", await staff.GetStringAsync(manage, Ct), StringComparison.Ordinal);
        var seekerUser = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Seeker).Select(u => u.Id).SingleAsync(Ct));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == seekerUser && n.Title.Contains(title) && n.Title.Contains("취소되었습니다"), Ct)));

        // Off the public calendar; the seeker's page says so and shows no entry code; no new registration.
        Assert.DoesNotContain(title, await app.Client().GetStringAsync("/Events", Ct), StringComparison.Ordinal);
        var mine = await seeker.GetStringAsync("/Seeker/Events", Ct);
        var card = mine[mine.IndexOf($"id=\"ev-{id}\"", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("주최 기관이 이 행사를 취소했습니다", card, StringComparison.Ordinal);
        Assert.DoesNotContain("입장 QR 코드", card, StringComparison.Ordinal);
        Assert.DoesNotContain("행사 취소</button>", await staff.GetStringAsync(manage, Ct), StringComparison.Ordinal);
    }
}
