using System.Net;
using System.Security.Cryptography;
using System.Text;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Partners;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Web.Tests;

/// <summary>Partner tokens: scopes per module and access, revocation, expiry, hashing at rest, and the partner read endpoints.</summary>
public class PartnerApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Read_scope_reads_its_module_but_cannot_write()
    {
        var client = app.WithToken(await app.TokenAsync([ApiScopes.EventsRead, ApiScopes.PostingsRead]));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/events", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/postings/feed", Ct)).StatusCode);

        var import = await client.ImportAsync(Work24Line.Csv(new Work24Line("SCOPE-1")), "text/csv");
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        var problem = await import.JsonAsync();
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Contains("postings:write", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.JobPostings.CountAsync(p => p.ExternalId == "SCOPE-1")));
    }

    [Fact]
    public async Task A_scope_opens_only_its_own_module()
    {
        var writer = app.WithToken(await app.TokenAsync([ApiScopes.PostingsWrite]));
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync("/api/v1/postings/feed", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync("/api/v1/events", Ct)).StatusCode);

        var events = app.WithToken(await app.TokenAsync([ApiScopes.EventsRead]));
        var programs = await events.GetAsync("/api/v1/programs", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, programs.StatusCode);
        Assert.Contains("programs:read", (await programs.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partner_endpoints_need_a_token_and_the_public_search_does_not()
    {
        var anonymous = app.Client();
        var events = await anonymous.GetAsync("/api/v1/events", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, events.StatusCode);
        Assert.Equal("Bearer", events.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", events.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.ImportAsync("wantedAuthNo\r\n", "text/csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/postings?q=바리스타", Ct)).StatusCode);

        // A signed-in city admin's cookie is not a partner token.
        var admin = await app.SignedInAsync(DemoAccounts.CityAdmin);
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/v1/programs", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("ilj_0123456789abcdef_notarealsecretnotarealsecret")]
    [InlineData("garbage")]
    public async Task Unknown_tokens_are_refused_even_on_public_endpoints(string token)
    {
        var client = app.WithToken(token);
        var search = await client.GetAsync("/api/v1/postings", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, search.StatusCode);
        Assert.Equal("알 수 없는 토큰입니다.", (await search.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_right_lookup_id_with_a_wrong_secret_is_unknown()
    {
        var token = await app.TokenAsync([ApiScopes.EventsRead]);
        var forged = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithToken(forged).GetAsync("/api/v1/events", Ct)).StatusCode);
    }

    [Fact]
    public async Task Revocation_on_the_admin_page_takes_effect_on_the_next_request()
    {
        var token = await app.TokenAsync([ApiScopes.ProgramsRead], partner: "폐기될 기관");
        var partner = app.WithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/api/v1/programs", Ct)).StatusCode);

        var id = await app.WithDbAsync(db => db.ApiTokens.Where(t => t.PartnerName == "폐기될 기관").Select(t => t.Id).SingleAsync());
        var admin = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var revoke = await Forms.PostAsync(admin, $"/Admin/ApiTokens?handler=Revoke&id={id}", [], tokenFrom: "/Admin/ApiTokens");
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);

        var after = await partner.GetAsync("/api/v1/programs", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("폐기된 토큰입니다.", (await after.JsonAsync()).GetProperty("detail").GetString());
        var row = await app.WithDbAsync(db => db.ApiTokens.SingleAsync(t => t.Id == id));
        Assert.Equal(await app.UserIdAsync(DemoAccounts.CityAdmin), row.RevokedByUserId);
        Assert.NotNull(row.RevokedAt);
        Assert.NotNull(row.LastUsedAt);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var token = await app.TokenAsync([ApiScopes.EventsRead], expiresAt: DateTime.UtcNow.AddMinutes(-1));
        var response = await app.WithToken(token).GetAsync("/api/v1/events", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("만료된 토큰입니다.", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_admin_page_shows_a_new_token_once_and_the_database_keeps_only_its_hash()
    {
        var admin = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var created = await Forms.PostPairsAsync(admin, "/Admin/ApiTokens?handler=Create",
            [("Input.PartnerName", "고양 청년재단"), ("Input.Label", "행사 연계"), ("Input.Scopes", ApiScopes.EventsRead), ("Input.Scopes", ApiScopes.ProgramsRead)],
            tokenFrom: "/Admin/ApiTokens");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var html = await created.Content.ReadAsStringAsync(Ct);
        var token = Forms.FirstMatch(html, "id=\"issued-token\"[^>]*value=\"(ilj_[0-9a-f]{16}_[A-Za-z0-9_-]{43})\"");
        Assert.True(created.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.OK, (await app.WithToken(token).GetAsync("/api/v1/events", Ct)).StatusCode);

        Assert.DoesNotContain(token, await admin.GetStringAsync("/Admin/ApiTokens", Ct), StringComparison.Ordinal);
        var secret = token[(ApiToken.Prefix.Length + 17)..];
        var stored = await app.WithDbAsync(db => db.ApiTokens.SingleAsync(t => t.PartnerName == "고양 청년재단"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), stored.SecretHash);
        Assert.Equal([ApiScopes.EventsRead, ApiScopes.ProgramsRead], stored.Scopes);
        // The whole database file (after a checkpoint) does not hold the secret anywhere.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)"));
        var path = await app.WithDbAsync(db => Task.FromResult(db.Database.GetDbConnection().DataSource));
        var bytes = await File.ReadAllBytesAsync(path, Ct);
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
        Assert.NotEqual(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(stored.SecretHash)));
    }

    [Fact]
    public async Task The_admin_form_says_what_is_missing_in_Korean()
    {
        var admin = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var response = await Forms.PostAsync(admin, "/Admin/ApiTokens?handler=Create", new() { ["Input.PartnerName"] = "" }, tokenFrom: "/Admin/ApiTokens");
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("협력기관명을 입력해 주세요.", html, StringComparison.Ordinal);
        Assert.Contains("권한을 하나 이상 골라 주세요.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("issued-token", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_api_lists_published_events_and_hides_drafts()
    {
        var draftId = await app.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.Select(a => a.Id).FirstAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
            var e = HiringEvent.Draft(agency, "test", new HiringEventFields { Title = "작성 중 박람회", Place = "킨텍스", Date = today.AddDays(10) }, today, DateTime.UtcNow);
            db.HiringEvents.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        });
        var client = app.WithToken(await app.TokenAsync([ApiScopes.EventsRead]));
        var list = await (await client.GetAsync("/api/v1/events?pageSize=200", Ct)).JsonAsync();
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.NotEmpty(ids);
        Assert.DoesNotContain(draftId, ids);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/events/{draftId}", Ct)).StatusCode);
        var detail = await (await client.GetAsync($"/api/v1/events/{ids[0]}", Ct)).JsonAsync();
        Assert.Equal(ids[0], detail.GetProperty("summary").GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/events?pageSize=0", Ct)).StatusCode);
    }

    [Fact]
    public async Task Programs_api_lists_open_programs_with_detail()
    {
        var client = app.WithToken(await app.TokenAsync([ApiScopes.ProgramsRead]));
        var list = await (await client.GetAsync("/api/v1/programs?all=true", Ct)).JsonAsync();
        Assert.True(list.GetProperty("total").GetInt32() > 0);
        var first = list.GetProperty("items")[0].GetProperty("id").GetInt32();
        var detail = await (await client.GetAsync($"/api/v1/programs/{first}", Ct)).JsonAsync();
        Assert.False(string.IsNullOrEmpty(detail.GetProperty("summary").GetProperty("agency").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/programs/999999", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_partner_endpoints_and_the_bearer_scheme()
    {
        var doc = await app.Client().GetStringAsync("/openapi/v1.json", Ct);
        foreach (var path in new[] { "/api/v1/events", "/api/v1/programs/{id}", "/api/v1/postings/import", "/api/v1/postings/feed", "partnerToken" })
            Assert.Contains(path, doc, StringComparison.Ordinal);
    }
}
