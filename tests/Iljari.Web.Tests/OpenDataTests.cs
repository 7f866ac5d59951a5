using System.Net;
using System.Text;
using System.Text.Json;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Partners;
using Iljari.Core.Domain.Seekers;
using Iljari.Web.Infrastructure.OpenData;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>
/// 공공데이터 개방: suppressed aggregates as CSV and JSON, the data dictionary, and nothing personal in any dataset. The
/// statistics are GROUP BY queries, so they run on both databases.
/// </summary>
public abstract class OpenDataContract
{
    protected abstract IljariApp App { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Words (between underscores) that would mean a column about one person or one record.</summary>
    private static readonly string[] PersonalWords = ["id", "seeker", "user", "email", "phone", "birth", "age", "account", "address", "business", "ip", "holder", "bank"];

    [Fact]
    public async Task Seekers_of_a_month_are_counted_by_district_with_the_four_and_its_partner_hidden()
    {
        // March 2031: 4 in 덕양구, 5 in 일산동구, 7 in 일산서구. The 4 is hidden (primary); alone it would be 16 − 5 − 7,
        // so the smallest other cell (the 5) is hidden too (complementary); the 7 and the total stay.
        await AddSeekersAsync(new DateTime(2031, 3, 10, 3, 0, 0, DateTimeKind.Utc), ("4128110100", 4), ("4128510200", 5), ("4128710100", 7));
        var rows = await JsonRowsAsync("/api/v1/statistics/seekers-by-district?from=2031-03&to=2031-03");
        var byCode = rows.ToDictionary(r => r.GetProperty("district_code").GetString()!);
        Assert.Equal((JsonValueKind.Null, "X"), (byCode["4128100000"].GetProperty("new_seekers").ValueKind, byCode["4128100000"].GetProperty("new_seekers_flag").GetString()));
        Assert.Equal((JsonValueKind.Null, "X"), (byCode["4128500000"].GetProperty("new_seekers").ValueKind, byCode["4128500000"].GetProperty("new_seekers_flag").GetString()));
        Assert.Equal((7, ""), (byCode["4128700000"].GetProperty("new_seekers").GetInt32(), byCode["4128700000"].GetProperty("new_seekers_flag").GetString()));
        Assert.Equal(16, byCode[OpenDataset.TotalCode].GetProperty("new_seekers").GetInt32());
        Assert.Equal((0, ""), (byCode["outside"].GetProperty("new_seekers").GetInt32(), byCode["outside"].GetProperty("new_seekers_flag").GetString()));

        // The CSV carries the same cells: an empty value with its X flag.
        var csv = await CsvAsync("/OpenData?handler=Csv&dataset=seekers-by-district&from=2031-03&to=2031-03");
        Assert.Contains("2031-03,4128100000,덕양구,,X,0,", csv.Lines, StringComparer.Ordinal);
        Assert.Contains("2031-03,4128700000,일산서구,7,,0,", csv.Lines, StringComparer.Ordinal);
        Assert.Contains("2031-03,total,합계,16,,0,", csv.Lines, StringComparer.Ordinal);
    }

    [Fact]
    public async Task Five_people_are_shown_when_no_small_cell_needs_a_partner()
    {
        await AddSeekersAsync(new DateTime(2031, 5, 2, 3, 0, 0, DateTimeKind.Utc), ("4128110100", 5), ("4128510200", 6));
        var rows = await JsonRowsAsync("/api/v1/statistics/seekers-by-district?from=2031-05&to=2031-05");
        var deogyang = rows.Single(r => r.GetProperty("district_code").GetString() == "4128100000");
        Assert.Equal((5, ""), (deogyang.GetProperty("new_seekers").GetInt32(), deogyang.GetProperty("new_seekers_flag").GetString()));
    }

    [Fact]
    public async Task Every_dataset_is_a_UTF8_CSV_with_a_BOM_and_its_dictionary_columns_as_header()
    {
        var dictionary = await CsvAsync("/OpenData/Dictionary?handler=Csv");
        Assert.Equal("dataset,dataset_title,column_name,label,type,unit,description,suppression_rule", dictionary.Lines[0]);
        foreach (var d in OpenDataCatalog.All)
        {
            var csv = await CsvAsync($"/OpenData?handler=Csv&dataset={d.Id}&from=2025-01&to=2026-12");
            var header = csv.Lines[0].Split(',');
            var described = dictionary.Lines.Skip(1).Where(l => l.StartsWith(d.Id + ",", StringComparison.Ordinal)).Select(l => l.Split(',')[2]).ToList();
            Assert.Equal(header, described);
            Assert.All(csv.Lines.Skip(1), l => Assert.Equal(header.Length, l.Split(',').Length));
            // 24 months × (members + total row).
            Assert.Equal(24 * (d.Members.Count + 1), csv.Lines.Length - 1);
            Assert.All(header, h => Assert.Empty(h.Split('_').Intersect(PersonalWords)));
        }
    }

    [Fact]
    public async Task No_dataset_holds_a_name_or_an_address_of_anyone()
    {
        var people = await App.WithDbAsync(db => db.SeekerProfiles.Select(p => new[] { p.Name, p.Email, p.Phone }).ToListAsync(Ct));
        foreach (var d in OpenDataCatalog.All)
        {
            var body = await (await PartnerAsync()).GetStringAsync($"/api/v1/statistics/{d.Id}?from=2024-01&to=2028-12", Ct);
            Assert.DoesNotContain(people.SelectMany(p => p).Where(v => v.Length > 1), v => body.Contains(v, StringComparison.Ordinal));
            using var json = JsonDocument.Parse(body);
            var columns = json.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();
            // Only the month, the dimension and the measures (with their flags): nothing that names a person or a record.
            var allowed = new[] { "year_month", $"{d.Dimension}_code", $"{d.Dimension}_name" }
                .Concat(d.Measures.SelectMany(m => new[] { m.Name, m.Name + "_flag" }));
            Assert.All(columns, c => Assert.Contains(c, allowed));
        }
    }

    [Fact]
    public async Task The_API_lists_the_datasets_and_answers_problems_for_a_bad_name_or_period()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().GetAsync("/api/v1/statistics", Ct)).StatusCode);
        var wrongScope = App.WithToken(await App.TokenAsync([ApiScopes.EventsRead]));
        Assert.Equal(HttpStatusCode.Forbidden, (await wrongScope.GetAsync("/api/v1/statistics", Ct)).StatusCode);
        var client = await PartnerAsync();
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/statistics", Ct));
        Assert.Equal(OpenDataCatalog.All.Select(d => d.Id), list.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));

        var unknown = await client.GetAsync("/api/v1/statistics/no-such-data", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        foreach (var bad in new[] { "from=2026-13", "from=26-01", "from=2026-06&to=2026-01", "from=2020-01&to=2026-12", "to=1999-12" })
        {
            var response = await client.GetAsync($"/api/v1/statistics/programs?{bad}", Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Matches("[가-힣]", await response.Content.ReadAsStringAsync(Ct));
        }
        // The page shows the same message instead of a file.
        var page = await client.GetAsync("/OpenData?handler=Csv&dataset=programs&from=2026-06&to=2026-01", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("시작 월이 끝 월보다 늦습니다.", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/OpenData?handler=Csv&dataset=nope", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_pages_list_every_dataset_and_describe_every_column()
    {
        var index = await App.Client().GetStringAsync("/OpenData?from=2026-01&to=2026-06", Ct);
        foreach (var d in OpenDataCatalog.All)
            Assert.Contains($"dataset={d.Id}&amp;from=2026-01&amp;to=2026-06", index, StringComparison.Ordinal);
        var dictionary = await App.Client().GetStringAsync("/OpenData/Dictionary", Ct);
        foreach (var c in OpenDataCatalog.All.SelectMany(StatisticsTables.Columns))
            Assert.Contains($"<code>{c.Name}</code>", dictionary, StringComparison.Ordinal);
    }

    private async Task AddSeekersAsync(DateTime createdAt, params (string Region, int Count)[] groups) => await App.WithDbAsync(async db =>
    {
        foreach (var (region, count) in groups)
        {
            for (var i = 0; i < count; i++)
            {
                var user = new AppUser { UserName = $"od-{Guid.NewGuid():N}@example.kr", Email = "x@example.kr", DisplayName = "통계", CreatedAt = createdAt };
                db.Users.Add(user);
                db.SeekerProfiles.Add(new SeekerProfile
                {
                    UserId = user.Id, Name = "통계검사", BirthYear = 1990, BirthMonth = 1, Phone = "010-0000-0000", Email = user.UserName,
                    DesiredRegions = [region], DesiredOccupations = ["011"], CreatedAt = createdAt, UpdatedAt = createdAt,
                });
            }
        }
        return await db.SaveChangesAsync(Ct);
    });

    /// <summary>The statistics API is for partners with the statistics:read scope (the same cells are public as CSV on /OpenData).</summary>
    private async Task<HttpClient> PartnerAsync() => App.WithToken(await App.TokenAsync([ApiScopes.StatisticsRead]));

    private async Task<List<JsonElement>> JsonRowsAsync(string url)
    {
        var response = await (await PartnerAsync()).GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.Clone()).ToList();
    }

    private sealed record Csv(string[] Lines);

    private async Task<Csv> CsvAsync(string url)
    {
        var response = await App.Client().GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return new Csv(text[..^2].Split("\r\n"));
    }
}

public sealed class OpenDataTests(SqliteApp app) : OpenDataContract, IClassFixture<SqliteApp>
{
    protected override IljariApp App => app;
}

public sealed class PostgresOpenDataTests(PostgresApp app) : OpenDataContract, IClassFixture<PostgresApp>
{
    protected override IljariApp App
    {
        get
        {
            TestEnvironment.RequirePostgres();
            return app;
        }
    }
}
