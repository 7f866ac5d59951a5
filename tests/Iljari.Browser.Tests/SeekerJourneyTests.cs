using Microsoft.Playwright;

namespace Iljari.Browser.Tests;

/// <summary>A job seeker signs up, writes a résumé, searches "바리스타" and opens a posting; every page passes axe.</summary>
public class SeekerJourneyTests(BrowserFixture fx)
{
    [Fact]
    public async Task Seeker_signs_up_fills_the_profile_searches_and_opens_a_posting()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/Account/Register");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.FillAsync("#Input_Email", "seeker-e2e@example.kr");
        await page.FillAsync("#Input_Name", "이하은");
        await page.FillAsync("#Input_Password", "haeun-2026");
        await page.FillAsync("#Input_ConfirmPassword", "haeun-2026");
        await BrowserFixture.TickAsync(page, "Input_Consent");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/Seeker/EditProfile");

        // Submitting an empty résumé shows Korean errors beside the fields, and the page stays accessible.
        await page.ClickAsync("form button.primary");
        await Assertions.Expect(page.Locator(".form-errors")).ToContainTextAsync("이름을 입력해 주세요.");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.FillAsync("#Input_Name", "이하은");
        await page.FillAsync("#Input_BirthYear", "2001");
        await page.FillAsync("#Input_BirthMonth", "7");
        await page.FillAsync("#Input_Phone", "01098765432");
        await page.SelectOptionAsync("#occ-0", "532");
        await page.SelectOptionAsync("#reg-0", "4128700000");
        await BrowserFixture.TickAsync(page, "emp-Permanent");
        await page.FillAsync("#Input_Certificates", "바리스타 2급");
        await page.ClickAsync("form button.primary");
        await page.WaitForURLAsync("**/Seeker/Profile");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("010-9876-5432");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.ClickAsync("nav[aria-label='주 메뉴'] >> text=채용정보");
        await page.FillAsync("#q", "바리스타");
        await page.ClickAsync("form[role=search] .search-bar button");
        await page.WaitForURLAsync("**/Jobs?q=*");
        var first = page.Locator(".job-card h3 a").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        var title = await first.InnerTextAsync();
        await first.ClickAsync();
        await page.WaitForURLAsync("**/Jobs/Detail/*");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        var jsonLd = await page.Locator("script[type='application/ld+json']").TextContentAsync();
        Assert.Contains("\"@type\":\"JobPosting\"", jsonLd, StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
