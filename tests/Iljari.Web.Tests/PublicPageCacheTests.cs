using System.Net;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>
/// The output cache of the public pages (Caching/PublicPageCache): anonymous views come from the cache, a posting
/// change shows at once, signed-in users and exports never use it, and anonymous pages set no cookie.
/// A response served from the cache carries an <c>Age</c> header; a rendered one does not.
/// </summary>
public class PublicPageCacheTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_search_comes_from_the_cache_until_a_posting_changes()
    {
        var anonymous = app.Client();
        const string search = "/Jobs?q=%EB%B0%94%EB%A6%AC%EC%8A%A4%ED%83%80&sort=latest";   // 바리스타, newest first
        var first = await anonymous.GetAsync(search, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.False(first.Headers.Contains("Set-Cookie"), "an anonymous page must not set a cookie (it would also be uncacheable)");
        var second = await anonymous.GetAsync(search, Ct);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));

        // A new posting is found by the very next search, not after the cache entry expires.
        var id = await app.FreshBaristaPostingAsync();
        var after = await anonymous.GetAsync(search, Ct);
        Assert.Null(after.Headers.Age);
        Assert.Contains($"/Jobs/Detail/{id}\"", await after.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // Its page likewise: cached on the second view, fresh again once it is closed.
        Assert.Null((await anonymous.GetAsync($"/Jobs/Detail/{id}", Ct)).Headers.Age);
        Assert.NotNull((await anonymous.GetAsync($"/Jobs/Detail/{id}", Ct)).Headers.Age);
        await app.WithDbAsync(async db =>
        {
            var posting = await db.JobPostings.FirstAsync(p => p.Id == id, Ct);
            posting.Apply(PostingAction.Close, DateTime.UtcNow);
            return await db.SaveChangesAsync(Ct);
        });
        var closed = await anonymous.GetAsync($"/Jobs/Detail/{id}", Ct);
        Assert.Null(closed.Headers.Age);
        Assert.DoesNotContain($"/Jobs/Detail/{id}\"", await (await anonymous.GetAsync(search, Ct)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_users_always_get_their_own_render()
    {
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        foreach (var url in new[] { "/", "/Jobs?q=%EC%82%AC%EB%AC%B4", "/Jobs" })
        {
            await app.Client().GetAsync(url, Ct);   // an anonymous view fills the cache
            for (var i = 0; i < 2; i++)
            {
                var page = await seeker.GetAsync(url, Ct);
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                Assert.Null(page.Headers.Age);
                Assert.Contains("로그아웃", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Every_export_download_runs_and_is_logged()
    {
        var anonymous = app.Client();
        var before = await app.WithDbAsync(db => db.AccessLog.MaxAsync(e => (long?)e.Id, Ct)) ?? 0;
        for (var i = 0; i < 2; i++)
        {
            var file = await anonymous.GetAsync("/Jobs?q=%EC%82%AC%EB%AC%B4&handler=Excel", Ct);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Null(file.Headers.Age);
        }
        Assert.Equal(2, await app.WithDbAsync(db => db.AccessLog.CountAsync(e => e.Id > before && e.Action == AccessActions.Export, Ct)));
    }

    [Fact]
    public async Task Asset_links_carry_the_hash_of_the_file_they_point_to()
    {
        var anonymous = app.Client();
        var html = await anonymous.GetStringAsync("/", Ct);
        var links = System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"(/(?:css|js|lib)/[^\"?]+)\\?v=([^\"]+)\"");
        Assert.True(links.Count >= 5, $"expected the layout's five versioned assets, found {links.Count}");
        foreach (System.Text.RegularExpressions.Match link in links)
        {
            var file = await anonymous.GetByteArrayAsync(link.Groups[1].Value, Ct);
            var hash = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Security.Cryptography.SHA256.HashData(file));
            Assert.Equal(hash, link.Groups[2].Value);
        }
    }
}
