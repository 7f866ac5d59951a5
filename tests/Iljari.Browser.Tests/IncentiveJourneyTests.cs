using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Programs;
using Iljari.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Iljari.Browser.Tests;

/// <summary>
/// Programs and 취업성공장려금 end to end in Chromium: a low-income seeker applies to a program, attends both sessions and
/// completes it; later her job reaches 6 months, she claims with evidence, the counselor approves and the city pays the
/// batch. axe on every screen on the way.
/// </summary>
public class IncentiveJourneyTests(BrowserFixture fx)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    [Fact]
    public async Task A_seeker_completes_a_program_and_is_paid_the_incentive_after_six_months()
    {
        var title = $"취업역량 특강 {Guid.NewGuid().ToString("N")[..6]}";
        var (seeker, sessions) = await ArrangeAsync(title);

        // The seeker applies; the counselor confirms the place and records attendance for both sessions.
        var me = await fx.SignInAsync(seeker.Email);
        await me.GotoAsync("/Programs");
        await me.ClickAsync($"button[aria-label='{title} 신청']");
        await Assertions.Expect(me.Locator("main")).ToContainTextAsync("신청");
        var counselor = await fx.SignInAsync(DemoAccounts.Counselor);
        await counselor.GotoAsync("/Staff/Programs");
        // Staff lists show masked names (docs/security.md).
        await counselor.ClickAsync($"button[aria-label='{Core.Domain.Common.Masking.Name(seeker.Name)} 참여 확정']");
        await Assertions.Expect(counselor.Locator("main")).ToContainTextAsync("참여를 확정했습니다");
        foreach (var session in sessions)
        {
            await counselor.GotoAsync($"/Staff/Programs/Attendance/{session}");
            var row = counselor.Locator("tr", new() { HasText = seeker.Name });
            await row.Locator("label.check", new() { HasText = "출석" }).First.ClickAsync();
            await BrowserFixture.AssertAccessibleAsync(counselor);
            await counselor.ClickAsync("button:has-text('출석부 저장')");
            await Assertions.Expect(counselor.Locator("main")).ToContainTextAsync("저장");
        }
        await me.GotoAsync("/Seeker/Programs");
        await me.ClickAsync("text=수료증 보기·인쇄");
        await Assertions.Expect(me.Locator("main")).ToContainTextAsync(title);
        await BrowserFixture.AssertAccessibleAsync(me);

        // Seven months ago she found a job on her own; the counselor records it.
        await counselor.GotoAsync($"/Staff/Incentives/Jobs/{seeker.Id}");
        await counselor.FillAsync("#Input_EmployerName", "고양 물류센터");
        await counselor.FillAsync("#Input_StartDate", $"{Today.AddMonths(-7):yyyy-MM-dd}");
        await counselor.FillAsync("#Input_HoursPerWeek", "40");
        await counselor.FillAsync("#Input_Salary", "2500000");
        await BrowserFixture.AssertAccessibleAsync(counselor);
        await counselor.ClickAsync("button:has-text('기록하기')");
        await Assertions.Expect(counselor.Locator("main")).ToContainTextAsync("취업 기록을 더했습니다");

        // She claims the 6-month milestone with her insurance record.
        await me.GotoAsync("/Seeker/Incentive");
        await Assertions.Expect(me.Locator("main")).ToContainTextAsync("고양 물류센터");
        await me.SelectOptionAsync("#Input_BankName", "KB국민은행");
        await me.FillAsync("#Input_AccountNumber", "123456-01-234567");
        await me.FillAsync("#Input_AccountHolder", seeker.Name);
        await me.Locator("input[name='Input.InsuranceHistory']").First.SetInputFilesAsync(new FilePayload
        {
            Name = "고용보험_가입이력.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF"u8.ToArray(),
        });
        await BrowserFixture.AssertAccessibleAsync(me);
        await me.ClickAsync("form[enctype='multipart/form-data'] button:has-text('청구하기')");
        await Assertions.Expect(me.Locator("main")).ToContainTextAsync("심사 대기");

        // The counselor reviews and approves; the budget is committed.
        await counselor.GotoAsync("/Staff/Incentives");
        await BrowserFixture.AssertAccessibleAsync(counselor);
        await counselor.Locator("tr", new() { HasText = "6개월" }).Locator("text=심사하기").First.ClickAsync();
        await Assertions.Expect(counselor.Locator("main")).ToContainTextAsync("자격 요건을 모두 충족합니다");
        await BrowserFixture.AssertAccessibleAsync(counselor);
        await counselor.ClickAsync("button:has-text('승인')");
        await Assertions.Expect(counselor.Locator("main")).ToContainTextAsync("승인했습니다");

        await PayAsCityAsync();
        await me.GotoAsync("/Seeker/Incentive");
        await Assertions.Expect(me.Locator("main")).ToContainTextAsync("지급 완료");
        await BrowserFixture.AssertAccessibleAsync(me);
        var paid = await fx.App.WithDbAsync(db => db.IncentiveClaims.Where(c => c.SeekerProfileId == seeker.Id).Select(c => c.Status).SingleAsync());
        Assert.Equal(ClaimStatus.Paid, paid);
    }

    /// <summary>The city admin puts approved claims in a batch and approves the payment.</summary>
    private async Task PayAsCityAsync()
    {
        var city = await fx.SignInAsync(DemoAccounts.CityAdmin);
        await city.GotoAsync("/Admin/Incentives/Batches");
        await BrowserFixture.AssertAccessibleAsync(city);
        await city.ClickAsync("button:has-text('지급 묶음 만들기')");
        await Assertions.Expect(city.Locator("main")).ToContainTextAsync("묶음");
        await BrowserFixture.AssertAccessibleAsync(city);
        await city.ClickAsync("summary:has-text('지급 승인')");
        await city.ClickAsync("button:has-text('지급 승인 확인')");
        await Assertions.Expect(city.Locator("main")).ToContainTextAsync("지급 완료");
        await BrowserFixture.AssertAccessibleAsync(city);
    }

    /// <summary>
    /// A low-income resident who has been a client of the 고양시 일자리센터 for two years, a program of that centre with two
    /// sessions already held, and this year's scheme with a budget.
    /// </summary>
    private async Task<((int Id, string Email, string Name) Seeker, List<int> Sessions)> ArrangeAsync(string title) =>
        await fx.App.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.Where(a => a.Code == "GOYANG-JOB").Select(a => a.Id).FirstAsync();
            var counselor = await db.Users.Where(u => u.Email == DemoAccounts.Counselor).Select(u => u.Id).FirstAsync();
            // A generated seeker (seeker00042@demo.iljari.kr, demo password): not the demo seeker other journeys use, and not
            // an account another journey registered with its own password.
            var profile = await db.SeekerProfiles.Where(s => s.Email.StartsWith("seeker0") && s.Email.EndsWith("@demo.iljari.kr")
                    && !db.CaseAssignments.Any(c => c.SeekerProfileId == s.Id) && !db.Placements.Any(p => p.SeekerProfileId == s.Id))
                .OrderByDescending(s => s.Id).FirstAsync();
            profile.Circumstances = ["lowincome"];
            profile.LivesInGoyang = true;
            var now = DateTime.UtcNow;
            db.CaseAssignments.Add(new Core.Domain.Counseling.CaseAssignment
            {
                SeekerProfileId = profile.Id, AgencyId = agency, CounselorUserId = counselor, RequestedAt = now.AddYears(-2), AssignedAt = now.AddYears(-2),
            });
            var program = JobProgram.Create(agency, ProgramKind.Lecture, title, "이력서와 면접을 준비하는 두 번의 특강", 10, Today.AddDays(-3), Today.AddDays(3),
                [new EligibilityRule { Year = Today.Year, Audience = "구직자" }], now);
            db.Programs.Add(program);
            if (!await db.IncentiveSchemes.AnyAsync(s => s.Year == Today.Year))
            {
                var scheme = IncentiveScheme.Create(Today.Year, $"{Today.Year}년 고양시 취업성공장려금", new IncentiveRules(), now);
                db.IncentiveSchemes.Add(scheme);
                await db.SaveChangesAsync();
                db.LedgerTransactions.Add(LedgerTransaction.Allocate(scheme, 10_000_000, 0, "시험 배정", "test", now));
            }
            await db.SaveChangesAsync();
            var sessions = new[] { Today.AddDays(-2), Today.AddDays(-1) }
                .Select(d => ProgramSession.Create(program.Id, new ProgramSessionFields { Date = d, Place = "고양시 일자리센터 교육장", Instructor = "김강사" })).ToList();
            db.ProgramSessions.AddRange(sessions);
            await db.SaveChangesAsync();
            return ((profile.Id, profile.Email, profile.Name), sessions.Select(s => s.Id).ToList());
        });
}
