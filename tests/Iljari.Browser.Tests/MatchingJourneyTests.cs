using Iljari.Web.Infrastructure;
using Microsoft.Playwright;

namespace Iljari.Browser.Tests;

/// <summary>
/// An employer finds the demo seeker among 추천 인재 (masked) and proposes an interview; the seeker sees
/// 추천 일자리 with reasons, hides one with 관심 없음 and accepts the proposal; the employer then sees the name.
/// </summary>
public class MatchingJourneyTests(BrowserFixture fx)
{
    [Fact]
    public async Task Employer_proposes_to_a_masked_candidate_and_the_seeker_accepts()
    {
        var employer = await fx.SignInAsync(DemoAccounts.Employer);
        await employer.GotoAsync("/Employer/Postings");
        await employer.ClickAsync("text=추천 인재");
        await employer.WaitForURLAsync("**/Employer/Postings/Candidates/*");
        var card = employer.Locator(".rec-card", new() { HasText = "김*늘" });
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(employer.Locator("main")).Not.ToContainTextAsync("김하늘");
        await Assertions.Expect(card.Locator(".tags.reasons")).ToContainTextAsync("요구 자격증 보유: 바리스타 2급");
        await BrowserFixture.AssertAccessibleAsync(employer);
        await card.Locator("summary", new() { HasText = "면접 제안" }).ClickAsync();
        await card.Locator("textarea").FillAsync("목요일 오후 2시에 매장에서 면접 가능하실까요?");
        await card.Locator("button", new() { HasText = "면접 제안 보내기" }).ClickAsync();
        await Assertions.Expect(employer.Locator("[role=status], .notice").First).ToBeVisibleAsync();
        await Assertions.Expect(employer.Locator(".rec-card", new() { HasText = "김*늘" })).ToContainTextAsync("응답 대기");

        var seeker = await fx.SignInAsync(DemoAccounts.Seeker);
        await seeker.ClickAsync("nav[aria-label='주 메뉴'] >> text=추천 일자리");
        await seeker.WaitForURLAsync("**/Seeker/Recommendations");
        var first = seeker.Locator(".rec-card").First;
        await Assertions.Expect(first.Locator(".tags.reasons li").First).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(seeker);
        var title = await first.Locator("h3 a").InnerTextAsync();
        await first.Locator("button", new() { HasText = "관심 없음" }).ClickAsync();
        await Assertions.Expect(seeker.Locator("body")).ToContainTextAsync("관심 없음으로 표시했습니다");
        await Assertions.Expect(seeker.Locator(".rec-list h3", new() { HasText = title })).ToHaveCountAsync(0);

        await seeker.ClickAsync("nav[aria-label='주 메뉴'] >> text=면접 제안");
        await Assertions.Expect(seeker.Locator("blockquote")).ToContainTextAsync("목요일 오후 2시");
        await BrowserFixture.AssertAccessibleAsync(seeker);
        await seeker.Locator("button", new() { HasText = "수락" }).ClickAsync();
        await Assertions.Expect(seeker.Locator("body")).ToContainTextAsync("면접 제안을 수락했습니다");

        await employer.ReloadAsync();
        await Assertions.Expect(employer.Locator("main")).ToContainTextAsync("김하늘");
        await Assertions.Expect(employer.Locator("main")).ToContainTextAsync("010-2345-6789");
    }
}
