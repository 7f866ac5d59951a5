using System.Net;
using System.Text;
using Iljari.Core.Domain.Common;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests.Security;

/// <summary>Security headers, secure cookies, antiforgery on every POST handler, no open redirect, upload checks.</summary>
public class WebDefenceTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An HTTPS client on a real host name (HSTS skips localhost).</summary>
    private HttpClient Https() => app.CreateClient(new WebApplicationFactoryClientOptions
        { BaseAddress = new Uri("https://iljari.example"), AllowAutoRedirect = false, HandleCookies = true });

    [Theory]
    [InlineData("/")]
    [InlineData("/Jobs?q=바리스타")]
    [InlineData("/css/site.css")]
    [InlineData("/js/site.js")]
    [InlineData("/api/v1/postings")]
    [InlineData("/api/v1/postings/0")]
    [InlineData("/no/such/page")]
    public async Task Pages_static_files_and_api_answers_carry_the_security_headers(string url)
    {
        using var response = await Https().GetAsync(url, Ct);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_http_gets_no_HSTS_header()
    {
        using var response = await app.Client().GetAsync("/", Ct);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Sign_in_and_antiforgery_cookies_are_Secure_and_HttpOnly_over_HTTPS()
    {
        var client = Https();
        using var login = await client.GetAsync("/Account/Login", Ct);
        var antiforgery = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        using var signIn = await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = DemoAccounts.Seeker, ["Password"] = DemoAccounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var auth = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("iljari.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Every POST handler the app maps, for every visitor, without a token: refused before the handler runs — 400 for
    /// those who may use the page, the login or access-denied answer for the others. Never a change, never a 5xx.
    /// </summary>
    [Fact]
    public async Task Every_POST_handler_refuses_a_request_without_an_antiforgery_token()
    {
        var posts = (await AppEndpoints.ListAsync(app.Services)).Where(e => e.Method == "POST" && e.IsPage).ToList();
        Assert.True(posts.Count > 50, $"only {posts.Count} POST handlers found");
        var visitors = await Visitors.SignInAsync(app);
        var ids = await RouteIds.LoadAsync(app, visitors);
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        var refusedWith400 = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        await Parallel.ForEachAsync(Enum.GetValues<Visitor>(), Ct, async (who, ct) =>
        {
            foreach (var e in posts)
            {
                var url = ids.Fill(e.Route) + (e.Handler is null ? "" : "?handler=" + e.Handler);
                using var response = await visitors.For(who, e.Route).PostAsync(url, new FormUrlEncodedContent([new("id", "1")]), ct);
                var outcome = AuthorizationMatrixTests.Outcome(response);
                if (outcome == 'B') refusedWith400[e.Key] = true;
                else if (outcome is not ('L' or 'F')) wrong.Add($"{who} POST {url} without a token → {(int)response.StatusCode} {response.Headers.Location}");
            }
        });
        Assert.True(wrong.IsEmpty, string.Join('\n', wrong.Order(StringComparer.Ordinal)));
        // Each handler was reached by someone allowed to use it, so the 400 really came from the missing token.
        var neverReached = posts.Select(e => e.Key).Where(k => !refusedWith400.ContainsKey(k)).ToList();
        Assert.True(neverReached.Count == 0, "no visitor reached: " + string.Join(", ", neverReached));
    }

    /// <summary>
    /// Every page, as every visitor, asked for a handler it does not have (wapiti's <c>?handler=;env;</c>) by GET and by
    /// a POST with a valid token: never a 5xx; the page's own users get 404. Razor Pages used to render such a page
    /// without running any handler, and views that need their data failed (found by the long wapiti run).
    /// </summary>
    [Fact]
    public async Task A_handler_the_page_does_not_have_is_404_never_a_server_error()
    {
        // Not the logout page: its plain post (which Razor also picks for an unknown handler name) would end the sessions.
        var pages = (await AppEndpoints.ListAsync(app.Services)).Where(e => e.IsPage && e.Method == "GET" && e.Route != "/Account/Logout")
            .Select(e => e.Route).Distinct().ToList();
        var visitors = await Visitors.SignInAsync(app);
        var ids = await RouteIds.LoadAsync(app, visitors);
        var tokens = new System.Collections.Concurrent.ConcurrentDictionary<HttpClient, string>();
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        var answered404 = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        await Parallel.ForEachAsync(Enum.GetValues<Visitor>().Where(v => v != Visitor.PartnerToken), Ct, async (who, ct) =>
        {
            foreach (var route in pages)
            {
                var client = visitors.For(who, route);
                if (!tokens.TryGetValue(client, out var token)) tokens[client] = token = await Forms.TokenAsync(client, "/Account/Login");
                var url = ids.Fill(route) + "?handler=%3Benv%3B";
                using var get = await client.GetAsync(url, ct);
                using var post = await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("note", "Hi there!")]), ct);
                foreach (var (method, response) in new[] { ("GET", get), ("POST", post) })
                {
                    if ((int)response.StatusCode >= 500) wrong.Add($"{who} {method} {url} → {(int)response.StatusCode}");
                    if (response.StatusCode == HttpStatusCode.NotFound) answered404[$"{method} {route}"] = true;
                    else seen[$"{method} {route} {who}"] = $"{(int)response.StatusCode} {response.Headers.Location}";
                }
            }
        });
        Assert.True(wrong.IsEmpty, string.Join('\n', wrong.Order(StringComparer.Ordinal)));
        foreach (var route in new[] { "/Events/Detail/{id:int}", "/Staff/Clients/Case/{id:int}", "/Staff/Clients/Recommendations/{id:int}" })
            Assert.True(answered404.ContainsKey("POST " + route), $"POST {route} with an unknown handler was not answered 404 by anyone: " + string.Join("; ", seen.Where(x => x.Key.StartsWith("POST " + route, StringComparison.Ordinal)).Select(x => $"{x.Key} → {x.Value}")));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https:%2F%2Fevil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Signing_in_with_a_foreign_return_url_stays_on_the_site(string returnUrl)
    {
        var client = app.Client();
        using var response = await Forms.PostAsync(client, "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl),
            new() { ["Email"] = DemoAccounts.Seeker, ["Password"] = DemoAccounts.Password, ["ReturnUrl"] = returnUrl }, tokenFrom: "/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_local_return_url_is_honoured()
    {
        using var response = await Forms.PostAsync(app.Client(), "/Account/Login",
            new() { ["Email"] = DemoAccounts.Seeker, ["Password"] = DemoAccounts.Password, ["ReturnUrl"] = "/Seeker/Profile" });
        Assert.Equal("/Seeker/Profile", response.Headers.Location!.OriginalString);
    }

    /// <summary>Found by the fuzz tests: the checkbox renderer parsed the posted value again and threw (500).</summary>
    [Fact]
    public async Task A_checkbox_posted_with_garbage_shows_the_form_again_with_a_Korean_message()
    {
        using var response = await Forms.PostAsync(app.Client(), "/Account/Register", new()
        {
            ["Input.Email"] = "checkbox@example.kr", ["Input.Name"] = "홍길동", ["Input.Password"] = "abcd1234", ["Input.ConfirmPassword"] = "abcd1234",
            ["Input.Consent"] = "<script>alert(1)</script>" + new string('가', 1000),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("올바른 값이 아닙니다", html, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('가', 41), html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "checkbox@example.kr", Ct)));
    }

    [Fact]
    public async Task Uploads_are_judged_by_content_limited_in_size_and_stored_under_a_random_name()
    {
        var files = app.Services.GetRequiredService<UploadedFiles>();
        var pdf = "%PDF-1.4\n%…"u8.ToArray();
        var name = await files.SaveAsync(Upload(pdf, "../../../etc/passwd.pdf"), "fuzz", "f", Ct);
        Assert.Matches("^[0-9a-f]{32}\\.pdf$", name);
        Assert.True(File.Exists(Path.Combine(app.FilesFolder, "uploads", "fuzz", name)));
        Assert.NotEqual(name, await files.SaveAsync(Upload(pdf, "same.pdf"), "fuzz", "f", Ct));

        // A script or executable is refused whatever its name says; so is HTML dressed as an image.
        foreach (var (bytes, fileName) in new[] { ("MZ\x90\0"u8.ToArray(), "form.pdf"), ("<html><script>alert(1)</script>"u8.ToArray(), "scan.png"), ("GIF89a"u8.ToArray(), "a.jpg") })
            Assert.Contains("PDF, JPG, PNG", (await Assert.ThrowsAsync<ValidationFailedException>(() => files.SaveAsync(Upload(bytes, fileName), "fuzz", "f", Ct))).Message, StringComparison.Ordinal);
        var tooBig = new byte[UploadedFiles.MaxBytes + 1];
        pdf.CopyTo(tooBig, 0);
        Assert.Contains("5MB", (await Assert.ThrowsAsync<ValidationFailedException>(() => files.SaveAsync(Upload(tooBig, "big.pdf"), "fuzz", "f", Ct))).Message, StringComparison.Ordinal);
        Assert.Contains("파일을 골라", (await Assert.ThrowsAsync<ValidationFailedException>(() => files.SaveAsync(Upload([], "empty.pdf"), "fuzz", "f", Ct))).Message, StringComparison.Ordinal);

        // Only names the store made can be opened: no traversal, no user-chosen path.
        Assert.NotNull(files.Open("fuzz", name));
        foreach (var bad in new[] { "../../../etc/passwd", "..%2f..%2fetc%2fpasswd.pdf", name[..31] + ".pdf", "/etc/passwd.pdf", name + "/../" + name, name.Replace(".pdf", ".PDF", StringComparison.Ordinal) })
            Assert.Null(files.Open("fuzz", bad));
    }

    private static FormFile Upload(byte[] bytes, string fileName) =>
        new(new MemoryStream(bytes), 0, bytes.Length, "f", fileName) { Headers = new HeaderDictionary(), ContentType = "application/octet-stream" };

    [Fact]
    public void Pages_have_no_inline_script_or_event_handler_attribute()
    {
        var pages = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Iljari.Web/Pages"));
        var files = Directory.GetFiles(pages, "*.cshtml", SearchOption.AllDirectories);
        Assert.True(files.Length > 100, $"only {files.Length} views under {pages}");
        var problems = files.SelectMany(f => InlineScriptProblems(File.ReadAllText(f, Encoding.UTF8)).Select(p => $"{Path.GetRelativePath(pages, f)}: {p}")).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Executable inline script: a script element without src (data blocks of JSON are fine), on* attributes, javascript: URLs.</summary>
    public static IEnumerable<string> InlineScriptProblems(string view)
    {
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(view, @"<script\b[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            if (!m.Value.Contains("src=", StringComparison.OrdinalIgnoreCase) && !System.Text.RegularExpressions.Regex.IsMatch(m.Value, @"type\s*=\s*\\?""application/(ld\+)?json", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
                yield return "inline script " + m.Value;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(view, @"<[a-z][^>]*\s(on[a-z]+)\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            yield return "event handler attribute " + m.Groups[1].Value;
        if (view.Contains("javascript:", StringComparison.OrdinalIgnoreCase)) yield return "javascript: URL";
        if (view.Contains("hx-on", StringComparison.OrdinalIgnoreCase)) yield return "hx-on attribute (evaluated script)";
    }

    [Fact]
    public void The_inline_script_scan_catches_what_it_looks_for()
    {
        Assert.Equal(4, InlineScriptProblems("<script>alert(1)</script><button onclick=\"x()\">x</button><a href=\"javascript:x()\">x</a><div hx-on:click=\"x\"></div>").Count());
        Assert.Empty(InlineScriptProblems("<script src=\"/js/site.js\"></script><script type=\"application/json\" id=\"d\">{}</script><p>one online</p>"));
    }
}
