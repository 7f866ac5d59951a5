using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Iljari.Core.Domain.Partners;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>Partner tokens, Work24-style files and API calls for the partner API tests.</summary>
public static class PartnerSetup
{
    /// <summary>Issues a token straight in the database (the admin page is tested on its own) and returns its text.</summary>
    public static Task<string> TokenAsync(this IljariApp app, string[] scopes, DateTime? expiresAt = null, string partner = "테스트 협력기관") =>
        app.WithDbAsync(async db =>
        {
            var admin = await db.Users.Where(u => u.Email == DemoAccounts.CityAdmin).Select(u => u.Id).FirstAsync();
            var (token, plain) = ApiToken.Issue(partner, "테스트", scopes, null, admin, DateTime.UtcNow);
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync();
            if (expiresAt is { } exp)
                await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, exp));
            return plain;
        });

    public static HttpClient WithToken(this IljariApp app, string token)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return doc.RootElement.Clone();
    }

    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, string body, string contentType, string query = "")
    {
        var content = new StringContent(body, Encoding.UTF8, contentType);
        return await client.PostAsync("/api/v1/postings/import" + query, content, TestContext.Current.CancellationToken);
    }

    /// <summary>Waits for a queued import to finish (the worker runs in the app) and returns it.</summary>
    public static async Task<PostingImportRun> FinishedRunAsync(this IljariApp app, int runId)
    {
        for (var i = 0; i < 300; i++)
        {
            var run = await app.WithDbAsync(db => db.PostingImportRuns.AsNoTracking().FirstAsync(r => r.Id == runId));
            if (run.IsDone) return run;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"import run {runId} did not finish in 30 s");
    }
}

/// <summary>One row of a Work24 채용정보 file, valid unless a test changes a field.</summary>
public sealed record Work24Line(string WantedAuthNo, string Title = "바리스타 채용", string Busino = DemoAccounts.CompanyBusinessNumber,
    string JobsCd = "531000", string Region = "41285", string SalTpCd = "M", string MinSal = "2500000", string MaxSal = "",
    string EmpTpCd = "10", string MinEdubg = "03", string Career = "N", string CloseDt = "", string Company = DemoAccounts.CompanyName,
    string IndTpCd = "")
{
    public static readonly string[] Header = ["wantedAuthNo", "company", "busino", "indTpCd", "title", "jobsCd", "region", "salTpCd", "minSal", "maxSal", "empTpCd", "minEdubg", "career", "closeDt"];

    public static string DefaultCloseDate => DateTime.UtcNow.AddHours(9).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string[] Values => [WantedAuthNo, Company, Busino, IndTpCd, Title, JobsCd, Region, SalTpCd, MinSal, MaxSal, EmpTpCd, MinEdubg, Career, CloseDt.Length > 0 ? CloseDt : DefaultCloseDate];

    public static string Csv(params Work24Line[] lines) =>
        string.Join("\r\n", new[] { Header }.Concat(lines.Select(l => l.Values)).Select(v => string.Join(',', v.Select(Quote)))) + "\r\n";

    public static string Json(params Work24Line[] lines) =>
        JsonSerializer.Serialize(new { wanted = lines.Select(l => Header.Zip(l.Values).ToDictionary(p => p.First, p => p.Second)).ToList() });

    private static string Quote(string v) => v.Contains(',') || v.Contains('"') || v.Contains('\n') ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
}
