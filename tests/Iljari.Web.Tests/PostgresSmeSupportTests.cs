using System.Net;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>지원사업 on PostgreSQL: the list, review and selection queries translate, JSON columns round-trip, the unique index holds.</summary>
public class PostgresSmeSupportTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Calls_applications_review_selection_and_difficulties_work_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        var callId = await app.OpenCallAsync("PG 운전자금", budget: 20_000_000, awards: 1, change: f => (f.IndustrySections, f.Sizes) = (["I", "A"], [Core.Domain.Accounts.CompanySize.Small]));
        var call = await app.WithDbAsync(db => db.SupportCalls.SingleAsync(c => c.Id == callId, Ct));
        Assert.Equal(["A", "I"], call.Eligibility.IndustrySections);
        Assert.Equal(new ScoringCriterion("고용효과", 30), call.Criteria[1]);

        Assert.Contains("PG 운전자금", await app.Client().GetStringAsync("/Support", Ct), StringComparison.Ordinal);
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var id = await app.AppliedAsync(employer, callId, 12_000_000);
        Assert.Contains("이미 이 공고에 신청했습니다.", await (await SmeSupportSetup.ApplyAsync(employer, callId, 1_000_000, tokenFrom: "/Employer/Support/Difficulties"))
            .Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("PG 운전자금", await employer.GetStringAsync("/Employer/Support", Ct), StringComparison.Ordinal);

        var staff = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        var callUrl = $"/Staff/SmeSupport/Call/{callId}";
        foreach (var email in new[] { DemoAccounts.MerchantCounselor, DemoAccounts.CityAdmin })
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{callUrl}?handler=Assign", new() { ["userId"] = await app.UserIdAsync(email) }, callUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{callUrl}?handler=Close", [], callUrl)).StatusCode);
        var scoreUrl = $"/Staff/SmeSupport/Score/{callId}";
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        foreach (var (reviewer, p) in new[] { (staff, 30), (city, 25) })
        {
            await Forms.PostAsync(reviewer, $"{scoreUrl}?handler=Declare", new() { ["applicationId"] = $"{id}", ["conflict"] = "false" }, scoreUrl);
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(reviewer, $"{scoreUrl}?handler=Score",
                new() { ["applicationId"] = $"{id}", ["Points[0]"] = $"{p}", ["Points[1]"] = "20", ["Points[2]"] = "20" }, scoreUrl)).StatusCode);
        }
        Assert.Contains("평균 67.5점", await staff.GetStringAsync($"/Staff/SmeSupport/Application/{id}", Ct), StringComparison.Ordinal);
        Assert.Contains("70점, 65점", await staff.GetStringAsync(callUrl, Ct), StringComparison.Ordinal);
        Assert.Contains("PG 운전자금", await staff.GetStringAsync("/Staff/SmeSupport", Ct), StringComparison.Ordinal);
        Assert.Contains("PG 운전자금", await city.GetStringAsync("/Staff/SmeSupport", Ct), StringComparison.Ordinal);

        var decideUrl = $"/Staff/SmeSupport/Application/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{decideUrl}?handler=Select", new() { ["Amount"] = "12000000" }, decideUrl)).StatusCode);
        var booked = await app.WithDbAsync(db => db.SupportCalls.SingleAsync(c => c.Id == callId, Ct));
        Assert.Equal((12_000_000L, 1, SupportCallStatus.Closed), (booked.AwardedTotal, booked.AwardedCount, booked.Status));
        Assert.Contains("12,000,000원", await employer.GetStringAsync($"/Employer/Support/Application/{id}", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"{callUrl}?handler=Excel", Ct)).StatusCode);

        await Forms.PostAsync(employer, "/Employer/Support/Difficulties", new() { ["Input.Category"] = "Sales", ["Input.Title"] = "PG 판로 애로", ["Input.Description"] = "온라인 판로를 찾고 있습니다. 도와주세요." });
        var list = await staff.GetStringAsync("/Staff/SmeSupport/Difficulties", Ct);
        Assert.Contains("PG 판로 애로", list, StringComparison.Ordinal);
        Assert.Contains("(기한 초과)", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Staff/SmeSupport/Difficulties?handler=Excel&open=false", Ct)).StatusCode);
    }
}
