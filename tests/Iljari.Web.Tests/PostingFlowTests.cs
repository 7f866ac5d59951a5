using System.Net;
using System.Text.Json;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>An employer signs up, publishes a posting, and the public search and API find it; closing removes it.</summary>
public class PostingFlowTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Published_posting_is_searchable_and_closing_removes_it()
    {
        var client = app.Client();
        var signUp = await Forms.PostAsync(client, "/Account/RegisterEmployer", new()
        {
            ["Account.Email"] = "flow@example.kr", ["Account.Name"] = "김담당", ["Account.Password"] = "flow-pass-1",
            ["Account.ConfirmPassword"] = "flow-pass-1", ["Account.Consent"] = "true",
            ["Company.Name"] = "백석 꽃농원", ["Company.BusinessNumber"] = "220-81-62517", ["Company.IndustryCode"] = "01",
            ["Company.Size"] = "Micro", ["Company.Address"] = "경기도 고양시 일산동구 백석동 1", ["Company.RegionCode"] = "4128510200",
            ["Company.ContactPhone"] = "031-900-1111",
        });
        Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);

        var close = DateTime.UtcNow.AddHours(9).Date.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var save = await Forms.PostAsync(client, "/Employer/Postings/Edit", new()
        {
            ["Input.Title"] = "화훼단지 플로리스트 정규직 채용", ["Input.OccupationCode"] = "532", ["Input.RegionCode"] = "4128510200",
            ["Input.SalaryType"] = "Monthly", ["Input.SalaryMin"] = "2400000", ["Input.EmploymentType"] = "Permanent",
            ["Input.HoursPerWeek"] = "40", ["Input.Openings"] = "2", ["Input.CloseDate"] = close,
            ["Input.Description"] = "꽃다발 제작과 매장 관리", ["publish"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);

        var id = await app.WithDbAsync(db => db.JobPostings.Where(p => p.Title == "화훼단지 플로리스트 정규직 채용").Select(p => p.Id).FirstAsync(Ct));
        Assert.Contains(id, await SearchIdsAsync("플로리스트"));
        Assert.Contains(id, await SearchIdsAsync("플로"));

        var closeResponse = await Forms.PostAsync(client, "/Employer/Postings?handler=Status",
            new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["action"] = nameof(PostingAction.Close) }, tokenFrom: "/Employer/Postings/Edit");
        Assert.Equal(HttpStatusCode.Redirect, closeResponse.StatusCode);
        Assert.DoesNotContain(id, await SearchIdsAsync("플로리스트"));
    }

    private async Task<List<int>> SearchIdsAsync(string q)
    {
        var json = await app.Client().GetStringAsync($"/api/v1/postings?q={Uri.EscapeDataString(q)}&pageSize=100", Ct);
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
    }
}
