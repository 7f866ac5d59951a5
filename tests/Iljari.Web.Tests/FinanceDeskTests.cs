using System.Net;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Guarantees;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

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

    private Task<(int Schemes, int Rounds)> CountsAsync() =>
        app.WithDbAsync(async db => (await db.GuaranteeSchemes.CountAsync(Ct), await db.InterestSupportRounds.CountAsync(Ct)));
}
