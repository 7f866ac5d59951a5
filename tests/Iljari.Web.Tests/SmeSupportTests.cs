using System.Globalization;
using System.Net;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;
using Iljari.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace Iljari.Web.Tests;

/// <summary>중소기업 지원사업 and 애로해소 over HTTP: calls, applications with documents, review, selection, difficulties, Excel.</summary>
public class SmeSupportTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<IDictionary<string, object>>> ExcelRowsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(ExcelExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        return stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
    }

    private static Dictionary<string, string> CallForm(string title, string criteria = "사업성 40\n고용효과 30\n지역기여 30") => new()
    {
        ["Input.Kind"] = "OverseasMarketing", ["Input.Title"] = title, ["Input.Description"] = "해외 전시회 참가비를 지원합니다.",
        ["Input.Opens"] = SmeSupportSetup.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.Closes"] = SmeSupportSetup.Today.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.Budget"] = "80000000", ["Input.Awards"] = "5", ["Input.GoyangOnly"] = "true", ["Input.MaxYears"] = "7",
        ["Input.RequiredDocuments"] = "사업계획서\n수출 실적 증명", ["Input.Criteria"] = criteria,
    };

    [Fact]
    public async Task Staff_create_and_publish_a_call_and_the_public_sees_its_criteria()
    {
        var staff = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        var bad = await Forms.PostAsync(staff, "/Staff/SmeSupport/Edit", CallForm("", "사업성 마흔"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("공고명을 150자 이내로 입력해 주세요.", html, StringComparison.Ordinal);
        Assert.Contains("‘사업성 마흔’: 평가 기준은 ‘이름 배점’ 꼴로 입력해 주세요 (예: 사업성 40).", html, StringComparison.Ordinal);

        var saved = await Forms.PostAsync(staff, "/Staff/SmeSupport/Edit", CallForm("해외시장개척 테스트 공고"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var callUrl = saved.Headers.Location!.OriginalString;
        var id = int.Parse(callUrl.Split('/')[^1], CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/Support/Detail/{id}", Ct)).StatusCode); // a draft is not public

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{callUrl}?handler=Publish", [], tokenFrom: callUrl)).StatusCode);
        var call = await app.WithDbAsync(db => db.SupportCalls.SingleAsync(c => c.Id == id, Ct));
        Assert.Equal((SupportCallStatus.Published, 7, 2), (call.Status, call.Eligibility.MaxYears, call.RequiredDocuments.Count));
        Assert.Contains("해외시장개척 테스트 공고", await app.Client().GetStringAsync("/Support", Ct), StringComparison.Ordinal);
        var detail = await app.Client().GetStringAsync($"/Support/Detail/{id}", Ct);
        Assert.Contains("<th scope=\"row\">고용효과</th><td>30점</td>", detail, StringComparison.Ordinal);
        Assert.Contains("창업 7년 이내", detail, StringComparison.Ordinal);
        Assert.Contains("80,000,000원", detail, StringComparison.Ordinal);
        // Another agency's staff do not manage it.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(DemoAccounts.Counselor)).GetAsync(callUrl, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_company_applies_once_with_a_checked_document_and_only_it_sees_the_application()
    {
        var callId = await app.OpenCallAsync("운전자금 신청 테스트");
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var exe = await SmeSupportSetup.ApplyAsync(employer, callId, 10_000_000, "MZ\x90\0"u8.ToArray(), "계획서.pdf");
        Assert.Equal(HttpStatusCode.OK, exe.StatusCode);
        Assert.Contains("사업계획서: PDF, JPG, PNG 파일만 올릴 수 있습니다.", await exe.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var tooMuch = await SmeSupportSetup.ApplyAsync(employer, callId, 60_000_000);
        Assert.Contains("신청 금액은 사업 예산(50,000,000원)을 넘을 수 없습니다.", await tooMuch.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var id = await app.AppliedAsync(employer, callId, 10_000_000);
        // The form is gone once applied; a second post (an old tab) is refused all the same.
        Assert.Contains("이미 이 공고에 신청했습니다.", await employer.GetStringAsync($"/Employer/Support/Apply/{callId}", Ct), StringComparison.Ordinal);
        var second = await SmeSupportSetup.ApplyAsync(employer, callId, 5_000_000, tokenFrom: "/Employer/Support");
        Assert.Contains("이미 이 공고에 신청했습니다.", await second.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.SupportApplications.Include(a => a.Documents).Include(a => a.Events).SingleAsync(a => a.CallId == callId, Ct));
        Assert.Equal((id, SupportApplicationStatus.Submitted, "사업계획서", "사업계획서.pdf"), (stored.Id, stored.Status, stored.Documents.Single().Name, stored.Documents.Single().OriginalName));
        Assert.Single(stored.Events);

        Assert.Contains("운전자금 신청 테스트", await employer.GetStringAsync("/Employer/Support", Ct), StringComparison.Ordinal);
        var file = await employer.GetAsync($"/Employer/Support/Application/{id}?handler=File&documentId={stored.Documents[0].Id}", Ct);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        var other = await app.ForeignEmployerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Employer/Support/Application/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Employer/Support/Application/{id}?handler=File&documentId={stored.Documents[0].Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(other, "/Employer/Support?handler=Withdraw", new() { ["applicationId"] = $"{id}" }, "/Employer/Support/Difficulties")).StatusCode);
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        Assert.Contains("/Account/AccessDenied", (await seeker.GetAsync($"/Employer/Support/Application/{id}", Ct)).Headers.Location!.OriginalString, StringComparison.Ordinal);

        // Withdrawn before the deadline frees the place: the company may apply again.
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(employer, "/Employer/Support?handler=Withdraw", new() { ["applicationId"] = $"{id}" }, "/Employer/Support")).StatusCode);
        await app.AppliedAsync(employer, callId, 5_000_000);
    }

    [Fact]
    public async Task An_ineligible_company_is_told_why_and_cannot_apply()
    {
        var callId = await app.OpenCallAsync("제조업 전용 공고", change: f => (f.IndustrySections, f.MinYears) = (["C"], 10));
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var page = await employer.GetStringAsync($"/Employer/Support/Apply/{callId}", Ct);
        Assert.Contains("업종(음식점 및 주점업)이 지원 대상 업종이 아닙니다.", page, StringComparison.Ordinal);
        var refused = await SmeSupportSetup.ApplyAsync(employer, callId, 1_000_000);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("업력 10년 이상 기업만 신청할 수 있습니다", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.SupportApplications.CountAsync(a => a.CallId == callId, Ct)));
    }

    [Fact]
    public async Task Two_reviewers_score_the_average_is_shown_and_selection_notifies_the_company()
    {
        var callId = await app.OpenCallAsync("심사 선정 테스트", budget: 30_000_000, awards: 2);
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var mine = await app.AppliedAsync(employer, callId, 20_000_000);
        var theirs = await app.AppliedAsync(await app.ForeignEmployerAsync(), callId, 15_000_000);

        var staff = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        var callUrl = $"/Staff/SmeSupport/Call/{callId}";
        foreach (var email in new[] { DemoAccounts.MerchantCounselor, DemoAccounts.CityAdmin })
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{callUrl}?handler=Assign", new() { ["userId"] = await app.UserIdAsync(email) }, callUrl)).StatusCode);
        // Staff of another agency cannot be made reviewers, and an unassigned counselor cannot reach the sheets.
        var refused = await Forms.PostAsync(staff, $"{callUrl}?handler=Assign", new() { ["userId"] = await app.UserIdAsync(DemoAccounts.Counselor) }, callUrl);
        Assert.Contains("심사위원으로 배정할 직원을 골라 주세요.", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var scoreUrl = $"/Staff/SmeSupport/Score/{callId}";
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(DemoAccounts.Counselor)).GetAsync(scoreUrl, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{callUrl}?handler=Close", [], callUrl)).StatusCode);

        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        int[][] points = [[35, 25, 20], [30, 21, 20]];
        foreach (var (reviewer, p) in new[] { (staff, points[0]), (city, points[1]) })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(reviewer, $"{scoreUrl}?handler=Declare", new() { ["applicationId"] = $"{mine}", ["conflict"] = "false" }, scoreUrl)).StatusCode);
            var over = await Forms.PostAsync(reviewer, $"{scoreUrl}?handler=Score", new() { ["applicationId"] = $"{mine}", ["Points[0]"] = "41", ["Points[1]"] = "1", ["Points[2]"] = "1" }, scoreUrl);
            Assert.Contains("사업성: 0~40점 사이로 입력해 주세요.", await over.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(reviewer, $"{scoreUrl}?handler=Score",
                new() { ["applicationId"] = $"{mine}", ["Points[0]"] = $"{p[0]}", ["Points[1]"] = $"{p[1]}", ["Points[2]"] = $"{p[2]}" }, scoreUrl)).StatusCode);
        }
        // The city admin declares a conflict on the other application: out of its average.
        await Forms.PostAsync(city, $"{scoreUrl}?handler=Declare", new() { ["applicationId"] = $"{theirs}", ["conflict"] = "true", ["ConflictNote"] = "대표와 친족 관계" }, scoreUrl);
        var conflicted = await Forms.PostAsync(city, $"{scoreUrl}?handler=Score", new() { ["applicationId"] = $"{theirs}", ["Points[0]"] = "40", ["Points[1]"] = "30", ["Points[2]"] = "30" }, scoreUrl);
        Assert.Contains("이해충돌을 신고한 신청은 심사할 수 없습니다.", await conflicted.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var expected = points.Select(p => p.Sum()).Average();
        var review = await staff.GetStringAsync($"/Staff/SmeSupport/Application/{mine}", Ct);
        Assert.Contains($"평균 {expected.ToString("0.##", CultureInfo.InvariantCulture)}점", review, StringComparison.Ordinal);
        Assert.Contains("정유나", review, StringComparison.Ordinal); // reviewer names are for staff
        Assert.Contains("이해충돌 1명 제외", await staff.GetStringAsync(callUrl, Ct), StringComparison.Ordinal);

        var decideUrl = $"/Staff/SmeSupport/Application/{mine}";
        var above = await Forms.PostAsync(staff, $"{decideUrl}?handler=Select", new() { ["Amount"] = "20000001", ["Reason"] = "" }, decideUrl);
        Assert.Contains("지원 금액은 신청 금액(20,000,000원)을 넘을 수 없습니다.", await above.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{decideUrl}?handler=Select", new() { ["Amount"] = "18000000", ["Reason"] = "감액 선정" }, decideUrl)).StatusCode);
        var otherUrl = $"/Staff/SmeSupport/Application/{theirs}";
        var overBudget = await Forms.PostAsync(staff, $"{otherUrl}?handler=Select", new() { ["Amount"] = "15000000" }, otherUrl);
        Assert.Contains("지원 금액은 남은 예산(12,000,000원)을 넘을 수 없습니다.", await overBudget.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var noReason = await Forms.PostAsync(staff, $"{otherUrl}?handler=Reject", new() { ["Reason"] = "" }, otherUrl);
        Assert.Contains("미선정 사유를 입력해 주세요.", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{otherUrl}?handler=Reject", new() { ["Reason"] = "사업성 점수 미달" }, otherUrl)).StatusCode);

        var employerId = await app.UserIdAsync(DemoAccounts.Employer);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == employerId && n.Title.Contains("‘심사 선정 테스트’에 선정되었습니다. 지원 금액 18,000,000원"), Ct)));
        var list = await employer.GetStringAsync("/Employer/Support", Ct);
        Assert.Contains("<td>선정</td>", list, StringComparison.Ordinal);
        Assert.Contains("18,000,000원", list, StringComparison.Ordinal);
        var result = await employer.GetStringAsync($"/Employer/Support/Application/{mine}", Ct);
        Assert.Contains($"평균 {expected.ToString("0.##", CultureInfo.InvariantCulture)}점", result, StringComparison.Ordinal);
        Assert.DoesNotContain("정유나", result, StringComparison.Ordinal);
        var events = await app.WithDbAsync(db => db.SupportApplicationEvents.Where(e => e.ApplicationId == mine).OrderBy(e => e.Id).Select(e => e.To).ToListAsync(Ct));
        Assert.Equal([SupportApplicationStatus.Submitted, SupportApplicationStatus.UnderReview, SupportApplicationStatus.Selected], events);

        // The applications workbook carries the scores and amounts in 원.
        var excel = await staff.GetAsync($"{callUrl}?handler=Excel", Ct);
        Assert.Equal(ExcelExport.ContentType, excel.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await excel.Content.ReadAsByteArrayAsync(Ct));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = rows.Single(r => Convert.ToInt32(r["신청 번호"], CultureInfo.InvariantCulture) == mine);
        Assert.Equal((20_000_000d, 18_000_000d, "선정", "80점, 71점"), ((double)row["신청 금액(원)"], (double)row["지원 금액(원)"], (string)row["상태"], (string)row["심사위원 점수"]));
        Assert.Equal(expected, Convert.ToDouble(row["평균 점수"], CultureInfo.InvariantCulture));
        Assert.Equal("미선정", rows.Single(r => Convert.ToInt32(r["신청 번호"], CultureInfo.InvariantCulture) == theirs)["상태"]);
    }

    [Fact]
    public async Task A_reviewer_reaches_only_the_calls_assigned_to_them()
    {
        // Two calls in review with one application each: the city's officer reviews A, the centre's counselor reviews B.
        var (a, b) = (await app.OpenCallAsync("심사 배정 가 공고"), await app.OpenCallAsync("심사 배정 나 공고"));
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var (inA, inB) = (await app.AppliedAsync(employer, a, 5_000_000), await app.AppliedAsync(employer, b, 5_000_000));
        var staff = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        foreach (var (call, reviewer) in new[] { (a, DemoAccounts.CityAdmin), (b, DemoAccounts.MerchantCounselor) })
        {
            var callUrl = $"/Staff/SmeSupport/Call/{call}";
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{callUrl}?handler=Assign", new() { ["userId"] = await app.UserIdAsync(reviewer) }, callUrl)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{callUrl}?handler=Close", [], callUrl)).StatusCode);
        }
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var (scoreA, scoreB) = ($"/Staff/SmeSupport/Score/{a}", $"/Staff/SmeSupport/Score/{b}");
        Assert.Contains(DemoAccounts.CompanyName, await city.GetStringAsync(scoreA, Ct), StringComparison.Ordinal);

        // B's sheet, its actions, its documents and its application are unknown to A's reviewer, as if they did not exist.
        var documentB = await app.WithDbAsync(db => db.SupportDocuments.Where(d => d.ApplicationId == inB).Select(d => d.Id).SingleAsync(Ct));
        foreach (var url in new[] { scoreB, $"{scoreB}?handler=File&documentId={documentB}", $"/Staff/SmeSupport/Application/{inB}", $"/Staff/SmeSupport/Application/{inB}?handler=File&documentId={documentB}" })
            Assert.True((await city.GetAsync(url, Ct)).StatusCode == HttpStatusCode.NotFound, url);
        foreach (var handler in new[] { "Declare", "Score" })
        {
            var post = await Forms.PostAsync(city, $"{scoreB}?handler={handler}", new() { ["applicationId"] = $"{inB}", ["conflict"] = "false", ["Points[0]"] = "40" }, scoreA);
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        // Nor can B's application be slipped into A's sheet.
        var slipped = await Forms.PostAsync(city, $"{scoreA}?handler=Declare", new() { ["applicationId"] = $"{inB}", ["conflict"] = "false" }, scoreA);
        Assert.Contains("심사 중인 신청이 아닙니다.", await slipped.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.SupportReviews.AnyAsync(r => r.ApplicationId == inB, Ct)));
        // Running the call is not reviewing it: the centre's counselor manages A but may not score it.
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(scoreA, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"{scoreA}?handler=File&documentId={documentB}", Ct)).StatusCode);

        // "심사위원으로 배정된 공고" lists exactly the calls each is assigned to.
        foreach (var (client, email, mine, other) in new[] { (city, DemoAccounts.CityAdmin, a, b), (staff, DemoAccounts.MerchantCounselor, b, a) })
        {
            var userId = await app.UserIdAsync(email);
            var assigned = await app.WithDbAsync(db => db.SupportReviewers.Where(r => r.UserId == userId).Select(r => r.CallId).ToListAsync(Ct));
            var html = await client.GetStringAsync("/Staff/SmeSupport", Ct);
            var listed = System.Text.RegularExpressions.Regex.Matches(html, "href=\"/Staff/SmeSupport/Score/(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(assigned.Order(), listed.Order());
            Assert.Contains(mine, listed);
            Assert.DoesNotContain(other, listed);
        }
    }

    [Fact]
    public async Task A_difficulty_is_routed_answered_and_seen_by_the_company()
    {
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var filed = await Forms.PostAsync(employer, "/Employer/Support/Difficulties", new()
        {
            ["Input.Category"] = "Finance", ["Input.Title"] = "테스트 자금 애로", ["Input.Description"] = "계절 매출 감소로 인건비 지급이 어렵습니다.",
        });
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        var merchantAgency = await app.MerchantAgencyIdAsync();
        var d = await app.WithDbAsync(db => db.Difficulties.SingleAsync(x => x.Title == "테스트 자금 애로", Ct));
        Assert.Equal((merchantAgency, "고양시 소상공인지원센터 자금지원팀", DifficultyStatus.Received, SmeSupportSetup.Today.AddDays(14)), (d.AgencyId, d.Department, d.Status, d.DueOn));

        var url = $"/Staff/SmeSupport/Difficulty/{d.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(DemoAccounts.Counselor)).GetAsync(url, Ct)).StatusCode);
        var staff = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        var list = await staff.GetStringAsync("/Staff/SmeSupport/Difficulties", Ct);
        Assert.Contains("테스트 자금 애로", list, StringComparison.Ordinal);
        Assert.Contains("(기한 초과)", list, StringComparison.Ordinal); // the demo data's 20-day-old difficulty
        var early = await Forms.PostAsync(staff, $"{url}?handler=Answer", new() { ["Answer"] = "답변" }, url);
        Assert.Contains("담당자가 배정된 애로에만 답변할 수 있습니다.", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{url}?handler=Assign", [], url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{url}?handler=Answer", new() { ["Answer"] = "고용유지지원금과 운전자금 상담을 안내합니다." }, url)).StatusCode);

        var page = await employer.GetStringAsync("/Employer/Support/Difficulties", Ct);
        Assert.Contains("고용유지지원금과 운전자금 상담을 안내합니다.", page, StringComparison.Ordinal);
        Assert.Contains("답변 완료", page, StringComparison.Ordinal);
        var employerId = await app.UserIdAsync(DemoAccounts.Employer);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == employerId && n.Title == "애로사항 ‘테스트 자금 애로’에 답변이 등록되었습니다.", Ct)));
        var foreign = await app.ForeignEmployerAsync();
        Assert.DoesNotContain("테스트 자금 애로", await foreign.GetStringAsync("/Employer/Support/Difficulties", Ct), StringComparison.Ordinal);

        // The company's own workbook: every difficulty it filed with the answer; another company's holds none of them.
        var companyId = await app.OwnCompanyIdAsync();
        var filedCount = await app.WithDbAsync(db => db.Difficulties.CountAsync(x => x.CompanyId == companyId, Ct));
        var own = await ExcelRowsAsync(employer, "/Employer/Support/Difficulties?handler=Excel");
        Assert.Equal(filedCount, own.Count);
        var answered = own.Single(r => (string)r["제목"] == "테스트 자금 애로");
        Assert.Equal(("자금", "답변 완료", "고용유지지원금과 운전자금 상담을 안내합니다.", d.Id), ((string)answered["분류"], (string)answered["상태"], (string)answered["답변"],
            Convert.ToInt32(answered["번호"], CultureInfo.InvariantCulture)));
        Assert.IsType<DateTime>(answered["답변 기한"]);
        Assert.DoesNotContain(await ExcelRowsAsync(foreign, "/Employer/Support/Difficulties?handler=Excel"), r => (string)r["제목"] == "테스트 자금 애로");

        var row = (await ExcelRowsAsync(staff, "/Staff/SmeSupport/Difficulties?handler=Excel&open=false")).Single(r => (string)r["제목"] == "테스트 자금 애로");
        Assert.Equal(("자금", "답변 완료", "호수공원 로스터리 카페"), ((string)row["분류"], (string)row["상태"], (string)row["기업"]));
    }

    [Fact]
    public async Task The_calls_workbook_lists_the_agency_calls_with_amounts_as_numbers_of_won()
    {
        var staff = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        var excel = await staff.GetAsync("/Staff/SmeSupport?handler=Excel", Ct);
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using var stream = new MemoryStream(await excel.Content.ReadAsByteArrayAsync(Ct));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var capital = rows.Single(r => ((string)r["공고명"]).EndsWith("중소기업 운전자금 지원", StringComparison.Ordinal));
        Assert.Equal(("운전자금", 200_000_000d, "공고 중"), ((string)capital["종류"], (double)capital["예산(원)"], (string)capital["상태"]));
        var applied = await app.WithDbAsync(db => db.SupportApplications.CountAsync(a => db.SupportCalls.Any(c => c.Id == a.CallId && c.Kind == SupportKind.WorkingCapital
            && c.Title.EndsWith("중소기업 운전자금 지원")) && a.Status != SupportApplicationStatus.Withdrawn, Ct));
        Assert.True(applied > 0);
        Assert.Equal(applied, Convert.ToInt32(capital["신청(건)"], CultureInfo.InvariantCulture));
        // The city reviews calls but does not run them: no workbook of an agency's calls.
        var city = await (await app.SignedInAsync(DemoAccounts.CityAdmin)).GetAsync("/Staff/SmeSupport?handler=Excel", Ct);
        Assert.Contains("/Account/AccessDenied", city.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
