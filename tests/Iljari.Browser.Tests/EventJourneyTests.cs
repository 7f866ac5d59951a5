using Iljari.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Iljari.Browser.Tests;

/// <summary>
/// 채용행사 end to end in Chromium: staff create and publish an event, the employer books a booth, two seekers register,
/// the timetable is computed and published, one seeker checks in by the entry QR code read with the door's camera and is
/// marked 합격. axe on the way.
/// </summary>
public class EventJourneyTests(BrowserFixture fx)
{
    [Fact]
    public async Task Staff_run_an_interview_day_from_creation_to_a_pass()
    {
        var date = DateTime.UtcNow.AddHours(9).Date.AddDays(1);
        var title = $"현장면접의 날 {Guid.NewGuid().ToString("N")[..6]}";
        var staff = await fx.SignInAsync(DemoAccounts.Counselor);
        await staff.GotoAsync("/Staff/Events");
        await staff.ClickAsync("text=새 행사 만들기");
        await staff.FillAsync("#Input_Title", title);
        await staff.FillAsync("#Input_Place", "고양시 일자리센터 2층");
        await staff.FillAsync("#Input_Date", $"{date:yyyy-MM-dd}");
        await staff.FillAsync("#Input_StartTime", "10:00");
        await staff.FillAsync("#Input_EndTime", "12:00");
        await staff.FillAsync("#Input_RegistrationOpens", $"{date.AddDays(-1):yyyy-MM-dd}");
        await staff.FillAsync("#Input_RegistrationCloses", $"{date.AddDays(-1):yyyy-MM-dd}");
        await BrowserFixture.AssertAccessibleAsync(staff);
        await staff.ClickAsync("form.stack-form button[type=submit]");
        await staff.ClickAsync("button:has-text('게시')");
        await Assertions.Expect(staff.Locator("[role=status], .notice").First).ToContainTextAsync("게시했습니다");
        var manageUrl = staff.Url;

        var employer = await fx.SignInAsync(DemoAccounts.Employer);
        await employer.GotoAsync("/Employer/Events");
        await employer.Locator(".rec-card", new() { HasText = title }).Locator("text=부스 신청").ClickAsync();
        // KRDS draws the box over the native input, so a person clicks the label.
        await employer.Locator("label.check", new() { Has = employer.Locator("input[name='Input.PostingIds']") }).First.ClickAsync();
        await Assertions.Expect(employer.Locator("input[name='Input.PostingIds']").First).ToBeCheckedAsync();
        await employer.FillAsync("#Input_Breaks", "");
        await BrowserFixture.AssertAccessibleAsync(employer);
        await employer.ClickAsync("form.stack-form button[type=submit]");
        await Assertions.Expect(employer.Locator("main")).ToContainTextAsync("승인 대기");
        var boothUrl = employer.Url;

        await staff.GotoAsync(manageUrl);
        await staff.ClickAsync($"button[aria-label='{DemoAccounts.CompanyName} 부스 승인']");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("부스를 승인했습니다");
        await BrowserFixture.AssertAccessibleAsync(staff);

        // Two seekers register and put the booth first.
        var second = await fx.App.WithDbAsync(db => db.CaseAssignments.Where(a => a.CounselorUserId != null)
            .Join(db.SeekerProfiles, a => a.SeekerProfileId, s => s.Id, (a, s) => new { s.Id, s.Email, s.Name })
            .Where(x => x.Email != DemoAccounts.Seeker).OrderBy(x => x.Id).Skip(1).FirstAsync());
        foreach (var email in new[] { DemoAccounts.Seeker, second.Email })
        {
            var seekerPage = await fx.SignInAsync(email);
            await seekerPage.GotoAsync("/Events");
            await seekerPage.ClickAsync($"text={title}");
            await seekerPage.SelectOptionAsync("#choice-1", new SelectOptionValue { Label = DemoAccounts.CompanyName });
            await BrowserFixture.AssertAccessibleAsync(seekerPage);
            await seekerPage.ClickAsync("button:has-text('참가 신청')");
            await Assertions.Expect(seekerPage.Locator("main")).ToContainTextAsync("참가 확정");
        }

        await staff.GotoAsync(manageUrl);
        await staff.ClickAsync("text=면접 일정 편성");
        await staff.ClickAsync("button:has-text('일정 편성')");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("선착순이면");
        await Assertions.Expect(staff.Locator("table tbody tr")).ToHaveCountAsync(2);
        await BrowserFixture.AssertAccessibleAsync(staff);
        await staff.ClickAsync("button:has-text('일정 공개')");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("면접 일정을 공개했습니다");

        // The second seeker shows the entry QR code; the door's camera reads it (a second Chromium whose camera films
        // the code as the seeker's page draws it), and the page checks the seeker in with no typing.
        var seeker = await fx.SignInAsync(second.Email);
        await seeker.GotoAsync("/Seeker/Events");
        var card = seeker.Locator(".event-card", new() { HasText = title });
        await Assertions.Expect(card.Locator("table")).ToContainTextAsync(DemoAccounts.CompanyName);
        await card.Locator("summary:has-text('입장 QR 코드')").ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(seeker);
        const int side = 400;
        var clip = FakeCamera.Film(await FakeCamera.PictureOfAsync(card.Locator(".qr-code svg"), side), side);
        await using (var camera = await fx.LaunchWithCameraAsync(clip))
        {
            var door = await fx.SignInAsync(DemoAccounts.Counselor, browser: camera);
            await door.GotoAsync(manageUrl);
            await door.ClickAsync("text=현장 입장 확인");
            await BrowserFixture.AssertAccessibleAsync(door);
            await door.ClickAsync("button:has-text('카메라로 읽기')");
            await Assertions.Expect(door.Locator("main")).ToContainTextAsync($"{second.Name} 님 입장을 확인했습니다");
            await BrowserFixture.AssertAccessibleAsync(door);
        }
        File.Delete(clip);

        // The employer marks the interview 합격 at the booth.
        await employer.GotoAsync(boothUrl);
        var row = employer.Locator("tr", new() { HasText = second.Name });
        await row.Locator("select[name=outcome]").SelectOptionAsync("Pass");
        await row.Locator("button:has-text('저장')").ClickAsync();
        await Assertions.Expect(employer.Locator("tr", new() { HasText = second.Name })).ToContainTextAsync("합격");
        await BrowserFixture.AssertAccessibleAsync(employer);
    }
}
