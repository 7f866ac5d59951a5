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
        var booth1 = await app.ApprovedBoothAsync(id, await app.OwnCompanyIdAsync(), await app.OwnOpenPostingAsync(), 20, interviewers: 2);
        _ = await app.ForeignEmployerAsync(); // the second company, with an account to be told
        var company2 = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "other-company@example.kr").Select(u => u.OrganisationId!.Value).SingleAsync(Ct));
        var booth2 = await app.ApprovedBoothAsync(id, company2, await app.OpenPostingOfAsync(company2), 20);
        var seekerId = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        await app.RegisterAsync(id, (seekerId, [booth1, booth2]));
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var (manage, boothPage, detail) = ($"/Staff/Events/Manage/{id}", $"/Employer/Events/Booth/{id}", $"/Events/Detail/{id}");
        Task<List<string>> TitlesOfAsync(string email) => app.WithDbAsync(db => db.Notifications
            .Where(n => db.Users.Any(u => u.Id == n.UserId && u.Email == email) && n.Title.Contains(title)).Select(n => n.Title).ToListAsync(Ct));

        // Staff try a timetable (not published): the seeker gets both booths.
        var schedule = $"/Staff/Events/Schedule/{id}";
        await Forms.PostAsync(staff, $"{schedule}?handler=Run", new(), tokenFrom: schedule);
        Assert.Equal(2, await app.WithDbAsync(db => db.EventInterviews.CountAsync(i => i.EventId == id, Ct)));

        // The demo company withdraws: its trial interview goes, nobody can choose it any more, and the organiser and the
        // seeker who ranked it are told.
        Assert.Contains("부스 신청 철회", await employer.GetStringAsync(boothPage, Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(employer, $"{boothPage}?handler=Withdraw", new(), tokenFrom: boothPage)).StatusCode);
        Assert.Equal(BoothStatus.Withdrawn, await app.WithDbAsync(db => db.EventBooths.Where(b => b.Id == booth1).Select(b => b.Status).SingleAsync(Ct)));
        Assert.Equal(0, await app.WithDbAsync(db => db.EventInterviews.CountAsync(i => i.BoothId == booth1, Ct)));
        Assert.Equal(1, await app.WithDbAsync(db => db.EventInterviews.CountAsync(i => i.BoothId == booth2, Ct)));
        Assert.DoesNotContain($"value=\"{booth1}\"", await seeker.GetStringAsync(detail, Ct), StringComparison.Ordinal);
        Assert.Contains(await TitlesOfAsync(DemoAccounts.Seeker), t => t.Contains("참여하지 않게 되었습니다"));
        Assert.Contains(await TitlesOfAsync(DemoAccounts.Counselor), t => t.Contains("부스 신청이 철회되었습니다"));

        // Another agency's staff cannot cancel it; its own staff can: the seeker and the remaining booth's company are
        // told, and the interview not yet held goes.
        var other = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(other, $"{manage}?handler=CancelEvent", new(), tokenFrom: "/Notifications/Settings")).StatusCode);
        Assert.Equal(EventStatus.Published, await app.WithDbAsync(db => db.HiringEvents.Where(e => e.Id == id).Select(e => e.Status).SingleAsync(Ct)));
        await Forms.PostAsync(staff, $"{manage}?handler=CancelEvent", new(), tokenFrom: manage);
        Assert.Equal(EventStatus.Cancelled, await app.WithDbAsync(db => db.HiringEvents.Where(e => e.Id == id).Select(e => e.Status).SingleAsync(Ct)));
        Assert.Contains("행사를 취소했습니다. 참가자 1명과 참여 기업 1곳에 알렸습니다.", await staff.GetStringAsync(manage, Ct), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.EventInterviews.CountAsync(i => i.EventId == id, Ct)));
        Assert.Contains(await TitlesOfAsync(DemoAccounts.Seeker), t => t.Contains("취소되었습니다"));
        Assert.Contains(await TitlesOfAsync("other-company@example.kr"), t => t.Contains("취소되었습니다"));
        Assert.DoesNotContain(await TitlesOfAsync(DemoAccounts.Employer), t => t.Contains("취소되었습니다")); // withdrew before

        // Off the public calendar; the seeker's page says so and shows no entry code; staff are offered no second cancel.
        Assert.DoesNotContain(title, await app.Client().GetStringAsync("/Events", Ct), StringComparison.Ordinal);
        var mine = await seeker.GetStringAsync("/Seeker/Events", Ct);
        var card = mine[mine.IndexOf($"id=\"ev-{id}\"", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("주최 기관이 이 행사를 취소했습니다", card, StringComparison.Ordinal);
        Assert.DoesNotContain("입장 QR 코드", card, StringComparison.Ordinal);
        Assert.DoesNotContain("행사 취소</button>", await staff.GetStringAsync(manage, Ct), StringComparison.Ordinal);
    }
}
