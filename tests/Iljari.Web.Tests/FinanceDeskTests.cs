using System.Net;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Guarantees;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Guarantees;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Iljari.Web.Tests;

/// <summary>The 소상공인지원센터's desk: opening a 특례보증 scheme and an 이차보전 round, finishing a scored selection, monthly payments.</summary>
public partial class FinanceTests
{
    [Fact]
    public async Task The_centre_opens_a_scheme_and_a_round_that_appear_on_its_desk_and_bad_figures_create_nothing()
    {
        var centre = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        var next = DateTime.UtcNow.AddHours(9).Year + 1; // next year's, so the firms' application forms of this year stay as they are
        var before = await CountsAsync();

        var badScheme = await Forms.PostAsync(centre, "/Staff/Finance/NewScheme", new()
        {
            ["Input.Title"] = " ", ["Input.FirstYear"] = $"{next}", ["Input.Years"] = "11", ["Input.TotalLimit"] = "100000000", ["Input.MaxPerFirm"] = "200000000",
        });
        var html = await badScheme.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, badScheme.StatusCode);
        Assert.Contains("사업명을 100자 이내로 입력해 주세요.", html, StringComparison.Ordinal);
        Assert.Contains("사업 기간은 1~10년으로 입력해 주세요.", html, StringComparison.Ordinal);
        Assert.Contains("업체당 한도는 100만 원 이상, 총 한도 이하로 입력해 주세요.", html, StringComparison.Ordinal);
        var badRound = await Forms.PostAsync(centre, "/Staff/Finance/NewRound", new()
        {
            ["Input.Title"] = "시험 이차보전", ["Input.Year"] = $"{next}", ["Input.Quota"] = "0", ["Input.Selection"] = "Scored", ["Input.Rate"] = "0",
            ["Input.MaxLoan"] = "50000000", ["Input.Months"] = "12", ["Input.Opens"] = $"{next}-03-01", ["Input.Closes"] = $"{next}-02-01",
        });
        html = await badRound.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, badRound.StatusCode);
        Assert.Contains("지원 업체 수를 확인해 주세요.", html, StringComparison.Ordinal);
        Assert.Contains("지원 금리는 0.01%p~10%p로 입력해 주세요.", html, StringComparison.Ordinal);
        Assert.Contains("신청 마감일은 시작일 이후여야 합니다.", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());

        var scheme = await Forms.PostAsync(centre, "/Staff/Finance/NewScheme", new()
        {
            ["Input.Title"] = "시험 특례보증 신설", ["Input.FirstYear"] = $"{next}", ["Input.Years"] = "3", ["Input.TotalLimit"] = "3000000000", ["Input.MaxPerFirm"] = "70000000",
        });
        Assert.Equal((HttpStatusCode.Redirect, "/Staff/Finance"), (scheme.StatusCode, scheme.Headers.Location?.OriginalString));
        var round = await Forms.PostAsync(centre, "/Staff/Finance/NewRound", new()
        {
            ["Input.Title"] = "시험 이차보전 신설", ["Input.Year"] = $"{next}", ["Input.Quota"] = "40", ["Input.Selection"] = "Scored", ["Input.Rate"] = "1.5",
            ["Input.MaxLoan"] = "30000000", ["Input.Months"] = "24", ["Input.Opens"] = $"{next}-01-02", ["Input.Closes"] = $"{next}-02-27",
        });
        Assert.Equal(HttpStatusCode.Redirect, round.StatusCode);

        var desk = await centre.GetStringAsync("/Staff/Finance", Ct);
        Assert.Contains($"시험 특례보증 신설 ({next}~{next + 2}년)", desk, StringComparison.Ordinal);
        Assert.Contains($"{KoreanFormat.Won(3_000_000_000)} (업체당 {KoreanFormat.Won(70_000_000)})", desk, StringComparison.Ordinal);
        Assert.Contains("시험 이차보전 신설</a> · 심사 · 선정 0/40곳", desk, StringComparison.Ordinal);
        var agency = await app.WithDbAsync(db => db.Agencies.Where(a => a.Code == "GOYANG-MERCHANT").Select(a => a.Id).SingleAsync(Ct));
        var created = await app.WithDbAsync(db => db.InterestSupportRounds.SingleAsync(r => r.Title == "시험 이차보전 신설", Ct));
        Assert.Equal((agency, 150, 24, new DateOnly(next, 2, 27)), (created.AgencyId, created.RateBasisPoints, created.Months, created.Closes));
        Assert.Equal($"/Staff/Finance/Interest/{created.Id}", round.Headers.Location?.OriginalString);
        Assert.Equal(agency, await app.WithDbAsync(db => db.GuaranteeSchemes.Where(s => s.Title == "시험 특례보증 신설").Select(s => s.AgencyId).SingleAsync(Ct)));
        // The city admin follows every scheme on the same desk but is not offered the forms.
        var city = await (await app.SignedInAsync(DemoAccounts.CityAdmin)).GetStringAsync("/Staff/Finance", Ct);
        Assert.Contains("시험 특례보증 신설", city, StringComparison.Ordinal);
        Assert.DoesNotContain("/Staff/Finance/NewScheme", city, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoAccounts.Counselor)]
    [InlineData(DemoAccounts.AgencyAdmin)]
    [InlineData(DemoAccounts.CityAdmin)]
    [InlineData(DemoAccounts.Employer)]
    public async Task Only_the_centres_staff_open_schemes_and_rounds(string email)
    {
        var client = await app.SignedInAsync(email);
        var before = await CountsAsync();
        foreach (var page in new[] { "/Staff/Finance/NewScheme", "/Staff/Finance/NewRound" })
        {
            Assert.Contains("/Account/AccessDenied", (await client.GetAsync(page, Ct)).Headers.Location?.OriginalString, StringComparison.Ordinal);
            var post = await Forms.PostAsync(client, page, new()
            {
                ["Input.Title"] = "남의 사업", ["Input.FirstYear"] = "2026", ["Input.Year"] = "2026", ["Input.Years"] = "1", ["Input.TotalLimit"] = "100000000",
                ["Input.MaxPerFirm"] = "10000000", ["Input.Quota"] = "5", ["Input.Rate"] = "2", ["Input.MaxLoan"] = "10000000", ["Input.Months"] = "12",
                ["Input.Opens"] = "2026-01-01", ["Input.Closes"] = "2026-12-31",
            }, tokenFrom: "/Account/ChangePassword");
            Assert.Contains("/Account/AccessDenied", post.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Finishing_a_scored_selection_after_the_window_marks_the_rest_not_selected_once()
    {
        var today = Today;
        var (open, _) = await RoundWithApplicationsAsync("심사 진행 중 시험", InterestSelection.Scored, 5, today.AddDays(-10), today.AddDays(3), today);
        var loan = today.AddDays(-5);
        var (closed, apps) = await RoundWithApplicationsAsync("심사 마감 시험", InterestSelection.Scored, 5, today.AddDays(-30), today.AddDays(-1), loan, loan, loan);
        var (firstCome, queue) = await RoundWithApplicationsAsync("선착순 마감 시험", InterestSelection.FirstCome, 1, today.AddDays(-30), today.AddDays(-1), loan, loan);
        var centre = await app.SignedInAsync(DemoAccounts.MerchantCounselor);

        // Before the window closes: no button, and the action is refused.
        var openPage = $"/Staff/Finance/Interest/{open}";
        Assert.DoesNotContain("handler=Finish", await centre.GetStringAsync(openPage, Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(centre, $"{openPage}?handler=Finish", [], tokenFrom: openPage)).StatusCode);
        Assert.Contains("끝난 뒤에 선정을 마감할 수 있습니다.", await centre.GetStringAsync(openPage, Ct), StringComparison.Ordinal);
        Assert.Equal([InterestApplicationStatus.Applied], await StatusesAsync(open));

        var page = $"/Staff/Finance/Interest/{closed}";
        await Forms.PostAsync(centre, $"{page}?handler=Select", new() { ["applicationId"] = $"{apps[0]}", ["score"] = "88" }, tokenFrom: page);
        var html = await centre.GetStringAsync(page, Ct);
        Assert.Contains("handler=Finish", html, StringComparison.Ordinal);
        Assert.Contains("data-confirm=\"심사 중인 2곳을 모두 미선정으로 처리하고", html, StringComparison.Ordinal);
        var outsider = await app.SignedInAsync(DemoAccounts.Counselor);
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(outsider, $"{page}?handler=Finish", [], tokenFrom: "/Account/ChangePassword")).StatusCode);
        Assert.Equal([InterestApplicationStatus.Selected, InterestApplicationStatus.Applied, InterestApplicationStatus.Applied], await StatusesAsync(closed));

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(centre, $"{page}?handler=Finish", [], tokenFrom: page)).StatusCode);
        html = await centre.GetStringAsync(page, Ct);
        Assert.Contains("선정되지 않은 2곳은 미선정으로 처리했습니다.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Finish", html, StringComparison.Ordinal);
        Assert.Equal([InterestApplicationStatus.Selected, InterestApplicationStatus.Rejected, InterestApplicationStatus.Rejected], await StatusesAsync(closed));
        Assert.Equal(2, html.Split("<td>미선정</td>").Length - 1);

        // Once: a second finish finds nothing to do.
        await Forms.PostAsync(centre, $"{page}?handler=Finish", [], tokenFrom: page);
        Assert.Contains("미선정으로 처리할 신청이 없습니다.", await centre.GetStringAsync(page, Ct), StringComparison.Ordinal);
        Assert.Equal([InterestApplicationStatus.Selected, InterestApplicationStatus.Rejected, InterestApplicationStatus.Rejected], await StatusesAsync(closed));

        // 선착순: the waitlist stays 대기 (a place that frees up can still go to it).
        var queuePage = $"/Staff/Finance/Interest/{firstCome}";
        Assert.DoesNotContain("handler=Finish", await centre.GetStringAsync(queuePage, Ct), StringComparison.Ordinal);
        await Forms.PostAsync(centre, $"{queuePage}?handler=Finish", [], tokenFrom: queuePage);
        Assert.Contains("선착순 사업은 선정을 마감하지 않습니다.", await centre.GetStringAsync(queuePage, Ct), StringComparison.Ordinal);
        Assert.Equal([InterestApplicationStatus.Selected, InterestApplicationStatus.Waitlisted], await StatusesAsync(firstCome));
        Assert.Equal(2, queue.Count);
    }

    [Fact]
    public async Task Monthly_payments_are_shown_by_month_and_exported_exactly_as_stored()
    {
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        // Four shops; the last one's loan started a month later, so the months differ in shops and totals.
        var (round, _) = await RoundWithApplicationsAsync("지급 내역 시험", InterestSelection.FirstCome, 5, Today.AddMonths(-4), Today.AddMonths(1),
            thisMonth.AddMonths(-3), thisMonth.AddMonths(-3), thisMonth.AddMonths(-3), thisMonth.AddMonths(-2));
        foreach (var month in new[] { thisMonth.AddMonths(-3), thisMonth.AddMonths(-2), thisMonth.AddMonths(-1) })
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<InterestSupportDesk>().GeneratePaymentsAsync(round, month, Ct);
        }
        var stored = await app.WithDbAsync(db => db.InterestPayments
            .Join(db.InterestSupportApplications.Where(a => a.RoundId == round), p => p.ApplicationId, a => a.Id, (p, a) => new { p.ApplicationId, p.Month, p.Amount, a.LoanAmount, a.CompanyId })
            .Join(db.Companies, x => x.CompanyId, c => c.Id, (x, c) => new { x.ApplicationId, x.Month, x.Amount, x.LoanAmount, c.Name }).ToListAsync(Ct));
        var byMonth = stored.GroupBy(p => p.Month).OrderByDescending(g => g.Key).Select(g => (Month: g.Key, Shops: g.Count(), Total: g.Sum(p => p.Amount))).ToList();
        Assert.Equal([3, 4, 4], byMonth.Select(m => m.Shops).Reverse());

        var centre = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        var page = $"/Staff/Finance/Interest/{round}";
        var html = await centre.GetStringAsync(page, Ct);
        foreach (var m in byMonth)
        {
            Assert.Contains($"?month={m.Month:yyyy-MM}#month-h", html, StringComparison.Ordinal);
            Assert.Contains($"<td>{m.Shops}곳</td><td>{KoreanFormat.Won(m.Total)}</td>", html, StringComparison.Ordinal);
        }
        var latest = byMonth[0].Month;
        Assert.Contains($"{latest.Year}년 {latest.Month}월 지급 내역</h3>", html, StringComparison.Ordinal); // the latest month unless one is chosen

        var first = thisMonth.AddMonths(-3);
        html = await centre.GetStringAsync($"{page}?month={first:yyyy-MM}", Ct);
        var section = html[html.IndexOf($"{first.Year}년 {first.Month}월 지급 내역</h3>", StringComparison.Ordinal)..];
        var rows = stored.Where(p => p.Month == first).ToList();
        foreach (var p in rows)
            Assert.Contains($"<tr><th scope=\"row\">{p.Name}</th><td>{KoreanFormat.Won(p.LoanAmount)}</td><td>{KoreanFormat.Won(p.Amount)}</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains($"합계 {rows.Count}곳</th><td></td><td>{KoreanFormat.Won(rows.Sum(p => p.Amount))}</td>", section, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await centre.GetAsync($"{page}?month=2026-99", Ct)).StatusCode);

        var book = await WorkbookAsync(centre, $"{page}?handler=Excel");
        var lines = book["지급 내역"].Select(r => (Id: (int)Number(r["신청 번호"]), Month: DateOnly.FromDateTime((DateTime)r["지급 월"]!), Amount: Number(r["지급액(원)"]), Firm: (string)r["업체"]!));
        Assert.Equal(stored.Select(p => (Id: p.ApplicationId, p.Month, p.Amount, Firm: p.Name)).Order(), lines.Order());
        var months = book["월별 지급"].Select(r => (Month: DateOnly.FromDateTime((DateTime)r["지급 월"]!), Shops: (int)Number(r["지급 업체 수"]), Total: Number(r["지급액(원)"])));
        Assert.Equal(byMonth, months.ToList());
    }

    [Fact]
    public async Task The_desk_workbook_holds_each_schemes_yearly_ledger_and_every_round()
    {
        var (scored, apps) = await RoundWithApplicationsAsync("현황 시험 심사", InterestSelection.Scored, 5, Today.AddDays(-20), Today.AddDays(-1), Today, Today);
        await app.WithDbAsync(async db =>
        {
            var round = await db.InterestSupportRounds.SingleAsync(r => r.Id == scored, Ct);
            round.FinishSelection(await db.InterestSupportApplications.Where(a => a.RoundId == scored).ToListAsync(Ct), Today);
            return await db.SaveChangesAsync(Ct);
        });
        var centre = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        Assert.Contains("현황 시험 심사</a> · 심사 · 선정 0/5곳 · 대기·심사 0곳 · 미선정 2곳", await centre.GetStringAsync("/Staff/Finance", Ct), StringComparison.Ordinal);
        var book = await WorkbookAsync(centre, "/Staff/Finance?handler=Excel");

        var agency = await app.WithDbAsync(db => db.Agencies.Where(a => a.Code == "GOYANG-MERCHANT").Select(a => a.Id).SingleAsync(Ct));
        var scheme = await app.WithDbAsync(db => db.GuaranteeSchemes.Where(s => s.AgencyId == agency).OrderBy(s => s.Id).FirstAsync(Ct));
        var entries = await app.WithDbAsync(db => db.GuaranteeEntries.Where(e => e.SchemeId == scheme.Id).ToListAsync(Ct));
        var year = book["연도별 보증 원장"].Single(r => (string)r["사업"]! == scheme.Title && Number(r["연도"]) == Today.Year);
        var approvals = entries.Where(e => e.Kind == GuaranteeEventKind.Approval && e.On.Year == Today.Year).ToList();
        Assert.Equal((approvals.Sum(e => e.Outstanding), approvals.Count, entries.Where(e => e.On.Year <= Today.Year).Sum(e => e.Outstanding)),
            (Number(year["승인(원)"]), (int)Number(year["승인 업체 수"]), Number(year["연말 보증 잔액(원)"])));
        Assert.Equal(-entries.Where(e => e.Kind == GuaranteeEventKind.Repayment && e.On.Year == Today.Year).Sum(e => e.Outstanding), Number(year["상환(원)"]));

        var rounds = await app.WithDbAsync(db => db.InterestSupportRounds.Where(r => r.AgencyId == agency).Select(r => new
        {
            r.Title, r.Quota,
            Selected = db.InterestSupportApplications.Count(a => a.RoundId == r.Id && a.Status == InterestApplicationStatus.Selected),
            NotSelected = db.InterestSupportApplications.Count(a => a.RoundId == r.Id && a.Status == InterestApplicationStatus.Rejected),
            Paid = db.InterestPayments.Where(p => db.InterestSupportApplications.Any(a => a.Id == p.ApplicationId && a.RoundId == r.Id)).Sum(p => (long?)p.Amount) ?? 0,
        }).ToListAsync(Ct));
        Assert.Equal(rounds.Select(r => (r.Title, r.Quota, r.Selected, r.NotSelected, r.Paid)).Order(),
            book["이차보전 사업"].Select(r => ((string)r["사업"]!, (int)Number(r["지원 업체 수"]), (int)Number(r["선정"]), (int)Number(r["미선정"]), Number(r["지급 누계(원)"]))).Order());
        Assert.Equal(2, apps.Count);
    }

    [Fact]
    public async Task The_guarantee_ledger_names_who_recorded_each_row()
    {
        // A demo guarantee the centre's counselor approved and partly repaid; one more repayment by an account since removed.
        var id = await app.WithDbAsync(db => db.GuaranteeEntries.Where(e => e.Kind == GuaranteeEventKind.Repayment).OrderBy(e => e.Id).Select(e => e.GuaranteeId).FirstAsync(Ct));
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<GuaranteeDesk>().DecideAsync(id, (g, today) => g.Repay(1_000_000, today, "removed-account", DateTime.UtcNow), Ct);
        var entries = await app.WithDbAsync(db => db.GuaranteeEntries.Where(e => e.GuaranteeId == id).OrderBy(e => e.On).ThenBy(e => e.Id).ToListAsync(Ct));
        var centreId = await app.UserIdAsync(DemoAccounts.MerchantCounselor);
        Assert.Equal([centreId, centreId, "removed-account"], entries.Select(e => e.ByUserId));

        var html = await (await app.SignedInAsync(DemoAccounts.MerchantCounselor)).GetStringAsync($"/Staff/Finance/Guarantee/{id}", Ct);
        Assert.Contains("<th scope=\"col\">기록자</th>", html, StringComparison.Ordinal);
        var rows = html.Split("<tr><td>").Skip(1).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows.Take(2), r => Assert.Contains("<td>강도윤</td></tr>", r, StringComparison.Ordinal));
        Assert.Contains("<td>(삭제된 계정)</td></tr>", rows[2], StringComparison.Ordinal);
    }

    private static long Number(object? cell) => Convert.ToInt64(cell, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every sheet of a downloaded workbook, by name, as rows keyed by header.</summary>
    private static async Task<Dictionary<string, List<IDictionary<string, object?>>>> WorkbookAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        return stream.GetSheetNames().ToDictionary(name => name, name =>
        {
            stream.Position = 0;
            return stream.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>().ToList();
        });
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    /// <summary>
    /// A round of the 소상공인지원센터 with one application per loan start, from the first firms (loans of 20, 30, 40 … million원),
    /// made on the window's last day in firm order. Returns the round and the application ids in that order.
    /// </summary>
    private Task<(int Round, List<int> Applications)> RoundWithApplicationsAsync(string title, InterestSelection selection, int quota,
        DateOnly opens, DateOnly closes, params DateOnly[] loanStarts) => app.WithDbAsync(async db =>
    {
        var agency = await db.Agencies.Where(a => a.Code == "GOYANG-MERCHANT").Select(a => a.Id).SingleAsync(Ct);
        var round = InterestSupportRound.Create(agency, opens.Year, title, quota, selection, 200, 50_000_000, 12, opens, closes);
        db.InterestSupportRounds.Add(round);
        await db.SaveChangesAsync(Ct);
        var companies = await db.Companies.OrderBy(c => c.Id).Take(loanStarts.Length).Select(c => c.Id).ToListAsync(Ct);
        var applications = companies.Select((company, i) => InterestSupportApplication.Apply(round, company, 10_000_000 * (i + 2), "IBK기업은행", loanStarts[i], i,
            closes, DateTime.UtcNow.AddMinutes(i - loanStarts.Length))).ToList();
        db.InterestSupportApplications.AddRange(applications);
        await db.SaveChangesAsync(Ct);
        return (round.Id, applications.Select(a => a.Id).ToList());
    });

    private Task<List<InterestApplicationStatus>> StatusesAsync(int round) =>
        app.WithDbAsync(db => db.InterestSupportApplications.Where(a => a.RoundId == round).OrderBy(a => a.AppliedAt).Select(a => a.Status).ToListAsync(Ct));

    private Task<(int Schemes, int Rounds)> CountsAsync() =>
        app.WithDbAsync(async db => (await db.GuaranteeSchemes.CountAsync(Ct), await db.InterestSupportRounds.CountAsync(Ct)));
}
