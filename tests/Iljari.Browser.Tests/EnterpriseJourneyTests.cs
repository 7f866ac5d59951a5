using System.Text.RegularExpressions;
using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Iljari.Browser.Tests;

/// <summary>
/// Enterprise support in Chromium: the 소상공인지원센터 writes a call on its form and publishes it, the demo company applies
/// with a document, two reviewers score, staff select; the 사회적경제지원센터 adds and completes a 교육 activity on the activity
/// page, then moves the enterprise from 교육 to 컨설팅 on the board. axe on every screen.
/// </summary>
public class EnterpriseJourneyTests(BrowserFixture fx)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    [Fact]
    public async Task A_call_is_published_applied_for_scored_by_two_reviewers_and_decided()
    {
        var title = $"운전자금 지원사업 {Guid.NewGuid().ToString("N")[..6]}";
        var staff = await fx.SignInAsync(DemoAccounts.MerchantCounselor);
        staff.Dialog += (_, dialog) => dialog.AcceptAsync();
        var callId = await WriteCallAsync(staff, title);
        await BrowserFixture.AssertAccessibleAsync(staff);
        await staff.ClickAsync("button:has-text('게시하기')");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("게시");

        // The demo company applies with its business plan.
        var employer = await fx.SignInAsync(DemoAccounts.Employer);
        await employer.GotoAsync($"/Employer/Support/Apply/{callId}");
        await employer.FillAsync("#Input_RequestedAmount", "20000000");
        await employer.FillAsync("#Input_FoundedOn", $"{Today.AddYears(-5):yyyy-MM-dd}");
        await employer.FillAsync("#Input_Plan", "원두 로스팅 설비를 늘려 바리스타 2명을 더 채용합니다.");
        await employer.Locator("input[name='Document0']").SetInputFilesAsync(new FilePayload
        {
            Name = "사업계획서.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF"u8.ToArray(),
        });
        await BrowserFixture.AssertAccessibleAsync(employer);
        await employer.ClickAsync("button:has-text('신청하기')");
        await Assertions.Expect(employer.Locator("main")).ToContainTextAsync("신청했습니다");

        // Staff close the call and assign two reviewers: themselves and the city's officer.
        await staff.GotoAsync($"/Staff/SmeSupport/Call/{callId}");
        await staff.ClickAsync("button:has-text('마감하고 심사 시작')");
        await Assertions.Expect(staff.Locator("button:has-text('마감하고 심사 시작')")).ToHaveCountAsync(0);
        foreach (var reviewer in new[] { "강도윤", "정유나" })
        {
            var value = await staff.Locator("#reviewer option", new() { HasText = reviewer }).First.GetAttributeAsync("value");
            await staff.Locator("#reviewer").SelectOptionAsync(value!);
            await staff.ClickAsync("form[action*='handler=Assign'] button");
            await Assertions.Expect(staff.Locator("form[action*='handler=Unassign']", new() { HasText = reviewer })).ToHaveCountAsync(1);
        }
        await BrowserFixture.AssertAccessibleAsync(staff);

        var points = new[] { (DemoAccounts.MerchantCounselor, new[] { "50", "40" }), (DemoAccounts.CityAdmin, new[] { "40", "30" }) };
        foreach (var (account, marks) in points)
        {
            var reviewer = await fx.SignInAsync(account);
            reviewer.Dialog += (_, dialog) => dialog.AcceptAsync();
            await reviewer.GotoAsync($"/Staff/SmeSupport/Score/{callId}");
            await reviewer.ClickAsync("button:has-text('이해충돌 없음')");
            var inputs = reviewer.Locator("input[name^='Points']");
            for (var i = 0; i < marks.Length; i++) await inputs.Nth(i).FillAsync(marks[i]);
            await BrowserFixture.AssertAccessibleAsync(reviewer);
            await reviewer.ClickAsync("button:has-text('점수 저장')");
            await Assertions.Expect(reviewer.Locator("main")).ToContainTextAsync("저장");
        }

        // The average of 90 and 70 is 80; staff select with an award.
        var applicationId = await fx.App.WithDbAsync(db => db.SupportApplications.Where(a => a.CallId == callId).Select(a => a.Id).SingleAsync());
        await staff.GotoAsync($"/Staff/SmeSupport/Application/{applicationId}");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("80");
        await staff.FillAsync("#Amount", "15000000");
        await BrowserFixture.AssertAccessibleAsync(staff);
        await staff.ClickAsync("button:has-text('선정')");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("선정");

        await employer.GotoAsync("/Employer/Support");
        await Assertions.Expect(employer.Locator("main")).ToContainTextAsync("15,000,000원");
        await BrowserFixture.AssertAccessibleAsync(employer);
    }

    [Fact]
    public async Task A_social_enterprise_completes_an_education_activity_and_moves_to_consulting()
    {
        var (id, name) = await NewEnterpriseAtEducationAsync();
        var staff = await fx.SignInAsync(DemoAccounts.SocialCounselor);
        await staff.GotoAsync("/Staff/SocialEconomy");
        var advance = staff.GetByRole(AriaRole.Button, new() { Name = $"{name} 다음 단계로" });
        await Assertions.Expect(advance).ToHaveCountAsync(0); // nothing finished in 교육 yet

        await staff.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await staff.WaitForURLAsync($"**/Staff/SocialEconomy/Detail/{id}");
        await Assertions.Expect(staff.Locator("#current-stage")).ToHaveTextAsync("교육");
        await BrowserFixture.AssertAccessibleAsync(staff);

        // Enrol it in a 교육 course held today (the form starts at the enterprise's stage and today; set both anyway).
        var course = $"사회적경제 아카데미 기초과정 {Guid.NewGuid().ToString("N")[..4]}";
        await staff.GetByRole(AriaRole.Link, new() { Name = "활동 추가" }).ClickAsync();
        await staff.WaitForURLAsync($"**/Staff/SocialEconomy/Activity/{id}");
        await staff.GetByLabel(new Regex("^단계")).SelectOptionAsync(new SelectOptionValue { Value = nameof(SupportStage.Education) });
        await staff.GetByLabel(new Regex("^날짜")).FillAsync($"{Today:yyyy-MM-dd}");
        await staff.GetByLabel(new Regex("^활동명")).FillAsync(course);
        await BrowserFixture.AssertAccessibleAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "저장", Exact = true }).ClickAsync();
        await staff.WaitForURLAsync($"**/Staff/SocialEconomy/Detail/{id}");
        await Assertions.Expect(staff.Locator("#activities")).ToContainTextAsync(course);

        // Complete it with its outcome.
        await staff.GetByRole(AriaRole.Link, new() { Name = $"수정·완료 {course}" }).ClickAsync();
        await staff.WaitForURLAsync(new Regex($@"/Staff/SocialEconomy/Activity/{id}/\d+$"));
        await Assertions.Expect(staff.Locator("#activity-status")).ToHaveTextAsync("예정");
        await staff.GetByLabel(new Regex("^활동 결과")).FillAsync("대표와 직원 2명 수료");
        await BrowserFixture.AssertAccessibleAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "완료로 저장" }).ClickAsync();
        await staff.WaitForURLAsync($"**/Staff/SocialEconomy/Detail/{id}");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("이제 컨설팅 단계로 옮길 수 있습니다");

        // Now the board offers the move.
        await staff.GetByRole(AriaRole.Link, new() { Name = "← 사회적경제 지원" }).ClickAsync();
        await staff.WaitForURLAsync("**/Staff/SocialEconomy");
        await advance.ClickAsync();
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync($"{name}: 교육 → 컨설팅 단계로 옮겼습니다.");
        await Assertions.Expect(staff.Locator("section[aria-labelledby='stage-Consulting']")).ToContainTextAsync(name);
        await BrowserFixture.AssertAccessibleAsync(staff);

        Assert.Equal(SupportStage.Consulting, await fx.App.WithDbAsync(db => db.SocialEnterprises.Where(e => e.Id == id).Select(e => e.Stage).SingleAsync()));
        Assert.True(await fx.App.WithDbAsync(db => db.EnterpriseActivities.AnyAsync(a => a.EnterpriseId == id && a.Title == course
            && a.Stage == SupportStage.Education && a.Status == ActivityStatus.Completed)));
        Assert.True(await fx.App.WithDbAsync(db => db.EnterpriseStageChanges.AnyAsync(c => c.EnterpriseId == id && c.From == SupportStage.Education && c.To == SupportStage.Consulting)));
    }

    /// <summary>The call as staff write it on the form from the list's "새 공고 만들기": open today for ten days, two criteria out of 100.</summary>
    private static async Task<int> WriteCallAsync(IPage staff, string title)
    {
        await staff.GotoAsync("/Staff/SmeSupport");
        await staff.GetByRole(AriaRole.Link, new() { Name = "새 공고 만들기" }).ClickAsync();
        await staff.WaitForURLAsync("**/Staff/SmeSupport/Edit");
        await staff.GetByLabel(new Regex("^사업 종류")).SelectOptionAsync(new SelectOptionValue { Label = "운전자금" });
        await staff.GetByLabel(new Regex("^공고명")).FillAsync(title);
        await staff.GetByLabel(new Regex("^사업 내용")).FillAsync("소상공인 운영자금을 지원합니다.");
        await staff.GetByLabel(new Regex("^접수 시작일")).FillAsync($"{Today:yyyy-MM-dd}");
        await staff.GetByLabel(new Regex("^접수 마감일")).FillAsync($"{Today.AddDays(10):yyyy-MM-dd}");
        await staff.GetByLabel(new Regex(@"^예산\(원\)")).FillAsync("100000000");
        await staff.GetByLabel(new Regex(@"^선정 규모\(건\)")).FillAsync("5");
        await staff.GetByLabel(new Regex("^제출 서류")).FillAsync("사업계획서");
        await staff.GetByLabel(new Regex("^평가 기준과 배점")).FillAsync("사업성 60\n고용효과 40");
        await BrowserFixture.AssertAccessibleAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "저장", Exact = true }).ClickAsync();
        await staff.WaitForURLAsync(new Regex(@"/Staff/SmeSupport/Call/\d+$"));
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("공고를 저장했습니다");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync(title);
        return int.Parse(new Uri(staff.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A 예비사회적기업 registered for this journey (as the register form would), so it stands at 교육 with no activity: every
    /// demo enterprise at 교육 has already finished a course, and here the journey's own activity must be what lets it move.
    /// </summary>
    private Task<(int Id, string Name)> NewEnterpriseAtEducationAsync() => fx.App.WithDbAsync(async db =>
    {
        var centre = await db.Agencies.Where(a => a.Code == Iljari.Web.Infrastructure.Enterprises.SocialEconomyAccess.CentreCode).Select(a => a.Id).FirstAsync();
        var staff = await db.Users.Where(u => u.Email == DemoAccounts.SocialCounselor).Select(u => new { u.Id, u.DisplayName }).FirstAsync();
        var enterprise = SocialEnterprise.Register(centre, new SocialEnterpriseFields
        {
            Type = SocialEnterpriseType.PreSocial, Name = $"토당 나눔부엌 {Guid.NewGuid().ToString("N")[..4]}", Representative = "송대표", GuCode = "4128100000",
            Address = "경기도 고양시 덕양구 토당동 1", SocialMission = "결식 어르신 반찬 나눔과 경력단절여성 조리사 고용", DesignatedOn = Today.AddDays(-30),
            Employees = 3, VulnerableEmployees = 1,
        }, Today, staff.Id, staff.DisplayName, DateTime.UtcNow);
        db.SocialEnterprises.Add(enterprise);
        await db.SaveChangesAsync();
        return (enterprise.Id, enterprise.Name);
    });
}
