using Iljari.Core.Domain.Enterprises;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Iljari.Browser.Tests;

/// <summary>
/// Enterprise support in Chromium: the 소상공인지원센터 publishes a call, the demo company applies with a document, two
/// reviewers score, staff select; the 사회적경제지원센터 moves an enterprise from 교육 to 컨설팅. axe on every screen.
/// </summary>
public class EnterpriseJourneyTests(BrowserFixture fx)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    [Fact]
    public async Task A_call_is_published_applied_for_scored_by_two_reviewers_and_decided()
    {
        var title = $"운전자금 지원사업 {Guid.NewGuid().ToString("N")[..6]}";
        var callId = await DraftCallAsync(title);
        var staff = await fx.SignInAsync(DemoAccounts.MerchantCounselor);
        staff.Dialog += (_, dialog) => dialog.AcceptAsync();
        await staff.GotoAsync($"/Staff/SmeSupport/Call/{callId}");
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
    public async Task A_social_enterprise_moves_from_education_to_consulting()
    {
        var name = await EducationEnterpriseReadyAsync();
        var staff = await fx.SignInAsync(DemoAccounts.SocialCounselor);
        await staff.GotoAsync("/Staff/SocialEconomy");
        await BrowserFixture.AssertAccessibleAsync(staff);
        await staff.ClickAsync($"button[aria-label^='{name} 다음 단계로']");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("컨설팅");
        var stage = await fx.App.WithDbAsync(db => db.SocialEnterprises.Where(e => e.Name == name).Select(e => e.Stage).SingleAsync());
        Assert.Equal(SupportStage.Consulting, stage);
        Assert.True(await fx.App.WithDbAsync(db => db.EnterpriseStageChanges.AnyAsync(c => c.To == SupportStage.Consulting
            && db.SocialEnterprises.Any(e => e.Id == c.EnterpriseId && e.Name == name))));
    }

    /// <summary>A draft call of the 소상공인지원센터: open now, for companies in Goyang, two criteria out of 100.</summary>
    private Task<int> DraftCallAsync(string title) => fx.App.WithDbAsync(async db =>
    {
        var agency = await db.Agencies.Where(a => a.Code == "GOYANG-MERCHANT").Select(a => a.Id).FirstAsync();
        var call = SupportCall.Create(agency, new SupportCallFields
        {
            Title = title, Description = "소상공인 운영자금을 지원합니다.", Opens = Today.AddDays(-1), Closes = Today.AddDays(10), Budget = 100_000_000, Awards = 5,
            RequiredDocuments = "사업계획서", Criteria = "사업성 60\n고용효과 40",
        }, DateTime.UtcNow);
        db.SupportCalls.Add(call);
        await db.SaveChangesAsync();
        return call.Id;
    });

    /// <summary>A demo enterprise at 교육 with a completed 교육 activity, so it may advance.</summary>
    private Task<string> EducationEnterpriseReadyAsync() => fx.App.WithDbAsync(async db =>
    {
        var enterprise = await db.SocialEnterprises.Where(e => e.Stage == SupportStage.Education).OrderBy(e => e.Id).FirstAsync();
        if (!await db.EnterpriseActivities.AnyAsync(a => a.EnterpriseId == enterprise.Id && a.Stage == SupportStage.Education && a.Status == ActivityStatus.Completed))
        {
            var activity = EnterpriseActivity.Plan(enterprise.Id, new EnterpriseActivityFields { Stage = SupportStage.Education, Title = "사회적경제 아카데미", Date = Today.AddDays(-7) }, "test", DateTime.UtcNow);
            activity.Complete("수료", Today, "test", DateTime.UtcNow);
            db.EnterpriseActivities.Add(activity);
            await db.SaveChangesAsync();
        }
        return enterprise.Name;
    });
}
