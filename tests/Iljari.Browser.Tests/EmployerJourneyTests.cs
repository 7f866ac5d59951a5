using Iljari.Core.Domain.Accounts;
using Microsoft.Playwright;

namespace Iljari.Browser.Tests;

/// <summary>An employer signs up with a valid 사업자등록번호 and publishes a posting that then appears in search.</summary>
public class EmployerJourneyTests(BrowserFixture fx)
{
    [Fact]
    public async Task Employer_signs_up_publishes_a_posting_and_it_appears_in_search()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/Account/RegisterEmployer");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.FillAsync("#Account_Email", "employer-e2e@example.kr");
        await page.FillAsync("#Account_Name", "오세훈");
        await page.FillAsync("#Account_Password", "bloom-2026");
        await page.FillAsync("#Account_ConfirmPassword", "bloom-2026");
        await BrowserFixture.TickAsync(page, "Account_Consent");
        await page.FillAsync("#Company_Name", "원당 화훼유통");
        await page.FillAsync("#Company_BusinessNumber", "123-45-67890");
        await page.SelectOptionAsync("#Company_IndustryCode", "46");
        await page.SelectOptionAsync("#Company_RegionCode", "4128110200");
        await page.FillAsync("#Company_Address", "경기도 고양시 덕양구 원당동 200");
        await page.FillAsync("#Company_ContactPhone", "031-960-1234");
        await page.ClickAsync("form button.primary");

        // A wrong check digit is refused beside the field, with everything typed still there.
        await Assertions.Expect(page.Locator(".form-errors")).ToContainTextAsync("유효하지 않은 사업자등록번호");
        await Assertions.Expect(page.Locator("#Company_Name")).ToHaveValueAsync("원당 화훼유통");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.FillAsync("#Company_BusinessNumber", BusinessNumber.Format(BusinessNumber.WithCheckDigit("138810123")));
        await page.FillAsync("#Account_Password", "bloom-2026");
        await page.FillAsync("#Account_ConfirmPassword", "bloom-2026");
        await page.ClickAsync("form button.primary");
        await page.WaitForURLAsync("**/Employer/Postings");
        await Assertions.Expect(page.Locator(".empty")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.ClickAsync("text=새 공고 등록");
        await page.WaitForURLAsync("**/Employer/Postings/Edit");
        await page.FillAsync("#Input_Title", "원당 화훼단지 플로리스트 정규직 채용");
        await page.SelectOptionAsync("#Input_OccupationCode", "532");
        await page.SelectOptionAsync("#Input_RegionCode", "4128110200");
        await page.SelectOptionAsync("#Input_SalaryType", "Monthly");
        await page.FillAsync("#Input_SalaryMin", "2500000");
        await page.FillAsync("#Input_Description", "꽃다발·화환 제작, 매장 진열과 고객 응대");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.ClickAsync("button[name=publish]");
        await page.WaitForURLAsync("**/Employer/Postings");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("게시중");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync("/Jobs?q=" + Uri.EscapeDataString("플로리스트"));
        await Assertions.Expect(page.Locator(".job-list")).ToContainTextAsync("원당 화훼단지 플로리스트 정규직 채용");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Axe_really_reports_violations()
    {
        // Negative control: the accessibility check can fail.
        var page = await fx.NewPageAsync();
        await page.SetContentAsync("<html><body><img src='x.png'><input type='text'></body></html>");
        await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => BrowserFixture.AssertAccessibleAsync(page));
    }
}
