using System.Net;
using Iljari.Core.Domain.Partners;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Web.Tests;

/// <summary>Partner tokens and imports on PostgreSQL: text[] scopes, timestamptz expiry, the (source, id) index and the run claim.</summary>
public class PostgresPartnerApiTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_issued_with_a_last_day_works_and_imports_are_idempotent_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        var admin = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var created = await Forms.PostPairsAsync(admin, "/Admin/ApiTokens?handler=Create",
            [("Input.PartnerName", "PG 연계"), ("Input.ExpiresOn", lastDay), ("Input.Scopes", ApiScopes.PostingsWrite), ("Input.Scopes", ApiScopes.PostingsRead)],
            tokenFrom: "/Admin/ApiTokens");
        var token = Forms.FirstMatch(await created.Content.ReadAsStringAsync(Ct), "value=\"(ilj_[^\"]+)\"");
        var client = app.WithToken(token);

        var csv = Work24Line.Csv(new Work24Line("PG-1"), new Work24Line("PG-2"), new Work24Line("PG-3", JobsCd: "000"));
        var first = await (await client.ImportAsync(csv, "text/csv", "?source=pg&fullFeed=true")).JsonAsync();
        Assert.Equal((2, 1), (first.GetProperty("created").GetInt32(), first.GetProperty("rejected").GetInt32()));
        var second = await (await client.ImportAsync(csv, "text/csv", "?source=pg&fullFeed=true")).JsonAsync();
        Assert.Equal((0, 2), (second.GetProperty("created").GetInt32(), second.GetProperty("unchanged").GetInt32()));
        var closing = await (await client.ImportAsync(Work24Line.Csv(new Work24Line("PG-1")), "text/csv", "?source=pg&fullFeed=true")).JsonAsync();
        Assert.Equal(1, closing.GetProperty("closed").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/postings/feed?source=pg&updatedSince=2020-01-01T00:00:00Z", Ct)).StatusCode);
        var stored = await app.WithDbAsync(db => db.ApiTokens.SingleAsync(t => t.PartnerName == "PG 연계", Ct));
        Assert.Equal([ApiScopes.PostingsRead, ApiScopes.PostingsWrite], stored.Scopes);
        Assert.NotNull(stored.ExpiresAt);
        Assert.Equal(PostingStatus.Closed, await app.WithDbAsync(db => db.JobPostings.Where(p => p.ExternalSource == "pg" && p.ExternalId == "PG-2").Select(p => p.Status).SingleAsync(Ct)));
    }
}
