using Iljari.Core.Domain.Postings;
using Microsoft.EntityFrameworkCore;
using Iljari.Web.Infrastructure;
using Microsoft.Playwright;

namespace Iljari.Browser.Tests;

/// <summary>
/// 알선 end to end: a counselor refers a client to the demo employer's posting; the employer moves the application to
/// 면접 and 채용; the client sees the timeline and the notification. axe checks each page on the way.
/// </summary>
public class ReferralJourneyTests(BrowserFixture fx)
{
    [Fact]
    public async Task Counselor_refers_a_client_the_employer_hires_and_the_client_sees_it()
    {
        // A generated client of the demo counselor (not the demo seeker, whom the matching journey uses).
        var client = await fx.App.WithDbAsync(db => db.CaseAssignments
            .Where(a => a.CounselorUserId != null && a.SeekerProfileId != db.SeekerProfiles.Where(s => s.Email == DemoAccounts.Seeker).Select(s => s.Id).First())
            .Join(db.SeekerProfiles, a => a.SeekerProfileId, s => s.Id, (a, s) => new { s.Id, s.Name, s.Email })
            .OrderBy(x => x.Id).FirstAsync());
        var posting = await fx.App.WithDbAsync(db => db.JobPostings
            .Where(p => p.Company!.BusinessNumber == DemoAccounts.CompanyBusinessNumber && p.Status == PostingStatus.Open).Select(p => new { p.Id, p.Title }).FirstAsync());

        var counselor = await fx.SignInAsync(DemoAccounts.Counselor);
        await counselor.GotoAsync($"/Jobs/Detail/{posting.Id}");
        await counselor.ClickAsync("summary:has-text('담당 구직자 알선')");
        await counselor.SelectOptionAsync("#clientId", new SelectOptionValue { Label = client.Name });
        await counselor.FillAsync("#refer-note", "카페 근무 경험이 있고 주말 근무가 가능합니다.");
        await BrowserFixture.AssertAccessibleAsync(counselor);
        await counselor.ClickAsync("button:has-text('이 공고에 알선')");
        await Assertions.Expect(counselor.Locator("[role=status], .notice").First).ToContainTextAsync("알선했습니다");
        await counselor.GotoAsync($"/Staff/Clients/Case/{client.Id}");
        await Assertions.Expect(counselor.Locator("h1")).ToContainTextAsync(client.Name);
        await BrowserFixture.AssertAccessibleAsync(counselor);

        var employer = await fx.SignInAsync(DemoAccounts.Employer);
        await employer.GotoAsync($"/Employer/Postings/Applicants/{posting.Id}");
        var card = employer.Locator(".rec-card", new() { HasText = client.Name });
        await Assertions.Expect(card).ToContainTextAsync("카페 근무 경험이 있고");
        await Assertions.Expect(card).ToContainTextAsync("알선");
        await card.Locator("input[type=datetime-local]").FillAsync("2099-12-03T14:00");
        await card.Locator("button", new() { HasText = "면접 진행" }).ClickAsync();
        card = employer.Locator(".rec-card", new() { HasText = client.Name });
        await Assertions.Expect(card.Locator(".status")).ToHaveTextAsync("면접");
        await BrowserFixture.AssertAccessibleAsync(employer);
        await card.Locator("button", new() { HasText = "채용" }).ClickAsync();
        card = employer.Locator(".rec-card", new() { HasText = client.Name });
        await Assertions.Expect(card.Locator(".status")).ToHaveTextAsync("채용");
        await Assertions.Expect(card).ToContainTextAsync("입사");

        var seeker = await fx.SignInAsync(client.Email);
        await Assertions.Expect(seeker.Locator("header a[href='/Notifications']")).ToContainTextAsync("안 읽음");
        await seeker.ClickAsync("nav[aria-label='주 메뉴'] >> text=지원 현황");
        var mine = seeker.Locator(".rec-card", new() { HasText = posting.Title });
        await Assertions.Expect(mine.Locator(".timeline")).ToContainTextAsync("접수");
        await Assertions.Expect(mine.Locator(".timeline")).ToContainTextAsync("면접");
        await Assertions.Expect(mine.Locator(".timeline")).ToContainTextAsync("채용");
        await BrowserFixture.AssertAccessibleAsync(seeker);
        await seeker.ClickAsync("header a[href='/Notifications']");
        await Assertions.Expect(seeker.Locator(".notification-list")).ToContainTextAsync($"상담사가 ‘{posting.Title}’ 공고에 알선했습니다.");
        await Assertions.Expect(seeker.Locator(".notification-list")).ToContainTextAsync("‘채용’(으)로 바뀌었습니다");
        await BrowserFixture.AssertAccessibleAsync(seeker);
        await seeker.Locator(".notification-list button", new() { HasText = "채용" }).First.ClickAsync();
        await seeker.WaitForURLAsync("**/Seeker/Applications");
    }
}
