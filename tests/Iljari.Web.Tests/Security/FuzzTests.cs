using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Iljari.Core.Domain.Partners;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Iljari.Web.Tests.Security;

/// <summary>The fuzzing app: API rate limits raised so a thousand requests are judged on what they carry, not how many.</summary>
public sealed class FuzzApp() : IljariApp(TestDatabase.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Iljari:Api:AnonymousRequestsPerMinute", "1000000");
        builder.UseSetting("Iljari:Api:TokenRequestsPerMinute", "1000000");
    }
}

/// <summary>
/// Malformed requests to every page handler and endpoint the app maps (seeded, so a failure repeats with the same
/// inputs): bad ids, 100 KB strings, bytes that are not UTF-8, wrong types, missing fields, Korean edge cases, path
/// traversal, script and attribute injection, SQL fragments, control characters. Each answer must be below 500 without
/// "Exception" in it, must not reflect a script unencoded, and a refused form must leave every key table as it was.
/// </summary>
public partial class FuzzTests(FuzzApp app) : IClassFixture<FuzzApp>
{
    private const int Seed = 20261126;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("""<script>alert\('fz\d+'\)|onmouseover='fz\d+|onfocus="fz\d+|<img src=x onerror=fz\d+|<svg/onload=fz\d+""")]
    private static partial Regex AnyReflectedScript();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private readonly ConcurrentBag<string> _problems = [];
    private int _sent;

    [Fact]
    public async Task A_thousand_malformed_requests_get_no_server_error_no_reflected_script_and_store_nothing_half_way()
    {
        var random = new Random(Seed);
        var endpoints = await AppEndpoints.ListAsync(app.Services);
        var visitors = await Visitors.SignInAsync(app);
        var ids = await RouteIds.LoadAsync(app, visitors);
        var counts = await RowCounts.LoadAsync(app);
        var tokens = new Dictionary<HttpClient, string>();
        var marker = 0;

        // Forms first, one at a time, so row counts before and after belong to that request alone.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var before = await counts.ReadAsync();
        foreach (var e in endpoints.Where(e => e.IsPage && e.Method == "POST"))
        {
            var client = visitors.For(UsualVisitor(e), e.Route);
            if (!tokens.TryGetValue(client, out var token)) tokens[client] = token = await TokenAsync(client);
            foreach (var kind in KindsFor(random, "missing", "raw-bytes", "script"))
            {
                var m = ++marker;
                var url = (kind == "bad-id" && e.Route.Contains('{') ? FillBadly(e.Route, random) : ids.Fill(e.Route)) + Handler(e);
                using var content = FormBody(e, kind, random, m, token);
                using var response = await client.PostAsync(url, content, Ct);
                var body = await CheckAsync("POST " + url, kind, response, m);
                var after = await counts.ReadAsync();
                if (after != before && Refused(response, body))
                    _problems.Add($"POST {url} ({kind}) was refused ({(int)response.StatusCode}) but stored rows: {counts.Difference(before, after)}");
                before = after;
            }
        }

        // The partner import takes JSON and CSV bodies.
        var partner = app.WithToken(await app.TokenAsync([ApiScopes.PostingsWrite]));
        foreach (var (body, type) in ApiBodies(random))
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            using var response = await partner.PostAsync("/api/v1/postings/import", content, Ct);
            await CheckAsync($"POST /api/v1/postings/import ({type}, {body.Length} bytes)", "api-body", response, 0);
            var after = await counts.ReadAsync();
            if (after != before && (int)response.StatusCode >= 400)
                _problems.Add($"import refused ({(int)response.StatusCode}) but stored rows: {counts.Difference(before, after)}");
            before = after;
        }

        var formsTook = clock.Elapsed;
        // Then every GET page, handler and endpoint, side by side; scripts stored by the forms above must not come back unencoded either.
        var gets = endpoints.Where(e => e.Method == "GET").SelectMany(e => KindsFor(random, "script", "bad-id").Select(kind => (e, kind, m: ++marker))).ToList();
        var seeds = gets.Select(_ => random.Next()).ToList();
        await Parallel.ForEachAsync(gets.Select((g, i) => (g.e, g.kind, g.m, seed: seeds[i])), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (g, ct) =>
        {
            var r = new Random(g.seed);
            var url = (g.kind is "bad-id" or "traversal" && g.e.Route.Contains('{') ? FillBadly(g.e.Route, r) : ids.Fill(g.e.Route)) + Query(g.e, g.kind, r, g.m);
            using var response = await visitors.For(UsualVisitor(g.e), g.e.Route).GetAsync(url, ct);
            await CheckAsync("GET " + Shorten(url), g.kind, response, g.m);
        });

        foreach (var path in TraversalPaths)
        {
            using var response = await app.Client().GetAsync(path, Ct);
            var body = await CheckAsync("GET " + path, "traversal", response, 0);
            if (body.Contains("ConnectionStrings", StringComparison.Ordinal) || body.Contains("root:x:0", StringComparison.Ordinal) || body.Contains("<Project", StringComparison.Ordinal))
                _problems.Add($"GET {path} served a file outside wwwroot");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"fuzz: {_sent} requests (seed {Seed}) to {endpoints.Count} pages, handlers and endpoints " +
            $"in {clock.Elapsed.TotalSeconds:0.0} s (forms and import {formsTook.TotalSeconds:0.0} s)");
        Assert.True(_sent >= 1000, $"only {_sent} requests sent");
        Assert.True(_problems.IsEmpty, $"{_problems.Count} problems in {_sent} requests (seed {Seed}):\n" + string.Join('\n', _problems.Take(60)));
    }

    private static readonly string[] TraversalPaths =
    [
        "/css/..%2f..%2fappsettings.json", "/lib/%2e%2e/%2e%2e/appsettings.json", "/..%2fappsettings.json", "/js/..%5c..%5cappsettings.json",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/css/....//....//Iljari.Web.csproj", "/lib/krds/../../../Iljari.Web.csproj", "/appsettings.json",
        "/App_Data/uploads/", "/Jobs/Detail/..%2f..%2fetc%2fpasswd", "/api/v1/postings/..%2f..%2fetc%2fpasswd",
    ];

    /// <summary>The visitor who normally uses the page: the first column the access table lets in.</summary>
    private static Visitor UsualVisitor(AppEndpoint e)
    {
        var key = e.Method == "GET" ? e.Key : e.Handler is null ? e.Route : $"{e.Route}?handler={e.Handler}";
        if (!AccessTable.Rules.TryGetValue(key, out var row) && !AccessTable.Rules.TryGetValue(e.Route, out row)) return Visitor.Anonymous;
        var cells = row.Split(' ');
        var index = Array.IndexOf(cells, "A");
        if (index < 0) index = Array.FindIndex(cells, c => c is "N" or "R" or "B");
        return index < 0 ? Visitor.Anonymous : (Visitor)index;
    }

    /// <summary>The given kinds and three more drawn from the seeded random, so every kind is sent often without sending every kind everywhere.</summary>
    private static IEnumerable<string> KindsFor(Random random, params string[] always) =>
        always.Concat(FuzzInputs.Kinds.Except(always).OrderBy(_ => random.Next()).Take(3)).ToList();

    private static string Handler(AppEndpoint e) => e.Handler is null ? "" : "?handler=" + e.Handler;

    private static string FillBadly(string route, Random random) =>
        Regex.Replace(route, @"\{[^}]+\}", _ => FuzzInputs.Encode(FuzzInputs.Pick(random.Next(2) == 0 ? "bad-id" : "traversal", random, 0)));

    private static string Query(AppEndpoint e, string kind, Random random, int marker)
    {
        var pairs = e.Parameters.Select(p => $"{Uri.EscapeDataString(p)}={FuzzInputs.Encode(FuzzInputs.Pick(kind, random, marker))}").ToList();
        if (e.Handler is not null) pairs.Insert(0, "handler=" + e.Handler);
        return pairs.Count == 0 ? "?q=" + FuzzInputs.Encode(FuzzInputs.Pick(kind, random, marker)) : "?" + string.Join('&', pairs);
    }

    /// <summary>A urlencoded form with the token: every field malformed, none at all ("missing"), or raw bytes that are not UTF-8.</summary>
    private static ByteArrayContent FormBody(AppEndpoint e, string kind, Random random, int marker, string token)
    {
        var tokenPair = "__RequestVerificationToken=" + Uri.EscapeDataString(token);
        byte[] bytes = kind switch
        {
            "missing" => Encoding.ASCII.GetBytes(tokenPair),
            "raw-bytes" => [.. Encoding.ASCII.GetBytes(tokenPair + "&"), .. e.Parameters.SelectMany(p => (byte[])[.. Encoding.ASCII.GetBytes(Uri.EscapeDataString(p) + "="), 0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80, (byte)'&'])],
            _ => Encoding.ASCII.GetBytes(string.Join('&', e.Parameters.Where(p => p != "__RequestVerificationToken")
                .Select(p => $"{Uri.EscapeDataString(p)}={FuzzInputs.Encode(FuzzInputs.Pick(kind, random, marker))}").Append(tokenPair))),
        };
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    private static IEnumerable<(byte[] Body, string Type)> ApiBodies(Random random)
    {
        yield return ("{"u8.ToArray(), "application/json");
        yield return ("[]"u8.ToArray(), "application/json");
        yield return ("{\"postings\": 5}"u8.ToArray(), "application/json");
        yield return ("[{\"externalId\": [], \"title\": {}, \"salaryMin\": \"많이\", \"closeDate\": \"2026-13-45\"}]"u8.ToArray(), "application/json");
        yield return (Encoding.UTF8.GetBytes("[{\"externalId\": \"fz\", \"title\": \"" + new string('가', 40_000) + "\"}]"), "application/json");
        yield return ([0x5B, 0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0xC3, 0x28, 0x7D, 0x5D], "application/json");
        yield return (Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)), "application/json");
        yield return (Encoding.UTF8.GetBytes("[{\"externalId\": \"<script>alert('fz0')</script>\", \"title\": \"\\u0000\"}]"), "application/json");
        yield return ("externalId,title\n\"unterminated,quote\n"u8.ToArray(), "text/csv");
        yield return ([0xEF, 0xBB, 0xBF, 0xFF, 0x2C, 0x0A, 0xC7, 0xD1], "text/csv");
        yield return (Encoding.UTF8.GetBytes("../../etc/passwd"), "text/plain");
        for (var i = 0; i < 9; i++)
            yield return (Encoding.UTF8.GetBytes($"[{{\"externalId\": \"{FuzzInputs.Pick(FuzzInputs.Kinds[i], random, 0).Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"}}]"), "application/json");
    }

    /// <summary>A refusal: a 4xx, or the form shown again with its error summary.</summary>
    private static bool Refused(HttpResponseMessage response, string body) =>
        (int)response.StatusCode is >= 400 and < 500 || ((int)response.StatusCode == 200 && body.Contains("class=\"form-errors\"", StringComparison.Ordinal));

    private async Task<string> CheckAsync(string request, string kind, HttpResponseMessage response, int marker)
    {
        Interlocked.Increment(ref _sent);
        var body = await response.Content.ReadAsStringAsync(Ct);
        if ((int)response.StatusCode >= 500) _problems.Add($"{request} ({kind}) → {(int)response.StatusCode}");
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        // Static bundles (Scalar's JavaScript) may name exceptions in their code; our pages and API answers must not.
        if ((type.Contains("html", StringComparison.Ordinal) || type.Contains("json", StringComparison.Ordinal)) && body.Contains("Exception", StringComparison.Ordinal))
            _problems.Add($"{request} ({kind}) → 'Exception' in the answer");
        if (!type.Contains("json", StringComparison.Ordinal) && AnyReflectedScript().Match(body) is { Success: true } hit)
            _problems.Add($"{request} ({kind}) → unencoded script in the answer: {hit.Value}");
        return body;
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        foreach (var page in new[] { "/", "/Account/Login" })
        {
            var match = TokenPattern().Match(await client.GetStringAsync(page));
            if (match.Success) return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
        }
        throw new InvalidOperationException("no antiforgery token on / or /Account/Login");
    }

    private static string Shorten(string url) => url.Length <= 200 ? url : url[..200] + $"…({url.Length} chars)";
}
