using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>Issue 8 links enterprise support to jobs: the staff pages of a firm's support show its hires and open postings.</summary>
public class SupportedFirmJobsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_sme_application_and_the_guarantee_pages_show_the_firms_hires_and_open_postings()
    {
        var company = await app.OwnCompanyIdAsync();
        var (open, hires, soonest) = await app.WithDbAsync(async db => (
            await db.JobPostings.CountAsync(p => p.CompanyId == company && p.Status == PostingStatus.Open, Ct),
            await db.Placements.CountAsync(p => p.CompanyId == company, Ct),
            await db.JobPostings.Where(p => p.CompanyId == company && p.Status == PostingStatus.Open).OrderBy(p => p.CloseDate).Select(p => p.Id).FirstAsync(Ct)));
        Assert.True(open > 0, "the demo employer has open postings");
        var expected = $"이 시스템을 통한 취업 기록 <strong id=\"hires\">{hires:N0}건</strong> · 게시 중인 구인공고 {open:N0}건";

        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var application = await app.AppliedAsync(employer, await app.OpenCallAsync("일자리 연계 확인 공고"), 5_000_000);
        var staff = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        var page = await staff.GetStringAsync($"/Staff/SmeSupport/Application/{application}", Ct);
        Assert.Contains(expected, page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Jobs/Detail/{soonest}\"", page, StringComparison.Ordinal);

        var scheme = await app.WithDbAsync(db => db.GuaranteeSchemes.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(Ct));
        await Forms.PostAsync(employer, "/Employer/Finance?handler=Guarantee", new()
        {
            ["Guarantee.SchemeId"] = $"{scheme}", ["Guarantee.Amount"] = "10000000", ["Guarantee.TermMonths"] = "24", ["Guarantee.Bank"] = "NH농협은행",
        }, tokenFrom: "/Employer/Finance");
        var guarantee = await app.WithDbAsync(db => db.Guarantees.Where(g => g.CompanyId == company).Select(g => g.Id).SingleAsync(Ct));
        Assert.Contains(expected, await staff.GetStringAsync($"/Staff/Finance/Guarantee/{guarantee}", Ct), StringComparison.Ordinal);
    }
}
