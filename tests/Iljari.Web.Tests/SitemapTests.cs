using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Web.Tests;

/// <summary>sitemap.xml, robots.txt and the schema.org JobPosting markup on public posting pages.</summary>
public class SitemapTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_sitemap_lists_open_postings_and_public_events_but_not_closed_postings()
    {
        var response = await app.Client().GetAsync("/sitemap.xml", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var urls = xml.Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();

        var open = await app.WithDbAsync(db => db.JobPostings.Where(p => p.Status == PostingStatus.Open).Select(p => p.Id).ToListAsync());
        var closed = await app.ForeignPostingAsync(PostingStatus.Closed);
        var eventId = await app.WithDbAsync(db => db.HiringEvents.Where(e => e.Status == Core.Domain.Events.EventStatus.Published).Select(e => e.Id).FirstAsync());
        var postingUrls = urls.Where(u => u.Contains("/Jobs/Detail/", StringComparison.Ordinal)).ToList();
        Assert.Equal(open.Count, postingUrls.Count);
        Assert.All(open, id => Assert.Contains(urls, u => u.EndsWith($"/Jobs/Detail/{id}", StringComparison.Ordinal)));
        Assert.DoesNotContain(urls, u => u.EndsWith($"/Jobs/Detail/{closed}", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.EndsWith($"/Events/Detail/{eventId}", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.EndsWith("/Programs", StringComparison.Ordinal));
        Assert.All(urls, u => Assert.StartsWith("http://localhost/", u, StringComparison.Ordinal));
        var lastmod = xml.Root.Elements(Ns + "url").First(u => u.Element(Ns + "loc")!.Value.Contains("/Jobs/Detail/", StringComparison.Ordinal)).Element(Ns + "lastmod")!.Value;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", lastmod);
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemap_and_keeps_member_areas_out()
    {
        var robots = await app.Client().GetStringAsync("/robots.txt", Ct);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /Staff/", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow: /Jobs", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_posting_carries_complete_JobPosting_markup()
    {
        var id = await app.OwnOpenPostingAsync();
        var ld = await JsonLdAsync(id);
        Assert.NotNull(ld);
        var p = ld.Value;
        Assert.Equal(("https://schema.org/", "JobPosting"), (p.GetProperty("@context").GetString(), p.GetProperty("@type").GetString()));
        var posting = await app.WithDbAsync(db => db.JobPostings.Include(x => x.Company).SingleAsync(x => x.Id == id));
        Assert.Equal(posting.Title, p.GetProperty("title").GetString());
        Assert.Equal(posting.CloseDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T23:59:59+09:00", p.GetProperty("validThrough").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", p.GetProperty("datePosted").GetString()!);
        Assert.Equal(posting.Company!.Name, p.GetProperty("hiringOrganization").GetProperty("name").GetString());
        var address = p.GetProperty("jobLocation").GetProperty("address");
        Assert.Equal(("KR", "경기도"), (address.GetProperty("addressCountry").GetString(), address.GetProperty("addressRegion").GetString()));
        Assert.StartsWith("고양시", address.GetProperty("addressLocality").GetString(), StringComparison.Ordinal);
        var salary = p.GetProperty("baseSalary");
        Assert.Equal("KRW", salary.GetProperty("currency").GetString());
        Assert.Equal(posting.SalaryMin, salary.GetProperty("value").GetProperty("minValue").GetInt64());
        Assert.Contains(salary.GetProperty("value").GetProperty("unitText").GetString(), new[] { "HOUR", "DAY", "MONTH", "YEAR" });
        Assert.Contains(p.GetProperty("employmentType").GetString(), new[] { "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY" });
        Assert.EndsWith($"/Jobs/Detail/{id}", p.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.False(HasNull(p), "JSON-LD must leave absent values out, not write null");
    }

    [Fact]
    public async Task A_posting_in_Seoul_is_located_in_Seoul()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var source = await db.JobPostings.FirstAsync(p => p.Status == PostingStatus.Open);
            var copy = JobPosting.Draft(source.CompanyId, source.Fields with { RegionCode = "1138000000" }, DateTime.UtcNow);
            copy.Apply(PostingAction.Publish, DateTime.UtcNow);
            db.JobPostings.Add(copy);
            await db.SaveChangesAsync();
            return copy.Id;
        });
        var address = (await JsonLdAsync(id))!.Value.GetProperty("jobLocation").GetProperty("address");
        Assert.Equal(("서울특별시", "은평구"), (address.GetProperty("addressRegion").GetString(), address.GetProperty("addressLocality").GetString()));
    }

    [Fact]
    public async Task A_closed_posting_page_has_no_JobPosting_markup()
    {
        var closed = await app.ForeignPostingAsync(PostingStatus.Closed);
        var response = await app.Client().GetAsync($"/Jobs/Detail/{closed}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await JsonLdAsync(closed));
    }

    private async Task<JsonElement?> JsonLdAsync(int postingId)
    {
        var html = await app.Client().GetStringAsync($"/Jobs/Detail/{postingId}", Ct);
        var match = Regex.Match(html, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline);
        if (!match.Success) return null;
        using var doc = JsonDocument.Parse(match.Groups[1].Value);
        return doc.RootElement.Clone();
    }

    private static bool HasNull(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.Object => e.EnumerateObject().Any(p => HasNull(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Any(HasNull),
        _ => false,
    };
}
