using System.Net;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>취업성공장려금 end to end over HTTP: a seeker claims a met milestone with evidence, the agency reviews it.</summary>
public class IncentiveTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (string, string)[] ClaimFields(int placementId, int months) =>
        [("Input.PlacementId", $"{placementId}"), ("Input.Months", $"{months}"), ("Input.BankName", "KB국민은행"), ("Input.AccountNumber", "123-45-678901"), ("Input.AccountHolder", "김고양")];

    [Fact]
    public async Task A_seeker_claims_a_met_milestone_with_evidence_and_the_agency_reviews_it()
    {
        var schemeId = await app.SchemeAsync(topUp: 10_000_000);
        var client = await app.EligibleClientAsync(nth: 0, monthsAgo: 7);
        var seeker = await app.SignedInAsync(client.Email);

        var page = await seeker.GetStringAsync("/Seeker/Incentive", Ct);
        Assert.Contains("테스트 물류", page, StringComparison.Ordinal);
        Assert.Contains($"{Core.Domain.Common.KoreanFormat.Date(IncentiveSetup.Today.AddMonths(-7).AddMonths(6))} 달성", page, StringComparison.Ordinal);
        Assert.Contains("6개월 장려금 500,000원 청구", page, StringComparison.Ordinal);

        // No file, a file that is not a document, and a milestone not yet met: each refused with the reason, nothing stored.
        var none = await Forms.PostPairsAsync(seeker, "/Seeker/Incentive?handler=Claim", ClaimFields(client.PlacementId, 6), "/Seeker/Incentive");
        Assert.Contains("고용보험 가입 이력이나 재직증명서를 올려 주세요.", await none.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var exe = await Forms.PostFileAsync(seeker, "/Seeker/Incentive?handler=Claim", ClaimFields(client.PlacementId, 6), "Input.InsuranceHistory", "a.pdf", "MZ\x90\0"u8.ToArray(), "/Seeker/Incentive");
        Assert.Contains("PDF, JPG, PNG 파일만 올릴 수 있습니다.", await exe.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var early = await Forms.PostFileAsync(seeker, "/Seeker/Incentive?handler=Claim", ClaimFields(client.PlacementId, 12), "Input.InsuranceHistory", "a.pdf", IncentiveSetup.Pdf, "/Seeker/Incentive");
        Assert.Contains("아직 12개월 근속을 채우지 않았습니다.", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.IncentiveClaims.CountAsync(c => c.SeekerProfileId == client.SeekerProfileId, Ct)));

        for (var i = 0; i < 2; i++) // a double submit keeps one claim
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostFileAsync(seeker, "/Seeker/Incentive?handler=Claim", ClaimFields(client.PlacementId, 6),
                "Input.InsuranceHistory", "고용보험.pdf", IncentiveSetup.Pdf, i == 0 ? "/Seeker/Incentive" : "/Seeker/Counseling")).StatusCode);
        var claim = await app.WithDbAsync(db => db.IncentiveClaims.Include(c => c.Evidence).SingleAsync(c => c.SeekerProfileId == client.SeekerProfileId, Ct));
        Assert.Equal((ClaimStatus.Submitted, 500_000L, 6, "고용보험.pdf"), (claim.Status, claim.Amount, claim.MilestoneMonths, claim.Evidence.Single().OriginalName));

        // Only the reviewing agency's staff see it; the seeker cannot reach the staff pages at all.
        var review = $"/Staff/Incentives/Review/{claim.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(DemoAccounts.PartnerCounselor)).GetAsync(review, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(DemoAccounts.CityAdmin)).GetAsync(review, Ct)).StatusCode);
        Assert.Contains("/Account/AccessDenied", (await seeker.GetAsync(review, Ct)).Headers.Location!.OriginalString, StringComparison.Ordinal);

        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        Assert.Contains("심사하기", await counselor.GetStringAsync("/Staff/Incentives", Ct), StringComparison.Ordinal);
        Assert.Contains("자격 요건을 모두 충족합니다.", await counselor.GetStringAsync(review, Ct), StringComparison.Ordinal);
        var file = await counselor.GetAsync($"{review}?handler=File&evidenceId={claim.Evidence[0].Id}", Ct);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        var logged = await app.WithDbAsync(db => db.AccessLog.Where(l => l.SubjectSeekerProfileId == client.SeekerProfileId).Select(l => l.Action).ToListAsync(Ct));
        Assert.Contains(AccessActions.IncentiveReview, logged);
        Assert.Contains(AccessActions.IncentiveDocument, logged);

        // 반려 needs a reason; 보완요청 sends it back; the seeker adds a document and resubmits; then 승인 commits the budget.
        var noReason = await Forms.PostAsync(counselor, $"{review}?handler=Reject", new() { ["Reason"] = " " }, tokenFrom: review);
        Assert.Contains("사유를 입력해 주세요.", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await Forms.PostAsync(counselor, $"{review}?handler=Supplement", new() { ["Reason"] = "재직증명서를 올려 주세요." }, tokenFrom: review);
        Assert.Contains("재직증명서를 올려 주세요.", await seeker.GetStringAsync("/Seeker/Incentive", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostFileAsync(seeker, $"/Seeker/Incentive?handler=Resubmit&claimId={claim.Id}", [],
            "Input.EmploymentCertificate", "재직증명서.pdf", IncentiveSetup.Pdf, "/Seeker/Incentive")).StatusCode);

        var before = await app.BalancesAsync(schemeId);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(counselor, $"{review}?handler=Approve", new() { ["Reason"] = "" }, tokenFrom: review)).StatusCode);
        var after = await app.BalancesAsync(schemeId);
        var approved = await app.WithDbAsync(db => db.IncentiveClaims.Include(c => c.Evidence).SingleAsync(c => c.Id == claim.Id, Ct));
        Assert.Equal((ClaimStatus.Approved, 2), (approved.Status, approved.Evidence.Count));
        Assert.Equal(before.Available - 500_000, after.Available);
        Assert.Equal(before.Committed + 500_000, after.Committed);
        Assert.Equal(1, await app.WithDbAsync(db => db.LedgerTransactions.CountAsync(t => t.ClaimId == claim.Id && t.Kind == LedgerKind.Commitment, Ct)));
        Assert.Contains("승인(지급 대기)", await seeker.GetStringAsync("/Seeker/Incentive", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_that_does_not_qualify_shows_every_reason_and_cannot_be_claimed()
    {
        await app.SchemeAsync();
        var client = await app.EligibleClientAsync(nth: 1, monthsAgo: 7);
        await app.WithDbAsync(async db =>
        {
            (await db.SeekerProfiles.SingleAsync(s => s.Id == client.SeekerProfileId, Ct)).Circumstances = [];
            return await db.SaveChangesAsync(Ct);
        });
        var seeker = await app.SignedInAsync(client.Email);
        var page = await seeker.GetStringAsync("/Seeker/Incentive", Ct);
        Assert.Contains("장려금 대상이 아닙니다.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("6개월 장려금 500,000원 청구", page, StringComparison.Ordinal);
        // The page offers no claim form; a forged post is refused with the reason (token from a page that has a form).
        var post = await Forms.PostFileAsync(seeker, "/Seeker/Incentive?handler=Claim", ClaimFields(client.PlacementId, 6), "Input.InsuranceHistory", "a.pdf", IncentiveSetup.Pdf, "/Seeker/Counseling");
        Assert.Contains("에 해당하는 분이 대상입니다.", await post.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_counselor_records_a_job_change_and_continuity_follows_it()
    {
        await app.SchemeAsync();
        var client = await app.EligibleClientAsync(nth: 2, monthsAgo: 7);
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        var jobs = $"/Staff/Incentives/Jobs/{client.SeekerProfileId}";
        // The first job ended after two months; the next started 40 days later (more than the 30 allowed).
        var firstEnd = IncentiveSetup.Today.AddMonths(-5);
        await Forms.PostAsync(counselor, $"{jobs}?handler=End&placementId={client.PlacementId}", new() { ["endDate"] = firstEnd.ToString("yyyy-MM-dd") }, tokenFrom: jobs);
        var bad = await Forms.PostAsync(counselor, $"{jobs}?handler=Add", new() { ["Input.EmployerName"] = "", ["Input.HoursPerWeek"] = "40", ["Input.Salary"] = "2500000" }, tokenFrom: jobs);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("입사일을 입력해 주세요.", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await Forms.PostAsync(counselor, $"{jobs}?handler=Add", new()
        {
            ["Input.EmployerName"] = "새 직장", ["Input.StartDate"] = firstEnd.AddDays(41).ToString("yyyy-MM-dd"), ["Input.HoursPerWeek"] = "40",
            ["Input.EmploymentInsured"] = "true", ["Input.SalaryType"] = "Monthly", ["Input.Salary"] = "2500000",
        }, tokenFrom: jobs);
        Assert.Equal(2, await app.WithDbAsync(db => db.Placements.CountAsync(p => p.SeekerProfileId == client.SeekerProfileId, Ct)));

        var page = await (await app.SignedInAsync(client.Email)).GetStringAsync("/Seeker/Incentive", Ct);
        Assert.Contains("근속 중단", page, StringComparison.Ordinal);
        Assert.Contains("새 직장", page, StringComparison.Ordinal); // the new job starts a new chain
        Assert.DoesNotContain("6개월 장려금 500,000원 청구", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(DemoAccounts.PartnerCounselor)).GetAsync(jobs, Ct)).StatusCode);
    }
}
