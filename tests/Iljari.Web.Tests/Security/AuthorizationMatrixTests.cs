using System.Collections.Concurrent;
using System.Net;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests.Security;

/// <summary>
/// Every GET page, page handler and endpoint the app maps × every visitor, against <see cref="AccessTable"/>.
/// A route the app has and the table lacks fails with the row to add (as observed, to be checked before pasting).
/// </summary>
public class AuthorizationMatrixTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Every_page_and_endpoint_answers_every_visitor_as_the_access_table_says()
    {
        var endpoints = (await AppEndpoints.ListAsync(app.Services)).Where(e => e.Method == "GET").ToList();
        var visitors = await Visitors.SignInAsync(app);
        var ids = await RouteIds.LoadAsync(app, visitors);
        var columns = Enum.GetValues<Visitor>();
        var seen = new ConcurrentDictionary<(string Key, Visitor Who), char>();
        // One column per task: each visitor's requests run in order, the columns side by side.
        await Parallel.ForEachAsync(columns, TestContext.Current.CancellationToken, async (who, ct) =>
        {
            foreach (var e in endpoints)
            {
                var url = ids.Fill(e.Route) + (e.Handler is null ? "" : "?handler=" + e.Handler);
                using var response = await visitors.For(who, e.Route).GetAsync(url, ct);
                seen[(e.Key, who)] = Outcome(response);
            }
        });

        var problems = new List<string>();
        foreach (var e in endpoints)
        {
            var observed = string.Join(' ', columns.Select(c => seen[(e.Key, c)]));
            if (!AccessTable.Rules.TryGetValue(e.Key, out var expected))
                problems.Add($"no access rule for {e.Key}; observed: [\"{e.Key}\"] = \"{observed}\",");
            else if (expected != observed)
                problems.Add($"{e.Key}: expected {expected}, observed {observed} ({AccessTable.Legend})");
            if (observed.Contains('X', StringComparison.Ordinal)) problems.Add($"{e.Key} gave a server error");
        }
        problems.AddRange(AccessTable.Rules.Keys.Except(endpoints.Select(e => e.Key)).Select(k => $"the table has {k}, which the app no longer maps"));
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join('\n', problems));
    }

    /// <summary>A = answered, L = sent to log in (401 for the API), F = refused (403 / access denied), N = 404, B = 400, R = other redirect, X = 5xx.</summary>
    public static char Outcome(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return (int)response.StatusCode switch
        {
            >= 200 and < 300 => 'A',
            401 => 'L',
            403 => 'F',
            404 => 'N',
            400 => 'B',
            >= 300 and < 400 when location.Contains("/Account/Login", StringComparison.Ordinal) => 'L',
            >= 300 and < 400 when location.Contains("/Account/AccessDenied", StringComparison.Ordinal) => 'F',
            >= 300 and < 400 => 'R',
            _ => 'X',
        };
    }
}
