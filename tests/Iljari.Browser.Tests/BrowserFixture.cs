using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Iljari.Browser.Tests.BrowserFixture))]

namespace Iljari.Browser.Tests;

/// <summary>
/// The real app on a real socket (Kestrel, SQLite with the Tiny demo set) and Debian's Chromium driven by Playwright.
/// No browser is downloaded: Playwright uses /usr/bin/chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    public SqliteApp App { get; } = new();
    public string BaseUrl { get; private set; } = "";
    public IBrowser? Browser { get; private set; }
    public string? Problem { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Problem = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium, or run bash .ci/run).";
            return;
        }
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync([]);
    }

    private Task<IBrowser> LaunchAsync(string[] extraArgs) => _playwright!.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ChromiumPath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", .. extraArgs],
    });

    /// <summary>
    /// A second Chromium whose camera films <paramref name="y4mClip"/> (see <see cref="FakeCamera"/>) and grants camera
    /// access without asking. The caller closes it.
    /// </summary>
    public Task<IBrowser> LaunchWithCameraAsync(string y4mClip)
    {
        TestEnvironment.Require(Problem);
        return LaunchAsync(["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", $"--use-file-for-fake-video-capture={y4mClip}"]);
    }

    /// <summary>A fresh Korean-locale browser context (own cookies) for one journey, in <paramref name="browser"/> or the shared one.</summary>
    public async Task<IPage> NewPageAsync(IBrowser? browser = null)
    {
        TestEnvironment.Require(Problem);
        var context = await (browser ?? Browser!).NewContextAsync(new BrowserNewContextOptions { Locale = "ko-KR", BaseURL = BaseUrl, ReducedMotion = ReducedMotion.Reduce });
        var page = await context.NewPageAsync();
        // Generous for a loaded CI machine; a page that takes this long is a failure either way.
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>
    /// A fresh page signed in as <paramref name="email"/> through the login form; staff also pass the second step with a
    /// code from the demo authenticator key. <paramref name="onSecondStep"/> runs on the second-step page (e.g. an axe check);
    /// <paramref name="browser"/> is another Chromium than the shared one (e.g. one with a camera).
    /// </summary>
    public async Task<IPage> SignInAsync(string email, Func<IPage, Task>? onSecondStep = null, IBrowser? browser = null)
    {
        var page = await NewPageAsync(browser);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", Iljari.Web.Infrastructure.DemoAccounts.Password);
        await page.ClickAsync("form button.primary");
        await page.WaitForURLAsync(url => PathOf(url) != "/Account/Login");
        if (PathOf(page.Url) == "/Account/LoginWith2fa")
        {
            if (onSecondStep is not null) await onSecondStep(page);
            // A code typed as its 30-second step ends can be refused, as for a person; like a person, type the next one.
            for (var attempt = 1; ; attempt++)
            {
                await page.FillAsync("#Code", Totp.Now(Iljari.Web.Infrastructure.DemoAccounts.AuthenticatorKey));
                await page.ClickAsync("form button.primary");
                try
                {
                    await page.WaitForURLAsync(url => PathOf(url) != "/Account/LoginWith2fa", new() { Timeout = 20_000 });
                    break;
                }
                catch (TimeoutException)
                {
                    // Still on the second step: say why (the page's message) rather than only that time ran out.
                }
                var errors = await page.Locator(".form-errors").AllInnerTextsAsync();
                if (attempt == 2 || !errors.Any(e => e.Contains("인증 코드가 올바르지 않거나", StringComparison.Ordinal)))
                    throw new InvalidOperationException($"{email}: the second sign-in step did not pass: {string.Join(" / ", errors)}");
                await Task.Delay(TimeSpan.FromSeconds(31 - DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 30));
            }
        }
        return page;
    }

    private static string PathOf(string url) => new Uri(url).AbsolutePath;

    /// <summary>Ticks a KRDS checkbox the way a person does: KRDS draws the box on the label, over the native input.</summary>
    public static async Task TickAsync(IPage page, string id)
    {
        await page.ClickAsync($"label[for='{id}']");
        await Assertions.Expect(page.Locator($"#{id}")).ToBeCheckedAsync();
    }

    /// <summary>Fails with the list of serious or critical accessibility violations on the current page.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{page.Url}: " + string.Join("\n", bad.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
