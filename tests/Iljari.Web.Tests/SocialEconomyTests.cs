using System.Net;
using System.Text.RegularExpressions;
using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Enterprises;
using Iljari.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace Iljari.Web.Tests;

/// <summary>The 사회적경제지원센터's register, its 5-stage board, activities, outcomes and Excel export, and who may see them.</summary>
public class SocialEconomyTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void AssertDenied(HttpResponseMessage response, string what)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal),
            $"{what} → {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task Centre_staff_register_an_enterprise_with_Korean_messages_and_edit_it()
    {
        var staff = await app.SignedInAsync(DemoAccounts.SocialCounselor);
        const string create = "/Staff/SocialEconomy/Edit";

        var empty = await Forms.PostAsync(staff, create, new() { ["Input.Type"] = "Social", ["Input.BusinessNumber"] = "220-81-62518" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var html = await empty.Content.ReadAsStringAsync(Ct);
        foreach (var message in new[] { "기업명을(를) 입력해 주세요.", "대표자을(를) 입력해 주세요.", "고양시의 구를 골라 주세요.", "사회적기업은 인증일을 입력해 주세요.",
                     "유효하지 않은 사업자등록번호입니다. 번호를 다시 확인해 주세요.", "직원 수를 0명 이상으로 입력해 주세요." })
            Assert.Contains(message, html, StringComparison.Ordinal);
        var tooMany = SocialEconomySetup.Form("과다 취약계층 조합");
        tooMany["Input.VulnerableEmployees"] = "9";
        Assert.Contains("취약계층 직원 수는 전체 직원 수보다 많을 수 없습니다.", await (await Forms.PostAsync(staff, create, tooMany)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.SocialEnterprises.AnyAsync(e => e.Name == "과다 취약계층 조합", Ct)));

        // Valid: registered at 교육 with today's headcount as baseline, linked to the company with the same 사업자등록번호.
        var created = await Forms.PostAsync(staff, create, SocialEconomySetup.Form("화정 나눔 협동조합", "Cooperative", businessNumber: "124-81-00998"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var e = await app.WithDbAsync(db => db.SocialEnterprises.AsNoTracking().Include(x => x.StageChanges).Include(x => x.Headcounts).AsSplitQuery().SingleAsync(x => x.Name == "화정 나눔 협동조합", Ct));
        Assert.Equal($"/Staff/SocialEconomy/Detail/{e.Id}", created.Headers.Location!.OriginalString);
        Assert.Equal((SocialEnterpriseType.Cooperative, SupportStage.Education, 4, 2, "1248100998", await app.OwnCompanyIdAsync(), await app.CentreIdAsync()),
            (e.Type, e.Stage, e.BaselineEmployees, e.BaselineVulnerable, e.BusinessNumber, e.CompanyId, e.AgencyId));
        Assert.Equal((null, SupportStage.Education), (e.StageChanges.Single().From, e.StageChanges.Single().To));
        Assert.Equal((SocialEconomySetup.Today, 4), (e.Headcounts.Single().AsOf, e.Headcounts.Single().Employees));
        var detail = await staff.GetStringAsync(created.Headers.Location, Ct);
        Assert.Contains($"연결된 기업: {DemoAccounts.CompanyName}", detail, StringComparison.Ordinal);
        Assert.Contains("교육 단계의 활동을 하나 이상 완료하면 컨설팅 단계로 옮길 수 있습니다.", detail, StringComparison.Ordinal);

        // The same business number again is a duplicate.
        var duplicate = await Forms.PostAsync(staff, create, SocialEconomySetup.Form("다른 이름 조합", businessNumber: "1248100998"));
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("이미 등록된 사업자등록번호입니다.", await duplicate.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // Edit: certified (예비 → 사회적기업) with its date; who and when are kept; the baseline stays.
        var edit = $"/Staff/SocialEconomy/Edit/{e.Id}";
        Assert.Contains("value=\"화정 나눔 협동조합\"", await staff.GetStringAsync(edit, Ct), StringComparison.Ordinal);
        var fields = SocialEconomySetup.Form("화정 나눔 사회적기업", "Social", SocialEconomySetup.IlsanDong);
        var badDate = new Dictionary<string, string>(fields) { ["Input.CertifiedOn"] = "2025-12-31" };
        Assert.Contains("인증일은 지정·설립일 이후여야 합니다.", await (await Forms.PostAsync(staff, edit, badDate)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        fields["Input.CertifiedOn"] = "2026-06-30";
        fields["Input.Employees"] = "99";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, edit, fields)).StatusCode);
        var edited = await app.WithDbAsync(db => db.SocialEnterprises.AsNoTracking().SingleAsync(x => x.Id == e.Id, Ct));
        Assert.Equal(("화정 나눔 사회적기업", SocialEnterpriseType.Social, new DateOnly(2026, 6, 30), SocialEconomySetup.IlsanDong, 4, 4),
            (edited.Name, edited.Type, edited.CertifiedOn!.Value, edited.GuCode, edited.BaselineEmployees, edited.Employees));
        Assert.Equal(await app.UserIdAsync(DemoAccounts.SocialCounselor), edited.UpdatedByUserId);
        Assert.True(edited.UpdatedAt >= e.UpdatedAt);
    }

    [Fact]
    public async Task Advancing_on_the_board_needs_a_completed_activity_and_is_written_to_the_history()
    {
        var id = await app.EnterpriseAsync("보드 이동 협동조합", SocialEconomySetup.Today.AddDays(-20), 5, 1);
        var staff = await app.SignedInAsync(DemoAccounts.SocialCounselor);
        const string board = "/Staff/SocialEconomy";

        string Card(string html) => Forms.FirstMatch(html, $"(?s)(<li class=\"se-card\" id=\"card-{id}\">.*?</li>)");
        var card = Card(await staff.GetStringAsync(board, Ct));
        Assert.Contains("직원 5명 (취약계층 1명)", card, StringComparison.Ordinal);
        Assert.DoesNotContain("다음 단계로", card, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"stage-Education\"", (await staff.GetStringAsync(board, Ct))[..(await staff.GetStringAsync(board, Ct)).IndexOf($"card-{id}", StringComparison.Ordinal)], StringComparison.Ordinal);

        // Forcing the move without a completed activity is refused with the rule's message.
        var refused = await Forms.PostAsync(staff, $"{board}?handler=Advance", new() { ["id"] = $"{id}" }, tokenFrom: board);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("교육 단계의 활동을 하나 이상 완료해야", await staff.GetStringAsync(refused.Headers.Location, Ct), StringComparison.Ordinal);
        Assert.Equal(SupportStage.Education, await app.WithDbAsync(db => db.SocialEnterprises.Where(e => e.Id == id).Select(e => e.Stage).SingleAsync(Ct)));

        // Enrol in a course, then complete it (an outcome is required).
        var add = $"/Staff/SocialEconomy/Activity/{id}";
        var saved = await Forms.PostAsync(staff, $"{add}?handler=Save", new()
        {
            ["Input.Stage"] = "Education", ["Input.Title"] = "사회적경제 아카데미", ["Input.Date"] = SocialEconomySetup.Today.ToString("yyyy-MM-dd"),
        }, tokenFrom: add);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var activityId = await app.WithDbAsync(db => db.EnterpriseActivities.Where(a => a.EnterpriseId == id).Select(a => a.Id).SingleAsync(Ct));
        var activity = $"{add}/{activityId}";
        var noOutcome = await Forms.PostAsync(staff, $"{activity}?handler=Complete", new() { ["Outcome"] = " " }, tokenFrom: activity);
        Assert.Equal(HttpStatusCode.OK, noOutcome.StatusCode);
        Assert.Contains("활동 결과를 입력해 주세요.", await noOutcome.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{activity}?handler=Complete", new() { ["Outcome"] = "대표 수료" }, tokenFrom: activity)).StatusCode);

        // Now the card offers the move, and the board makes it: 교육 → 컨설팅, with one history row.
        card = Card(await staff.GetStringAsync($"{board}?type=Cooperative&gu={SocialEconomySetup.IlsanSeo}", Ct));
        Assert.Contains("aria-label=\"보드 이동 협동조합 다음 단계로 (컨설팅)\"", card, StringComparison.Ordinal);
        var moved = await Forms.PostAsync(staff, $"{board}?handler=Advance&type=Cooperative&gu={SocialEconomySetup.IlsanSeo}", new() { ["id"] = $"{id}" }, tokenFrom: board);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal($"{board}?type=Cooperative&gu={SocialEconomySetup.IlsanSeo}", moved.Headers.Location!.OriginalString, ignoreCase: true);
        var history = await app.WithDbAsync(db => db.EnterpriseStageChanges.AsNoTracking().Where(c => c.EnterpriseId == id).OrderBy(c => c.Id).ToListAsync(Ct));
        Assert.Equal(2, history.Count);
        Assert.Equal((SupportStage.Education, SupportStage.Consulting, await app.UserIdAsync(DemoAccounts.SocialCounselor), "윤가람"),
            (history[1].From!.Value, history[1].To, history[1].ByUserId, history[1].ByUserName));
        Assert.True(DateTime.UtcNow - history[1].At < TimeSpan.FromMinutes(5));
        Assert.Equal(SupportStage.Consulting, await app.WithDbAsync(db => db.SocialEnterprises.Where(e => e.Id == id).Select(e => e.Stage).SingleAsync(Ct)));
        // 컨설팅 has no completed activity yet: no button again.
        Assert.DoesNotContain("다음 단계로", Card(await staff.GetStringAsync(board, Ct)), StringComparison.Ordinal);

        // A completed activity cannot be deleted; stepping back needs a reason, re-rendered beside the form.
        var detail = $"/Staff/SocialEconomy/Detail/{id}";
        Assert.Contains("교육 → 컨설팅", await staff.GetStringAsync(detail, Ct), StringComparison.Ordinal);
        await Forms.PostAsync(staff, $"{activity}?handler=Delete", new(), tokenFrom: activity);
        Assert.True(await app.WithDbAsync(db => db.EnterpriseActivities.AnyAsync(a => a.Id == activityId, Ct)));
        var noReason = await Forms.PostAsync(staff, $"{detail}?handler=StepBack", new() { ["StepBackNote"] = "" }, tokenFrom: detail);
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("이전 단계로 돌리는 사유를 입력해 주세요.", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{detail}?handler=StepBack", new() { ["StepBackNote"] = "회계 교육 재이수" }, tokenFrom: detail)).StatusCode);
        var back = await app.WithDbAsync(db => db.EnterpriseStageChanges.AsNoTracking().Where(c => c.EnterpriseId == id).OrderBy(c => c.Id).ToListAsync(Ct));
        Assert.Equal((SupportStage.Consulting, SupportStage.Education, "회계 교육 재이수"), (back[^1].From!.Value, back[^1].To, back[^1].Note));
    }

    [Fact]
    public async Task Other_agencies_seekers_and_employers_are_refused_and_the_city_only_reads()
    {
        var id = await app.EnterpriseAsync("권한 확인 마을기업", SocialEconomySetup.Today.AddDays(-5), 3, 1, SocialEnterpriseType.Village);
        var urls = new[] { "/Staff/SocialEconomy", "/Staff/SocialEconomy/List", $"/Staff/SocialEconomy/Detail/{id}", $"/Staff/SocialEconomy/Figures/{id}",
            "/Staff/SocialEconomy/Edit", $"/Staff/SocialEconomy/Activity/{id}", "/Staff/SocialEconomy/List?handler=Excel" };
        foreach (var account in new[] { DemoAccounts.Counselor, DemoAccounts.AgencyAdmin, DemoAccounts.MerchantCounselor, DemoAccounts.Seeker, DemoAccounts.Employer })
        {
            var client = await app.SignedInAsync(account);
            foreach (var url in urls) AssertDenied(await client.GetAsync(url, Ct), $"{account} {url}");
        }
        var other = await app.SignedInAsync(DemoAccounts.Counselor);
        AssertDenied(await Forms.PostAsync(other, "/Staff/SocialEconomy?handler=Advance", new() { ["id"] = $"{id}" }, tokenFrom: "/Board/Write"), "foreign advance");
        AssertDenied(await Forms.PostAsync(other, $"/Staff/SocialEconomy/Edit/{id}", SocialEconomySetup.Form("가로채기"), tokenFrom: "/Board/Write"), "foreign edit");

        // The city reads the board, the list and the detail, without the buttons, and may not change anything.
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var board = await city.GetStringAsync("/Staff/SocialEconomy", Ct);
        Assert.Contains("권한 확인 마을기업", board, StringComparison.Ordinal);
        Assert.Contains("시 관리자는 읽기만 할 수 있습니다.", board, StringComparison.Ordinal);
        Assert.DoesNotContain("다음 단계로</button>", board, StringComparison.Ordinal);
        Assert.DoesNotContain("/Staff/SocialEconomy/Edit", board, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync($"/Staff/SocialEconomy/Detail/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync($"/Staff/SocialEconomy/Figures/{id}", Ct)).StatusCode);
        AssertDenied(await city.GetAsync("/Staff/SocialEconomy/Edit", Ct), "city edit");
        AssertDenied(await Forms.PostAsync(city, $"/Staff/SocialEconomy/Detail/{id}?handler=StepBack", new() { ["StepBackNote"] = "시 요청" }, tokenFrom: "/Board/Write"), "city step back");
        AssertDenied(await Forms.PostAsync(city, $"/Staff/SocialEconomy/Figures/{id}?handler=Headcount", new()
        {
            ["Headcount.AsOf"] = SocialEconomySetup.Today.ToString("yyyy-MM-dd"), ["Headcount.Employees"] = "50", ["Headcount.Vulnerable"] = "1",
        }, tokenFrom: "/Board/Write"), "city headcount");
        Assert.Equal(3, await app.WithDbAsync(db => db.SocialEnterprises.Where(e => e.Id == id).Select(e => e.Employees).SingleAsync(Ct)));

        // The centre's own staff get 404 for an id that does not exist.
        var staff = await app.SignedInAsync(DemoAccounts.SocialCounselor);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/Staff/SocialEconomy/Detail/999999", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/Staff/SocialEconomy/Activity/{id}/999999", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_list_filters_searches_pages_and_exports_to_Excel()
    {
        var today = SocialEconomySetup.Today;
        await app.EnterpriseAsync("엑셀검사 가 두부조합", today.AddDays(-30), 6, 2, later: [(today.AddDays(-1), 9, 4)]);
        await app.EnterpriseAsync("엑셀검사 나 자활", today.AddDays(-30), 3, 3, SocialEnterpriseType.SelfSufficiency, SocialEconomySetup.Deokyang);
        var staff = await app.SignedInAsync(DemoAccounts.SocialCounselor);

        var list = await staff.GetStringAsync("/Staff/SocialEconomy/List?q=엑셀검사", Ct);
        Assert.Contains("사회적경제기업 2곳", list, StringComparison.Ordinal);
        var filtered = await staff.GetStringAsync($"/Staff/SocialEconomy/List?q=엑셀검사&type=SelfSufficiency&gu={SocialEconomySetup.Deokyang}&stage=Education", Ct);
        Assert.Contains("엑셀검사 나 자활", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("엑셀검사 가 두부조합", filtered, StringComparison.Ordinal);
        // More than a page (20): page 2 has the rest.
        for (var i = 0; i < 10; i++) await app.EnterpriseAsync($"쪽수 확인 {i:00}", today.AddDays(-3), 1, 0);
        var all = await staff.GetStringAsync("/Staff/SocialEconomy/List", Ct);
        var total = int.Parse(Forms.FirstMatch(all, "사회적경제기업 (\\d+)곳 "), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 20, $"only {total}");
        var page2 = await staff.GetStringAsync("/Staff/SocialEconomy/List?page=2", Ct);
        Assert.Equal(total - 20, Regex.Matches(page2, "<th scope=\"row\"><a href=\"/Staff/SocialEconomy/Detail/").Count);

        var response = await staff.GetAsync("/Staff/SocialEconomy/List?handler=Excel&q=엑셀검사", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = stream.Query(useHeaderRow: true, sheetName: "사회적경제기업").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["엑셀검사 가 두부조합", "엑셀검사 나 자활"], rows.Select(r => (string)r["기업명"]));
        Assert.Equal(("협동조합", "일산서구", "교육", 6d, 9d, 3d, 2d), ((string)rows[0]["유형"], (string)rows[0]["구"], (string)rows[0]["단계"],
            Convert.ToDouble(rows[0]["등록 때 직원"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(rows[0]["직원"], System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToDouble(rows[0]["일자리 창출"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(rows[0]["취약계층 일자리 창출"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("자활기업", rows[1]["유형"]);
    }

    [Fact]
    public async Task Outcomes_count_jobs_created_in_a_period_and_since_registration_and_certifications()
    {
        var today = SocialEconomySetup.Today;
        var (from, to) = (today.AddDays(-30), today);
        var filter = new OutcomeFilter(await app.CentreIdAsync(), SocialEnterpriseType.SocialCooperative, SocialEconomySetup.IlsanDong);
        var jobsBefore = await app.OutcomesAsync(o => o.JobsCreatedAsync(from, to, filter, Ct));
        var sinceBefore = await app.OutcomesAsync(o => o.JobsCreatedAsync(DateOnly.MinValue, to, filter, Ct));
        var countBefore = await app.OutcomesAsync(o => o.EnterprisesAsync(to, filter, Ct));

        // Registered in the period with 4 (2): grew to 10 (5) → 6 (3) in the period and since registration.
        await app.EnterpriseAsync("성과 가 사회적협동조합", today.AddDays(-20), 4, 2, SocialEnterpriseType.SocialCooperative, SocialEconomySetup.IlsanDong,
            later: [(today.AddDays(-5), 10, 5)]);
        // Registered before with 5 (1), 6 (1) at the period's start, 9 (3) now → 3 (2) in the period, 4 (2) since registration.
        await app.EnterpriseAsync("성과 나 사회적협동조합", today.AddDays(-60), 5, 1, SocialEnterpriseType.SocialCooperative, SocialEconomySetup.IlsanDong,
            later: [(today.AddDays(-40), 6, 1), (today.AddDays(-1), 9, 3)]);
        // Another type: outside the filter.
        await app.EnterpriseAsync("성과 다 마을기업", today.AddDays(-20), 1, 0, SocialEnterpriseType.Village, SocialEconomySetup.IlsanDong, later: [(today, 30, 10)]);

        var jobs = await app.OutcomesAsync(o => o.JobsCreatedAsync(from, to, filter, Ct));
        var since = await app.OutcomesAsync(o => o.JobsCreatedAsync(DateOnly.MinValue, to, filter, Ct));
        Assert.Equal(new JobCount(jobsBefore.Total + 9, jobsBefore.Vulnerable + 5), jobs);
        Assert.Equal(new JobCount(sinceBefore.Total + 10, sinceBefore.Vulnerable + 5), since);
        var counts = await app.OutcomesAsync(o => o.EnterprisesAsync(to, filter, Ct));
        Assert.Equal((countBefore.Total + 2, countBefore.ByStage[SupportStage.Education] + 2, countBefore.ByType[SocialEnterpriseType.SocialCooperative] + 2),
            (counts.Total, counts.ByStage[SupportStage.Education], counts.ByType[SocialEnterpriseType.SocialCooperative]));
        Assert.Equal(countBefore.ByGu.GetValueOrDefault(SocialEconomySetup.IlsanDong) + 2, counts.ByGu[SocialEconomySetup.IlsanDong]);

        // 인증: a 사회적기업 certified 10 days ago, 90 days after its 예비 지정.
        var certifiedFilter = new OutcomeFilter(await app.CentreIdAsync(), SocialEnterpriseType.Social, SocialEconomySetup.Deokyang);
        var certBefore = await app.OutcomesAsync(o => o.CertificationsAsync(from, to, certifiedFilter, Ct));
        await app.EnterpriseAsync("성과 라 사회적기업", today.AddDays(-5), 8, 4, SocialEnterpriseType.Social, SocialEconomySetup.Deokyang, today.AddDays(-100), today.AddDays(-10));
        var cert = await app.OutcomesAsync(o => o.CertificationsAsync(from, to, certifiedFilter, Ct));
        Assert.Equal(certBefore.Certified + 1, cert.Certified);

        // The board's header shows the service's numbers for the same filter (this year).
        var staff = await app.SignedInAsync(DemoAccounts.SocialCounselor);
        var board = await staff.GetStringAsync($"/Staff/SocialEconomy?type=SocialCooperative&gu={SocialEconomySetup.IlsanDong}", Ct);
        var year = new DateOnly(today.Year, 1, 1);
        var summary = await app.OutcomesAsync(o => o.SummaryAsync(year, today, filter, Ct));
        Assert.Equal($"{summary.JobsSinceRegistration.Total:N0}명", Forms.FirstMatch(board, "id=\"jobs-total\">([^<]+)<"));
        Assert.Equal($"{summary.JobsSinceRegistration.Vulnerable:N0}명", Forms.FirstMatch(board, "id=\"jobs-total-vulnerable\">([^<]+)<"));
        Assert.Equal($"{summary.JobsInPeriod.Total:N0}명", Forms.FirstMatch(board, "id=\"jobs-period\">([^<]+)<"));
        Assert.Contains("성과 가 사회적협동조합", board, StringComparison.Ordinal);
        Assert.DoesNotContain("성과 다 마을기업", board, StringComparison.Ordinal);
    }
}
