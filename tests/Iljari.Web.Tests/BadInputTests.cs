using System.Net;
using System.Text.Json;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>Bad input gets a clear Korean error and loses nothing; never a 500 or a stack trace.</summary>
public class BadInputTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/Jobs?page=abc&minSalary=xyz&pageSize=-4")]
    [InlineData("/Jobs?q=%22(*%3F~%5C&region=<script>&occupation=999&career=Q&education=99&type=zz&sort=%00")]
    [InlineData("/Jobs?q=C%2B%2B&page=99999999999")]
    [InlineData("/Jobs/Detail/abc")]
    [InlineData("/Jobs/Detail/2147483647")]
    [InlineData("/Jobs/Suggest?q=%22%5B%7B")]
    [InlineData("/Employer/Postings?status=Nope&page=-1")]
    public async Task Malformed_query_strings_never_give_a_server_error(string url)
    {
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var response = await employer.GetAsync(url, Ct);
        Assert.True((int)response.StatusCode < 500, $"{url} → {(int)response.StatusCode}");
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/postings?region=999", "region")]
    [InlineData("/api/v1/postings?career=Q", "career")]
    [InlineData("/api/v1/postings?pageSize=1000", "pageSize")]
    [InlineData("/api/v1/postings?sort=random", "sort")]
    public async Task Api_answers_bad_filters_with_ProblemDetails(string url, string field)
    {
        var response = await app.Client().GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("/api/v1/postings?page=abc")]
    [InlineData("/api/v1/postings/999999")]
    [InlineData("/api/v1/nothing-here")]
    public async Task Api_errors_are_problem_json(string url)
    {
        var response = await app.Client().GetAsync(url, Ct);
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Employer_sign_up_with_a_wrong_check_digit_re_renders_with_a_Korean_message_and_keeps_input()
    {
        var client = app.Client();
        var response = await Forms.PostAsync(client, "/Account/RegisterEmployer", new()
        {
            ["Account.Email"] = "wrong-bn@example.kr", ["Account.Name"] = "홍길동", ["Account.Password"] = "abcd1234",
            ["Account.ConfirmPassword"] = "abcd1234", ["Account.Consent"] = "true",
            ["Company.Name"] = "틀린번호 상사", ["Company.BusinessNumber"] = "220-81-62518", ["Company.IndustryCode"] = "56",
            ["Company.Size"] = "Small", ["Company.Address"] = "경기도 고양시 덕양구 주교동 1", ["Company.RegionCode"] = "4128110100",
            ["Company.ContactPhone"] = "031-123-4567",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("유효하지 않은 사업자등록번호입니다", html, StringComparison.Ordinal);
        Assert.Contains("value=\"틀린번호 상사\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Companies.AnyAsync(c => c.Name == "틀린번호 상사", Ct)));
    }

    [Fact]
    public async Task Posting_below_minimum_wage_is_refused_beside_the_field_and_input_is_kept()
    {
        var client = await app.SignedInAsync(DemoAccounts.Employer);
        var response = await Forms.PostAsync(client, "/Employer/Postings/Edit", new()
        {
            ["Input.Title"] = "최저임금 미만 테스트 공고", ["Input.OccupationCode"] = "532", ["Input.RegionCode"] = "4128500000",
            ["Input.SalaryType"] = "Hourly", ["Input.SalaryMin"] = "9000", ["Input.SalaryMax"] = "8000",
            ["Input.EmploymentType"] = "Permanent", ["Input.HoursPerWeek"] = "40", ["Input.Openings"] = "abc",
            ["Input.CloseDate"] = "2001-01-01", ["Input.Description"] = "설명",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("최저임금", html, StringComparison.Ordinal);
        Assert.Contains("‘abc’은(는) 올바른 값이 아닙니다", html, StringComparison.Ordinal);
        Assert.Contains("value=\"최저임금 미만 테스트 공고\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.JobPostings.AnyAsync(p => p.Title == "최저임금 미만 테스트 공고", Ct)));
    }

    [Fact]
    public async Task Login_is_locked_after_five_failures()
    {
        var client = app.Client();
        for (var i = 0; i < 5; i++)
            await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = DemoAccounts.Counselor, ["Password"] = "wrong-password-1" });
        var response = await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = DemoAccounts.Counselor, ["Password"] = DemoAccounts.Password });
        Assert.Contains("계정이 잠겼습니다", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.FirstAsync(u => u.Email == DemoAccounts.Counselor, Ct);
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            return await db.SaveChangesAsync(Ct);
        });
    }
}
