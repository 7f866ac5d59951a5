using System.Net;
using Iljari.Core.Domain.Guarantees;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>소상공인 금융 지원 over HTTP: a firm applies for the 특례보증, the centre approves and records repayment; others see nothing.</summary>
public partial class FinanceTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_firm_applies_for_the_guarantee_and_the_centre_approves_and_records_repayment()
    {
        var scheme = await app.WithDbAsync(db => db.GuaranteeSchemes.OrderBy(s => s.Id).FirstAsync(Ct));
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var fields = new Dictionary<string, string>
        {
            ["Guarantee.SchemeId"] = $"{scheme.Id}", ["Guarantee.Amount"] = $"{scheme.MaxPerFirm + 1}", ["Guarantee.TermMonths"] = "61", ["Guarantee.Bank"] = "",
        };
        var bad = await Forms.PostAsync(employer, "/Employer/Finance?handler=Guarantee", fields, tokenFrom: "/Employer/Finance");
        var html = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("업체당 한도(50,000,000원)를 넘습니다.", html, StringComparison.Ordinal);
        Assert.Contains("보증 기간은 6~60개월(5년)로 입력해 주세요.", html, StringComparison.Ordinal);

        fields["Guarantee.Amount"] = "30000000";
        fields["Guarantee.TermMonths"] = "60";
        fields["Guarantee.Bank"] = "IBK기업은행";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(employer, "/Employer/Finance?handler=Guarantee", fields, tokenFrom: "/Employer/Finance")).StatusCode);
        var again = await Forms.PostAsync(employer, "/Employer/Finance?handler=Guarantee", fields, tokenFrom: "/Employer/Finance");
        Assert.Contains("이미 심사 중이거나 보증 중인 건이 있습니다.", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var company = await app.OwnCompanyIdAsync();
        var id = await app.WithDbAsync(db => db.Guarantees.Where(g => g.CompanyId == company).Select(g => g.Id).SingleAsync(Ct));

        // Another firm does not see it; a counselor of another agency cannot manage it.
        Assert.DoesNotContain("특례보증 30,000,000원", await (await app.ForeignEmployerAsync()).GetStringAsync("/Employer/Finance", Ct), StringComparison.Ordinal);
        var outsider = await app.SignedInAsync(DemoAccounts.Counselor);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Staff/Finance/Guarantee/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(outsider, $"/Staff/Finance?handler=Approve&id={id}", [], tokenFrom: "/Account/ChangePassword")).StatusCode);

        var centre = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        var before = await app.WithDbAsync(db => db.GuaranteeEntries.Where(e => e.SchemeId == scheme.Id && e.Kind == GuaranteeEventKind.Approval).SumAsync(e => e.Outstanding, Ct));
        Assert.Contains(DemoAccounts.CompanyName, await centre.GetStringAsync("/Staff/Finance", Ct), StringComparison.Ordinal);
        await Forms.PostAsync(centre, $"/Staff/Finance?handler=Approve&id={id}", [], tokenFrom: "/Staff/Finance");
        Assert.Contains("보증 중", await employer.GetStringAsync("/Employer/Finance", Ct), StringComparison.Ordinal);
        var summary = await centre.GetStringAsync("/Staff/Finance", Ct);
        Assert.Contains(Core.Domain.Common.KoreanFormat.Won(before + 30_000_000), summary, StringComparison.Ordinal);
        Assert.Contains(Core.Domain.Common.KoreanFormat.Won(scheme.TotalLimit - before - 30_000_000), summary, StringComparison.Ordinal);

        var page = $"/Staff/Finance/Guarantee/{id}";
        var over = await Forms.PostAsync(centre, $"{page}?handler=Repay", new() { ["Amount"] = "30000001" }, tokenFrom: page);
        Assert.Contains("보증 잔액(30,000,000원) 이하로", await over.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await Forms.PostAsync(centre, $"{page}?handler=Repay", new() { ["Amount"] = "10000000" }, tokenFrom: page);
        var g = await app.WithDbAsync(db => db.Guarantees.Include(x => x.Entries).SingleAsync(x => x.Id == id, Ct));
        Assert.Equal((GuaranteeStatus.Active, 20_000_000L, 2), (g.Status, g.Outstanding, g.Entries.Count));

        var excel = await centre.GetAsync("/Staff/Finance?handler=Excel", Ct);
        var rows = MiniExcelLibs.MiniExcel.Query(await excel.Content.ReadAsStreamAsync(Ct), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var mine = rows.Single(r => (string)r["업체"] == DemoAccounts.CompanyName);
        Assert.Equal((30_000_000d, 20_000_000d), (Convert.ToDouble(mine["보증액(원)"]), Convert.ToDouble(mine["보증 잔액(원)"])));
    }

    [Fact]
    public async Task A_firm_gets_an_interest_support_place_first_come()
    {
        var employer = await app.ForeignEmployerAsync();
        var round = await app.WithDbAsync(db => db.InterestSupportRounds.OrderBy(r => r.Id).FirstAsync(Ct));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var response = await Forms.PostAsync(employer, "/Employer/Finance?handler=Interest", new()
        {
            ["Interest.RoundId"] = $"{round.Id}", ["Interest.LoanAmount"] = "30000000", ["Interest.Bank"] = "KB국민은행", ["Interest.LoanStart"] = today.ToString("yyyy-MM-dd"),
        }, tokenFrom: "/Employer/Finance");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("선정", await employer.GetStringAsync("/Employer/Finance", Ct), StringComparison.Ordinal);
        var centre = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        var detail = $"/Staff/Finance/Interest/{round.Id}";
        await Forms.PostAsync(centre, $"{detail}?handler=Pay", [], tokenFrom: detail);
        await Forms.PostAsync(centre, $"{detail}?handler=Pay", [], tokenFrom: detail);
        var paid = await app.WithDbAsync(db => db.InterestPayments.Where(p => db.InterestSupportApplications.Any(a => a.Id == p.ApplicationId && a.RoundId == round.Id)).Select(p => p.Amount).ToListAsync(Ct));
        Assert.Equal([round.MonthlyAmount(30_000_000)], paid);
    }

    [Fact]
    public async Task A_refusal_shows_its_reason_and_who_decided_when()
    {
        var scheme = await app.WithDbAsync(db => db.GuaranteeSchemes.OrderBy(s => s.Id).FirstAsync(Ct));
        var employer = await app.ForeignEmployerAsync();
        var apply = await Forms.PostAsync(employer, "/Employer/Finance?handler=Guarantee", new()
        {
            ["Guarantee.SchemeId"] = $"{scheme.Id}", ["Guarantee.Amount"] = "20000000", ["Guarantee.TermMonths"] = "36", ["Guarantee.Bank"] = "KB국민은행",
        }, tokenFrom: "/Employer/Finance");
        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);
        var id = await app.WithDbAsync(db => db.Guarantees.Where(g => g.SchemeId == scheme.Id && db.Companies.Any(c => c.Id == g.CompanyId && c.Name == "백석 꽃농원")).Select(g => g.Id).SingleAsync(Ct));

        var centre = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        var blank = await Forms.PostAsync(centre, $"/Staff/Finance?handler=Reject&id={id}", new() { ["Reason"] = " " }, tokenFrom: "/Staff/Finance");
        Assert.Equal(HttpStatusCode.Redirect, blank.StatusCode);
        Assert.Equal(GuaranteeStatus.Applied, await app.WithDbAsync(db => db.Guarantees.Where(g => g.Id == id).Select(g => g.Status).SingleAsync(Ct)));
        await Forms.PostAsync(centre, $"/Staff/Finance?handler=Reject&id={id}", new() { ["Reason"] = "매출 증빙 부족" }, tokenFrom: "/Staff/Finance");

        var decided = await app.WithDbAsync(db => db.Guarantees.SingleAsync(g => g.Id == id, Ct));
        var centreId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.MerchantCounselor).Select(u => u.Id).SingleAsync(Ct));
        Assert.Equal((GuaranteeStatus.Rejected, centreId), (decided.Status, decided.DecidedByUserId));
        Assert.InRange(decided.DecidedAt!.Value, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow);
        var page = await centre.GetStringAsync($"/Staff/Finance/Guarantee/{id}", Ct);
        Assert.Contains("반려 — 매출 증빙 부족", page, StringComparison.Ordinal);
        Assert.Contains($"강도윤 · {Core.Domain.Common.KoreanFormat.DateAndTime(decided.DecidedAt.Value)}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_company_cannot_see_a_companys_interest_support_application()
    {
        var (round, _) = await RoundWithApplicationsAsync("타사 열람 시험 이차보전", InterestSelection.FirstCome, 5, Today.AddDays(-1), Today.AddDays(30));
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var apply = await Forms.PostAsync(employer, "/Employer/Finance?handler=Interest", new()
        {
            ["Interest.RoundId"] = $"{round}", ["Interest.LoanAmount"] = "37770000", ["Interest.Bank"] = "NH농협은행", ["Interest.LoanStart"] = Today.ToString("yyyy-MM-dd"),
        }, tokenFrom: "/Employer/Finance");
        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);
        Assert.Contains("운영자금 이차보전 · 대출 37,770,000원", await employer.GetStringAsync("/Employer/Finance", Ct), StringComparison.Ordinal);
        var own = Assert.Single((await WorkbookAsync(employer, "/Employer/Finance?handler=Excel"))["이차보전"], r => (string)r["사업"]! == "타사 열람 시험 이차보전");
        Assert.Equal((37_770_000L, "선정"), (Number(own["대출액(원)"]), (string)own["상태"]!));

        // Another firm: not on its page, not in its workbook; firms have no per-application page, and the round's staff page is closed to them.
        var other = await app.ForeignEmployerAsync();
        Assert.DoesNotContain("37,770,000원", await other.GetStringAsync("/Employer/Finance", Ct), StringComparison.Ordinal);
        var theirs = await WorkbookAsync(other, "/Employer/Finance?handler=Excel");
        Assert.DoesNotContain(theirs["이차보전"], r => Number(r["대출액(원)"]) == 37_770_000 || (string)r["사업"]! == "타사 열람 시험 이차보전");
        Assert.Contains("/Account/AccessDenied", (await other.GetAsync($"/Staff/Finance/Interest/{round}", Ct)).Headers.Location?.OriginalString, StringComparison.Ordinal);
        // A counselor of another agency does not find the round, its workbook or its month pages.
        var outsider = await app.SignedInAsync(DemoAccounts.Counselor);
        foreach (var url in new[] { "", "?handler=Excel", $"?month={Today:yyyy-MM}" })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Staff/Finance/Interest/{round}{url}", Ct)).StatusCode);
    }
}
