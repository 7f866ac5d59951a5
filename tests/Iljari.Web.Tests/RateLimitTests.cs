using System.Net;
using Iljari.Core.Domain.Partners;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Iljari.Web.Tests;

/// <summary>An app with a tiny API budget, so the limiter can be seen to bite.</summary>
public sealed class TightLimitsApp : IljariApp
{
    public const int PerMinute = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Iljari:Api:TokenRequestsPerMinute", PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Iljari:Api:AnonymousRequestsPerMinute", PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Iljari:Api:SyncImportRowLimit", "2");
    }
}

/// <summary>Rate limits per token and per anonymous caller: 429 ProblemDetails with Retry-After, other partitions unaffected.</summary>
public class RateLimitTests(TightLimitsApp app) : IClassFixture<TightLimitsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_over_its_budget_gets_429_and_another_token_does_not()
    {
        var busy = app.WithToken(await app.TokenAsync([ApiScopes.EventsRead]));
        for (var i = 0; i < TightLimitsApp.PerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/v1/events", Ct)).StatusCode);

        var refused = await busy.GetAsync("/api/v1/events", Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var seconds = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 60);
        var problem = await refused.JsonAsync();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("초 뒤에 다시", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var other = app.WithToken(await app.TokenAsync([ApiScopes.EventsRead]));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/events", Ct)).StatusCode);
        // Pages are not limited by the API budget.
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/Jobs", Ct)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_share_a_budget_per_address()
    {
        var client = app.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= TightLimitsApp.PerMinute; i++) statuses.Add((await client.GetAsync("/api/v1/postings", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.All(statuses[..^1], s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task A_large_api_import_is_queued_with_a_status_url()
    {
        var token = await app.TokenAsync([ApiScopes.PostingsWrite]);
        var client = app.WithToken(token);
        var response = await client.ImportAsync(Work24Line.Csv(new Work24Line("BIG-1"), new Work24Line("BIG-2"), new Work24Line("BIG-3", Title: "")), "text/csv");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var runId = int.Parse(location[(location.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"/api/v1/postings/imports/{runId}", location);

        var run = await app.FinishedRunAsync(runId);
        Assert.Equal((3, 2, 1), (run.TotalRows, run.Created, run.Rejected));
        var status = await (await client.GetAsync(location, Ct)).JsonAsync();
        Assert.Equal("Completed", status.GetProperty("status").GetString());
        var rejected = status.GetProperty("rejections")[0];
        Assert.Equal(4, rejected.GetProperty("row").GetInt32());
        Assert.Contains("채용제목(title)이 없습니다.", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);

        // Another partner's token does not see this run.
        var stranger = app.WithToken(await app.TokenAsync([ApiScopes.PostingsWrite]));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(location, Ct)).StatusCode);
    }
}
