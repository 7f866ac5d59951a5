using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Incentives;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Iljari.Web.Tests;

/// <summary>
/// 취업성공장려금 for the city admin: schemes and versioned rules, budget allocation, payment batches paid once, the
/// bank-transfer file, 환수, and a report whose numbers are computed here from the data each test sets up.
/// Each test works in its own far-future year, so the demo scheme of this year and the other tests stay out of its numbers.
/// </summary>
public class IncentiveAdminTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly IncentiveTestData data = new(app);

    [Fact]
    public async Task Only_the_city_admin_reaches_the_incentive_pages()
    {
        var (schemeId, year) = await data.SchemeAsync(budget: 1_000_000);
        string[] urls = ["/Admin/Incentives", $"/Admin/Incentives/Scheme/{schemeId}", $"/Admin/Incentives/Batches?schemeId={schemeId}", "/Admin/Incentives/Batch/1",
            $"/Admin/Incentives/Report?year={year}", $"/Admin/Incentives/Report?handler=Excel&year={year}"];
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        foreach (var url in urls.Where(u => !u.Contains("Batch/", StringComparison.Ordinal)))
            Assert.True((await city.GetAsync(url, Ct)).StatusCode == HttpStatusCode.OK, url);

        foreach (var account in new[] { DemoAccounts.Counselor, DemoAccounts.AgencyAdmin, DemoAccounts.Seeker, DemoAccounts.Employer })
        {
            var client = await app.SignedInAsync(account);
            foreach (var url in urls)
            {
                var response = await client.GetAsync(url, Ct);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal),
                    $"{account} {url} → {(int)response.StatusCode}");
            }
        }
        foreach (var url in urls)
        {
            var response = await app.Client().GetAsync(url, Ct);
            Assert.Contains("/Account/Login", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        }
        Assert.Contains("href=\"/Admin/Incentives\"", await city.GetStringAsync("/Admin/Organisations", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheme_with_invalid_rules_is_shown_again_with_Korean_messages_and_a_valid_one_is_created()
    {
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var year = IncentiveTestData.NextYear();
        var bad = await Forms.PostPairsAsync(city, "/Admin/Incentives?handler=Create",
        [
            ("NewScheme.Year", $"{year}"), ("NewScheme.Title", " "), ("NewScheme.MinHoursPerWeek", "0"), ("NewScheme.MaxGapDays", "30"),
            ("NewScheme.Milestones[0].Months", "6"), ("NewScheme.Milestones[0].Amount", ""), ("NewScheme.Milestones[1].Months", ""), ("NewScheme.Milestones[1].Amount", ""),
        ], tokenFrom: "/Admin/Incentives");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync(Ct);
        foreach (var message in new[] { "사업명을 입력해 주세요.", "지원 대상 계층을 하나 이상 골라 주세요.", "최소 주 근로시간은 1~52시간 사이로 입력해 주세요.", "지급 시점마다 근속 개월 수와 지급액을 함께 입력해 주세요." })
            Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.IncentiveSchemes.AnyAsync(s => s.Year == year, Ct)));

        var good = await Forms.PostPairsAsync(city, "/Admin/Incentives?handler=Create",
        [
            ("NewScheme.Year", $"{year}"), ("NewScheme.Title", $"{year}년 시범 장려금"), ("NewScheme.Groups", "lowincome"), ("NewScheme.Groups", "women"),
            ("NewScheme.GoyangResidentsOnly", "true"), ("NewScheme.RequireEmploymentInsurance", "true"), ("NewScheme.MinHoursPerWeek", "25"), ("NewScheme.MaxGapDays", "14"),
            ("NewScheme.Milestones[0].Months", "9"), ("NewScheme.Milestones[0].Amount", "700,000원"), ("NewScheme.Milestones[1].Months", "3"), ("NewScheme.Milestones[1].Amount", "300000"),
            ("NewScheme.Milestones[2].Months", ""), ("NewScheme.Milestones[2].Amount", ""),
        ], tokenFrom: "/Admin/Incentives");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var rules = await app.WithDbAsync(async db => (await db.IncentiveSchemes.SingleAsync(s => s.Year == year, Ct)).Rules);
        Assert.Equal((1, false, true, true, 25, 14), (rules.Version, rules.RegisteredBeforePlacement, rules.GoyangResidentsOnly, rules.RequireEmploymentInsurance, rules.MinHoursPerWeek, rules.MaxGapDays));
        Assert.Equal(["lowincome", "women"], rules.Groups.Order());
        Assert.Equal([new IncentiveMilestone(3, 300_000), new IncentiveMilestone(9, 700_000)], rules.Milestones);

        var again = await Forms.PostPairsAsync(city, "/Admin/Incentives?handler=Create",
            [("NewScheme.Year", $"{year}"), ("NewScheme.Title", "중복"), ("NewScheme.Groups", "women"), ("NewScheme.MinHoursPerWeek", "30"), ("NewScheme.MaxGapDays", "30"),
             ("NewScheme.Milestones[0].Months", "6"), ("NewScheme.Milestones[0].Amount", "500000")], tokenFrom: "/Admin/Incentives");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains($"{year}년 사업이 이미 있습니다", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_rules_adds_a_version_and_keeps_the_old_one()
    {
        var (schemeId, _) = await data.SchemeAsync();
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var url = $"/Admin/Incentives/Scheme/{schemeId}";
        (string, string)[] Form(string sixMonths, string hours) =>
        [
            ("Rules.Groups", "disabled"), ("Rules.Groups", "veteran"), ("Rules.RegisteredBeforePlacement", "true"), ("Rules.GoyangResidentsOnly", "true"),
            ("Rules.RequireEmploymentInsurance", "true"), ("Rules.MinHoursPerWeek", hours), ("Rules.MaxGapDays", "30"),
            ("Rules.Milestones[0].Months", "6"), ("Rules.Milestones[0].Amount", sixMonths), ("Rules.Milestones[1].Months", "12"), ("Rules.Milestones[1].Amount", "1,000,000"),
            ("Rules.Milestones[2].Months", ""), ("Rules.Milestones[2].Amount", ""),
        ];

        // The form as it comes (the default rules, groups in the form's order) is not a change.
        var unchanged = await Forms.PostPairsAsync(city, url, [("Rules.Groups", "women"), ("Rules.Groups", "disabled"), ("Rules.Groups", "lowincome"), ("Rules.Groups", "vulnerable"),
            .. Form("500,000", "30").Where(f => f.Item1 != "Rules.Groups")], tokenFrom: url);
        Assert.Equal(HttpStatusCode.OK, unchanged.StatusCode);
        Assert.Contains("지금 규칙과 바뀐 내용이 없습니다.", await unchanged.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostPairsAsync(city, url, Form("600,000", "30"), tokenFrom: url)).StatusCode);
        var versions = await app.WithDbAsync(async db => (await db.IncentiveSchemes.SingleAsync(s => s.Id == schemeId, Ct)).RuleVersions);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(new IncentiveRules().Groups, versions[0].Groups);
        Assert.Equal(500_000, versions[0].Milestones.Single(m => m.Months == 6).Amount);
        Assert.Equal(["disabled", "veteran"], versions[1].Groups);
        Assert.Equal(600_000, versions[1].Milestones.Single(m => m.Months == 6).Amount);
        var page = await city.GetStringAsync(url, Ct);
        Assert.Contains("<th scope=\"row\">2판</th>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">1판</th>", page, StringComparison.Ordinal);
        Assert.Contains("6개월 근속 600,000원", page, StringComparison.Ordinal);

        var same = await Forms.PostPairsAsync(city, url, Form("600000", "30"), tokenFrom: url);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Contains("바뀐 내용이 없습니다", await same.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var invalid = await Forms.PostPairsAsync(city, url, Form("5,000", "60"), tokenFrom: url);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync(Ct);
        Assert.Contains("최소 주 근로시간은 1~52시간 사이로 입력해 주세요.", html, StringComparison.Ordinal);
        Assert.Contains("지급액은 10,000원에서 10,000,000원 사이로 입력해 주세요.", html, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(async db => (await db.IncentiveSchemes.SingleAsync(s => s.Id == schemeId, Ct)).RuleVersions.Count));
    }

    [Fact]
    public async Task Budget_is_allocated_and_a_reduction_is_confirmed_first_and_never_goes_below_zero()
    {
        var (schemeId, _) = await data.SchemeAsync();
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        Task<HttpResponseMessage> Post(bool reduce, string amount, bool confirmed = false) => Forms.PostAsync(city, "/Admin/Incentives?handler=Allocate", new()
        {
            ["Allocation.SchemeId"] = $"{schemeId}", ["Allocation.Reduce"] = reduce ? "true" : "false", ["Allocation.Amount"] = amount,
            ["Allocation.Memo"] = "테스트", ["Allocation.Confirmed"] = confirmed ? "true" : "false",
        }, tokenFrom: "/Admin/Incentives");

        Assert.Equal(HttpStatusCode.Redirect, (await Post(false, "1,000,000")).StatusCode);
        Assert.Equal(new LedgerBalances(1_000_000, 1_000_000, 0, 0), await data.BalancesAsync(schemeId));

        var tooMuch = await Post(true, "2,000,000", confirmed: true);
        Assert.Equal(HttpStatusCode.OK, tooMuch.StatusCode);
        Assert.Contains("감액할 수 있는 예산은 1,000,000원입니다.", await tooMuch.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var zero = await Post(false, "0");
        Assert.Equal(HttpStatusCode.OK, zero.StatusCode);
        Assert.Contains("금액을 원 단위 숫자로 입력해 주세요", await zero.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var ask = await Post(true, "400,000");
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        var question = await ask.Content.ReadAsStringAsync(Ct);
        Assert.Contains("400,000원을 감액합니다", question, StringComparison.Ordinal);
        Assert.Contains("감액 확인", question, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.LedgerTransactions.CountAsync(t => t.SchemeId == schemeId, Ct)));

        Assert.Equal(HttpStatusCode.Redirect, (await Post(true, "400000", confirmed: true)).StatusCode);
        Assert.Equal(new LedgerBalances(600_000, 600_000, 0, 0), await data.BalancesAsync(schemeId));
        Assert.Contains("600,000원", await city.GetStringAsync("/Admin/Incentives", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_is_opened_and_paid_once_moving_its_claims_from_committed_to_paid()
    {
        const long budget = 10_000_000;
        var (schemeId, _) = await data.SchemeAsync(budget);
        var claimIds = await data.ApprovedClaimsAsync(schemeId, 6, 6, 12);
        var sum = await app.WithDbAsync(db => db.IncentiveClaims.Where(c => claimIds.Contains(c.Id)).SumAsync(c => c.Amount, Ct));
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var batchesUrl = $"/Admin/Incentives/Batches?schemeId={schemeId}";
        Assert.Contains($"{claimIds.Count:N0}건, {KoreanFormat.Won(sum)}", await city.GetStringAsync(batchesUrl, Ct), StringComparison.Ordinal);

        var opened = await Forms.PostAsync(city, "/Admin/Incentives/Batches?handler=Open", new() { ["schemeId"] = $"{schemeId}" }, tokenFrom: batchesUrl);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var batchId = int.Parse(Forms.FirstMatch(opened.Headers.Location!.OriginalString, @"/Admin/Incentives/Batch/(\d+)"), CultureInfo.InvariantCulture);
        Assert.All(await app.WithDbAsync(db => db.IncentiveClaims.Where(c => claimIds.Contains(c.Id)).Select(c => c.BatchId).ToListAsync(Ct)), b => Assert.Equal(batchId, b));
        Assert.Contains("지급 묶음에 담을 승인 청구가 없습니다", await city.GetStringAsync(batchesUrl, Ct), StringComparison.Ordinal);
        Assert.Equal(new LedgerBalances(budget, budget - sum, sum, 0), await data.BalancesAsync(schemeId));

        // The batch page masks names and accounts.
        var batchUrl = $"/Admin/Incentives/Batch/{batchId}";
        var page = await city.GetStringAsync(batchUrl, Ct);
        foreach (var c in await data.ClaimsWithNamesAsync(claimIds))
        {
            Assert.Contains(Masking.Name(c.Name), page, StringComparison.Ordinal);
            Assert.DoesNotContain(c.Name, page, StringComparison.Ordinal);
            Assert.Contains(c.Claim.MaskedAccount, page, StringComparison.Ordinal);
            Assert.DoesNotContain(c.Claim.AccountNumber, page, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(city, $"{batchUrl}?handler=Pay", [], tokenFrom: batchUrl)).StatusCode);
        Assert.All(await app.WithDbAsync(db => db.IncentiveClaims.Where(c => claimIds.Contains(c.Id)).Select(c => c.Status).ToListAsync(Ct)), s => Assert.Equal(ClaimStatus.Paid, s));
        var payments = await app.WithDbAsync(db => db.LedgerTransactions.Where(t => t.SchemeId == schemeId && t.Kind == LedgerKind.Payment).Select(t => new { t.ClaimId, t.BatchId }).ToListAsync(Ct));
        Assert.Equal(claimIds.Order(), payments.Select(p => p.ClaimId!.Value).Order());
        Assert.All(payments, p => Assert.Equal(batchId, p.BatchId));
        Assert.Equal(new LedgerBalances(budget, budget - sum, 0, sum), await data.BalancesAsync(schemeId));
        Assert.Contains("지급 완료", await city.GetStringAsync(batchUrl, Ct), StringComparison.Ordinal);

        var twice = await Forms.PostAsync(city, $"{batchUrl}?handler=Pay", [], tokenFrom: batchUrl);
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Contains("이미 지급된 묶음입니다.", await city.GetStringAsync(twice.Headers.Location, Ct), StringComparison.Ordinal);
        Assert.Equal(claimIds.Count, await app.WithDbAsync(db => db.LedgerTransactions.CountAsync(t => t.SchemeId == schemeId && t.Kind == LedgerKind.Payment, Ct)));
        Assert.Equal(new LedgerBalances(budget, budget - sum, 0, sum), await data.BalancesAsync(schemeId));
    }

    [Fact]
    public async Task The_transfer_file_is_UTF8_with_a_BOM_has_a_row_per_claim_and_its_download_is_logged()
    {
        var (schemeId, _) = await data.SchemeAsync(10_000_000);
        var claimIds = await data.ApprovedClaimsAsync(schemeId, 12, 6);
        await app.WithDbAsync(async db =>
        {
            // A holder typed like a spreadsheet formula must reach Excel as text.
            await db.Database.ExecuteSqlAsync($"UPDATE \"IncentiveClaims\" SET \"AccountHolder\" = {"=HYPERLINK(1)"} WHERE \"Id\" = {claimIds[1]}", Ct);
            return 0;
        });
        var batchId = await data.OpenBatchAsync(schemeId);
        var logged = await app.WithDbAsync(db => db.AccessLog.CountAsync(e => e.Action == AccessActions.IncentiveTransferFile, Ct));

        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var response = await city.GetAsync($"/Admin/Incentives/Batch/{batchId}?handler=TransferFile", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("순번,은행,계좌번호,예금주,금액,적요", lines[0]);
        var claims = await app.WithDbAsync(db => db.IncentiveClaims.Where(c => claimIds.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(Ct));
        Assert.Equal(claims.Count + 1, lines.Length);
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            var holder = c.AccountHolder.StartsWith('=') ? "'" + c.AccountHolder : c.AccountHolder;
            Assert.Equal($"{i + 1},{c.BankName},{c.AccountNumber},{holder},{c.Amount},고양시 취업성공장려금 {c.MilestoneMonths}개월", lines[i + 1]);
        }
        var entries = await app.WithDbAsync(db => db.AccessLog.Where(e => e.Action == AccessActions.IncentiveTransferFile).OrderBy(e => e.Id).ToListAsync(Ct));
        Assert.Equal(logged + 1, entries.Count);
        Assert.Contains($"#{batchId}", entries[^1].Detail, StringComparison.Ordinal);
        Assert.Equal(DemoAccounts.CityAdmin, entries[^1].UserName);
    }

    [Fact]
    public async Task A_paid_claim_is_reversed_only_with_a_reason_and_its_money_returns_to_the_budget()
    {
        const long budget = 5_000_000;
        var (schemeId, _) = await data.SchemeAsync(budget);
        var claimIds = await data.ApprovedClaimsAsync(schemeId, 6, 12);
        var batchId = await data.OpenBatchAsync(schemeId);
        await data.WithLedgerAsync(async (l, admin) => await l.PayBatchAsync(batchId, admin, Ct));
        var amounts = await app.WithDbAsync(db => db.IncentiveClaims.Where(c => claimIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Amount, Ct));
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var url = $"/Admin/Incentives/Batch/{batchId}";
        Task<HttpResponseMessage> Reverse(string reason) => Forms.PostAsync(city, $"{url}?handler=Reverse",
            new() { ["Reverse.ClaimId"] = $"{claimIds[0]}", ["Reverse.Reason"] = reason }, tokenFrom: url);

        var noReason = await Reverse("  ");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("환수 사유를 입력해 주세요.", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.Paid, await data.StatusAsync(claimIds[0]));

        Assert.Equal(HttpStatusCode.Redirect, (await Reverse("재직 사실이 확인되지 않음")).StatusCode);
        Assert.Equal(ClaimStatus.Reversed, await data.StatusAsync(claimIds[0]));
        var paid = amounts.Values.Sum() - amounts[claimIds[0]];
        Assert.Equal(new LedgerBalances(budget, budget - paid, 0, paid), await data.BalancesAsync(schemeId));
        var reversal = await app.WithDbAsync(db => db.LedgerTransactions.SingleAsync(t => t.SchemeId == schemeId && t.Kind == LedgerKind.Reversal, Ct));
        Assert.Equal(("재직 사실이 확인되지 않음", claimIds[0]), (reversal.Memo, reversal.ClaimId!.Value));

        var again = await Reverse("두 번째");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("지급된 청구만 환수할 수 있습니다.", await city.GetStringAsync(again.Headers.Location, Ct), StringComparison.Ordinal);
        var file = Encoding.UTF8.GetString(await city.GetByteArrayAsync($"{url}?handler=TransferFile", Ct));
        Assert.Equal(2, file.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length); // the header and the claim that still stands
    }

    [Fact]
    public Task The_report_matches_the_claims_and_the_ledger_set_up_here() => IncentiveReportScenario.RunAsync(app, data);

    [Fact]
    public async Task The_scheme_ledger_lists_transactions_newest_first_with_paging()
    {
        var (schemeId, _) = await data.SchemeAsync();
        for (var i = 1; i <= 23; i++)
        {
            var n = i;
            await data.WithLedgerAsync((l, admin) => l.AllocateAsync(schemeId, n * 1_000, $"배정 {n}회", admin, Ct));
        }
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var first = await city.GetStringAsync($"/Admin/Incentives/Scheme/{schemeId}", Ct);
        Assert.True(first.IndexOf("배정 23회", StringComparison.Ordinal) < first.IndexOf("배정 22회", StringComparison.Ordinal));
        Assert.DoesNotContain("배정 3회<", first, StringComparison.Ordinal);
        Assert.Contains("장부 거래 23건", first, StringComparison.Ordinal);
        var second = await city.GetStringAsync($"/Admin/Incentives/Scheme/{schemeId}?page=2", Ct);
        Assert.Contains("배정 1회<", second, StringComparison.Ordinal);
        Assert.DoesNotContain("배정 23회", second, StringComparison.Ordinal);
        var total = Enumerable.Range(1, 23).Sum(n => n * 1_000L);
        Assert.Contains(KoreanFormat.Won(total), first, StringComparison.Ordinal);
    }
}

/// <summary>The report's numbers against the rows written here; run on SQLite and on PostgreSQL (GroupBy, KST months, groups in a JSON or array column).</summary>
public static class IncentiveReportScenario
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task RunAsync(IljariApp app, IncentiveTestData data)
    {
        var (schemeId, year) = await data.SchemeAsync(20_000_000);
        var seekers = await data.SeekersAsync(3);
        string[][] groups = [["lowincome", "disabled"], ["women"], []];
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < seekers.Count; i++) (await db.SeekerProfiles.SingleAsync(s => s.Id == seekers[i], Ct)).Circumstances = [.. groups[i]];
            return await db.SaveChangesAsync(Ct);
        });
        // Paid: A 6 and 12 months, B 6 months (then 환수), C 6 months. Approved but not batched: C 12 months. Waiting: B 12 months.
        var paid = await data.ApprovedClaimsFor(schemeId, (seekers[0], 6), (seekers[0], 12), (seekers[1], 6), (seekers[2], 6));
        var batchId = await data.OpenBatchAsync(schemeId);
        await data.WithLedgerAsync(async (l, admin) => await l.PayBatchAsync(batchId, admin, Ct));
        await data.WithLedgerAsync(async (l, admin) => await l.ReverseAsync(paid[2], "중복 지급", admin, Ct));
        await data.ApprovedClaimsFor(schemeId, (seekers[2], 12));
        await data.ClaimsAsync(schemeId, approve: false, (seekers[1], 12));

        // Expected numbers, from the rows this test wrote.
        var (claims, ledgerRows, circumstances) = await app.WithDbAsync(async db => (
            await db.IncentiveClaims.Where(c => c.SchemeId == schemeId).ToListAsync(Ct),
            await db.LedgerTransactions.Where(t => t.SchemeId == schemeId).Include(t => t.Entries).ToListAsync(Ct),
            await db.SeekerProfiles.Where(s => seekers.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Circumstances, Ct)));
        var paidEntries = ledgerRows.SelectMany(t => t.Entries.Where(e => e.Account == LedgerAccount.Paid).Select(e => (t, e.Amount))).ToList();
        var balances = await data.BalancesAsync(schemeId);

        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var page = await city.GetStringAsync($"/Admin/Incentives/Report?year={year}", Ct);
        foreach (var status in Enum.GetValues<ClaimStatus>())
        {
            var of = claims.Where(c => c.Status == status).ToList();
            Assert.Contains($"<th scope=\"row\">{status.Label()}</th><td>{of.Count:N0}건</td><td>{KoreanFormat.Won(of.Sum(c => c.Amount))}</td>", page, StringComparison.Ordinal);
        }
        foreach (var month in paidEntries.GroupBy(x => (KoreanFormat.ToKst(x.t.CreatedAt).Year, KoreanFormat.ToKst(x.t.CreatedAt).Month)))
            Assert.Contains($"<th scope=\"row\">{month.Key.Year}년 {month.Key.Month}월</th><td>{month.Count(x => x.t.Kind == LedgerKind.Payment)}건</td>" +
                $"<td>{month.Count(x => x.t.Kind == LedgerKind.Reversal)}건</td><td>{KoreanFormat.Won(month.Sum(x => x.Amount))}</td>", page, StringComparison.Ordinal);
        foreach (var code in new[] { "lowincome", "disabled", "women", "veteran", "vulnerable" })
        {
            var standing = claims.Where(c => c.Status == ClaimStatus.Paid && circumstances[c.SeekerProfileId].Contains(code)).ToList();
            var net = paidEntries.Where(x => circumstances[claims.Single(c => c.Id == x.t.ClaimId).SeekerProfileId].Contains(code)).Sum(x => x.Amount);
            Assert.Equal(standing.Sum(c => c.Amount), net);
            Assert.Contains($"<th scope=\"row\">{Core.Domain.Board.TargetGroups.Label(code)}</th><td>{standing.Select(c => c.SeekerProfileId).Distinct().Count()}명</td>" +
                $"<td>{standing.Count}건</td><td>{KoreanFormat.Won(net)}</td>", page, StringComparison.Ordinal);
        }
        Assert.Contains($"<td>{KoreanFormat.Won(balances.Allocated)}</td><td>{KoreanFormat.Won(balances.Available)}</td>", page, StringComparison.Ordinal);
        Assert.Contains("여러 계층에 해당할 수 있어", page, StringComparison.Ordinal);

        var excel = await city.GetAsync($"/Admin/Incentives/Report?handler=Excel&year={year}", Ct);
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using var stream = new MemoryStream(await excel.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(["예산", "청구 상태별", "월별 지급", "계층별 지급"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var byStatus = stream.Query(useHeaderRow: true, sheetName: "청구 상태별").Cast<IDictionary<string, object>>().ToList();
        var paidRow = byStatus.Single(r => (string)r["상태"] == ClaimStatus.Paid.Label());
        Assert.Equal(claims.Where(c => c.Status == ClaimStatus.Paid).Sum(c => c.Amount), Convert.ToInt64(paidRow["금액(원)"], CultureInfo.InvariantCulture));
        stream.Position = 0;
        var budgetRows = stream.Query(useHeaderRow: true, sheetName: "예산").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(balances.Available, Convert.ToInt64(budgetRows.Single(r => (string)r["구분"] == "예산 잔액")["금액(원)"], CultureInfo.InvariantCulture));
    }
}

/// <summary>The report's queries on PostgreSQL.</summary>
public class IncentiveAdminPostgresTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public Task The_report_matches_the_claims_and_the_ledger_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        return IncentiveReportScenario.RunAsync(app, new IncentiveTestData(app));
    }
}

/// <summary>
/// Incentive data built through the domain and the ledger service, as the app would: schemes in far-future years (one
/// per call), outside jobs, claims with a document, approvals, batches.
/// </summary>
public sealed class IncentiveTestData(IljariApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static int _year = 2060;
    private static int _seekerOffset;

    public static int NextYear() => Interlocked.Increment(ref _year);

    public async Task<(int Id, int Year)> SchemeAsync(long budget = 0)
    {
        var year = NextYear();
        var id = await app.WithDbAsync(async db =>
        {
            var scheme = IncentiveScheme.Create(year, $"{year}년 테스트 장려금", new IncentiveRules(), DateTime.UtcNow);
            db.IncentiveSchemes.Add(scheme);
            await db.SaveChangesAsync(Ct);
            return scheme.Id;
        });
        if (budget > 0) await WithLedgerAsync((l, admin) => l.AllocateAsync(id, budget, "테스트 예산", admin, Ct));
        return (id, year);
    }

    public async Task WithLedgerAsync(Func<IncentiveLedger, string, Task> work)
    {
        var admin = await app.UserIdAsync(DemoAccounts.CityAdmin);
        await using var scope = app.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IncentiveLedger>(), admin);
    }

    public async Task<int> OpenBatchAsync(int schemeId)
    {
        PaymentBatch? batch = null;
        await WithLedgerAsync(async (l, admin) => batch = await l.OpenBatchAsync(schemeId, admin, Ct));
        return batch!.Id;
    }

    /// <summary>Generated demo seekers, different ones for each call (the Tiny set has 30; the count wraps around after that).</summary>
    public async Task<List<int>> SeekersAsync(int count)
    {
        var all = await app.WithDbAsync(db => db.SeekerProfiles.Where(s => s.Email != DemoAccounts.Seeker).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(Ct));
        var from = Interlocked.Add(ref _seekerOffset, count) - count;
        return [.. Enumerable.Range(from, count).Select(i => all[i % all.Count])];
    }

    public async Task<List<int>> ApprovedClaimsAsync(int schemeId, params int[] months)
    {
        var seekers = await SeekersAsync(months.Length);
        return await ApprovedClaimsFor(schemeId, [.. seekers.Zip(months)]);
    }

    public Task<List<int>> ApprovedClaimsFor(int schemeId, params (int Seeker, int Months)[] claims) => ClaimsAsync(schemeId, approve: true, claims);

    /// <summary>For each seeker: an outside job long enough ago, a claim for the milestone with one document, and (if asked) the agency's approval.</summary>
    public async Task<List<int>> ClaimsAsync(int schemeId, bool approve, params (int Seeker, int Months)[] claims)
    {
        var counselor = await app.UserIdAsync(DemoAccounts.Counselor);
        var ids = new List<int>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var ledger = scope.ServiceProvider.GetRequiredService<IncentiveLedger>();
        var agencyId = await db.Agencies.Where(a => a.Name == "고양시 일자리센터").Select(a => a.Id).FirstAsync(Ct);
        foreach (var (seeker, months) in claims)
        {
            var scheme = await db.IncentiveSchemes.AsNoTracking().FirstAsync(s => s.Id == schemeId, Ct);
            var now = DateTime.UtcNow;
            var today = DateOnly.FromDateTime(KoreanFormat.ToKst(now));
            var job = Placement.RecordExternal(seeker, "테스트 상사", today.AddMonths(-months).AddDays(-3), null, 40, true, SalaryType.Monthly, 3_000_000, counselor, now);
            db.Placements.Add(job);
            await db.SaveChangesAsync(Ct);
            var claim = IncentiveClaim.File(scheme, seeker, job.Id, agencyId, scheme.Rules.Milestones.Single(m => m.Months == months), today.AddDays(-2),
                "국민은행", $"3333-{seeker:0000}-{job.Id:0000}", "홍길동", counselor, now);
            claim.AddEvidence(ClaimEvidence.Of(EvidenceKind.InsuranceHistory, $"{Guid.NewGuid():N}.pdf", "고용보험 가입 이력.pdf", now));
            db.IncentiveClaims.Add(claim);
            await db.SaveChangesAsync(Ct);
            if (approve) await ledger.ApproveAsync(claim.Id, agencyId, counselor, null, Ct);
            ids.Add(claim.Id);
        }
        return ids;
    }

    public async Task<LedgerBalances> BalancesAsync(int schemeId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IncentiveLedger>().BalancesAsync(schemeId, Ct);
    }

    public Task<ClaimStatus> StatusAsync(int claimId) => app.WithDbAsync(db => db.IncentiveClaims.Where(c => c.Id == claimId).Select(c => c.Status).SingleAsync(Ct));

    public Task<List<(IncentiveClaim Claim, string Name)>> ClaimsWithNamesAsync(List<int> ids) => app.WithDbAsync(async db =>
        (await db.IncentiveClaims.Where(c => ids.Contains(c.Id)).Join(db.SeekerProfiles, c => c.SeekerProfileId, s => s.Id, (c, s) => new { c, s.Name }).ToListAsync(Ct))
        .Select(x => (x.c, x.Name)).ToList());
}
