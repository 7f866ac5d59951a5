using System.Globalization;
using System.Xml;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Postings;

namespace Iljari.Web.Infrastructure;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org 0.9) with the public lists, every open posting and the public events, and
/// <c>/robots.txt</c> pointing to it. Closed postings leave the sitemap; their pages stay, without JSON-LD.
/// </summary>
public static class Sitemap
{
    /// <summary>A sitemap file holds at most 50,000 URLs; the newest postings fill what the fixed pages leave.</summary>
    public const int MaxPostings = 45_000;

    private static readonly string[] PublicLists = ["/", "/Jobs", "/Events", "/Programs", "/Board", "/Support"];

    /// <summary>Member areas have nothing for a search engine (and would only answer with the login page).</summary>
    private static readonly string[] Disallowed = ["/Account/", "/Admin/", "/Employer/", "/Seeker/", "/Staff/", "/Messages", "/Notifications", "/api/"];

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", WriteSitemapAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/robots.txt", (HttpRequest request) =>
        {
            var lines = new[] { "User-agent: *" }.Concat(Disallowed.Select(d => "Disallow: " + d)).Append("").Append($"Sitemap: {BaseUrl(request)}/sitemap.xml");
            return Results.Text(string.Join('\n', lines) + "\n", "text/plain; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task WriteSitemapAsync(HttpContext ctx, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var baseUrl = BaseUrl(ctx.Request);
        var since = KoreanFormat.TodayInKorea(time).AddDays(-30);
        var shown = new[] { EventStatus.Published, EventStatus.SchedulePublished, EventStatus.Closed };
        var events = await db.HiringEvents.AsNoTracking().Where(e => shown.Contains(e.Status) && e.Date >= since)
            .OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
        var postings = db.JobPostings.AsNoTracking().Where(p => p.Status == PostingStatus.Open)
            .OrderByDescending(p => p.UpdatedAt).Take(MaxPostings).Select(p => new { p.Id, p.UpdatedAt }).AsAsyncEnumerable();

        ctx.Response.ContentType = "application/xml; charset=utf-8";
        await using var xml = XmlWriter.Create(ctx.Response.Body, new XmlWriterSettings { Async = true, Encoding = new System.Text.UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        foreach (var path in PublicLists) await UrlAsync(xml, baseUrl + path, null, "daily");
        foreach (var id in events) await UrlAsync(xml, $"{baseUrl}/Events/Detail/{id}", null, "weekly");
        await foreach (var p in postings.WithCancellation(ct))
            await UrlAsync(xml, $"{baseUrl}/Jobs/Detail/{p.Id}", p.UpdatedAt, "weekly");
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static async Task UrlAsync(XmlWriter xml, string loc, DateTime? lastModifiedUtc, string changeFrequency)
    {
        await xml.WriteStartElementAsync(null, "url", null);
        await xml.WriteElementStringAsync(null, "loc", null, loc);
        if (lastModifiedUtc is { } m)
            await xml.WriteElementStringAsync(null, "lastmod", null, DateTime.SpecifyKind(m, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        await xml.WriteElementStringAsync(null, "changefreq", null, changeFrequency);
        await xml.WriteEndElementAsync();
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
