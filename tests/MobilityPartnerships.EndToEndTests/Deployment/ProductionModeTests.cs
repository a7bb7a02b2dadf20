using System.Net;
using Microsoft.Playwright;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.EndToEndTests.Deployment;

/// <summary>
/// The published Release build in Production, as <c>scripts/run</c> serves it: plain HTTP on loopback, the demo data,
/// its own database. Static assets and the interactive part must work, and the error page must give nothing away.
/// </summary>
public sealed class ProductionModeTests(ProductionModeTests.ProductionApp production) : IClassFixture<ProductionModeTests.ProductionApp>
{
    [Fact]
    public async Task Static_assets_answer_200_and_a_page_turns_interactive_in_Production()
    {
        await using var context = await production.SignedInContextAsync();
        var page = await context.NewPageAsync();
        var answers = new List<(string Url, int Status)>();
        page.Response += (_, response) =>
        {
            lock (answers)
            {
                answers.Add((response.Url, response.Status));
            }
        };

        await page.GotoAsync("partnerships");
        // The marker renders only once the page runs interactively over its circuit (blazor.web.js loaded and connected).
        await AppFixture.WaitForInteractivityAsync(page);

        (string Url, int Status)[] seen;
        lock (answers)
        {
            seen = [.. answers];
        }

        var listing = string.Join("\n", seen.Select(a => $"{a.Status} {a.Url}"));
        string[] expected = ["/_framework/blazor.web.", "/_content/MudBlazor/MudBlazor.min.", "ReconnectModal."];
        foreach (var asset in expected)
        {
            Assert.True(seen.Any(a => a.Url.Contains(asset, StringComparison.Ordinal)), $"{asset} was not requested:\n{listing}");
        }

        Assert.Contains(seen, a => a.Url.Contains("/_content/MudBlazor/", StringComparison.Ordinal) && a.Url.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(seen, a => a.Url.Contains("/_content/MudBlazor/", StringComparison.Ordinal) && a.Url.EndsWith(".js", StringComparison.Ordinal));
        var failed = seen.Where(a => a.Status >= 400).ToList();
        Assert.True(failed.Count == 0, $"answers of 400 or more:\n{listing}\napp:\n{production.App.Output}");
    }

    [Fact]
    public async Task The_error_page_in_Production_shows_no_request_headers_cookies_or_stack_trace()
    {
        await using var context = await production.SignedInContextAsync();
        var cookies = await context.CookiesAsync();
        var session = cookies.Single(c => c.Name == "mp.session");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = production.App.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}").Append("probe-cookie=cookie-7d1e")));
        client.DefaultRequestHeaders.Add("X-Probe", "header-4b2a");
        client.DefaultRequestHeaders.UserAgent.ParseAdd("probe-agent/9.1");

        // A real failure inside the page: the table the partnership list reads is gone for a moment.
        await production.Database.ExecuteAsync("ALTER TABLE partnerships RENAME TO partnerships_away");
        string body;
        HttpStatusCode status;
        try
        {
            using var response = await client.GetAsync(new Uri("partnerships", UriKind.Relative), TestContext.Current.CancellationToken);
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }
        finally
        {
            await production.Database.ExecuteAsync("ALTER TABLE partnerships_away RENAME TO partnerships");
        }

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.Contains("Reference number:", body, StringComparison.Ordinal);
        string[] secrets = ["header-4b2a", "X-Probe", "probe-agent", "cookie-7d1e", "probe-cookie", session.Value, "mp.session", "Exception", "Npgsql", "   at ", "partnerships_away", ".cs:line"];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        }
    }

    /// <summary>The published app in Production on a database of its own, and a browser.</summary>
    public sealed class ProductionApp : IAsyncLifetime
    {
        private IPlaywright? playwright;
        private IBrowser? browser;
        private string? signedInState;

        public TestDatabase Database { get; private set; } = default!;

        public PublishedApp App { get; private set; } = default!;

        public async ValueTask InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync("production");
            App = await PublishedApp.StartAsync("Production", new Dictionary<string, string>
            {
                ["ConnectionStrings:Default"] = Database.ConnectionString,
                ["DemoData:Load"] = "true",
                ["DemoData:AccountPassword"] = AppFixture.Password,
                // As scripts/run: plain HTTP for this machine only.
                ["Security:AllowPlainHttpOnLoopback"] = "true",
            }, TestContext.Current.CancellationToken);

            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
            });
        }

        public async Task<IBrowserContext> SignedInContextAsync()
        {
            if (signedInState is null)
            {
                await using var anonymous = await browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseAddress.ToString() });
                var page = await anonymous.NewPageAsync();
                await AppFixture.SignInAsync(page, AppFixture.Administrator, AppFixture.Password);
                await page.WaitForURLAsync(url => !url.Contains("sign-in", StringComparison.Ordinal));
                signedInState = await anonymous.StorageStateAsync();
            }

            return await browser!.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = App.BaseAddress.ToString(),
                ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
                StorageState = signedInState,
            });
        }

        public async ValueTask DisposeAsync()
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright?.Dispose();
            if (App is not null)
            {
                await App.DisposeAsync();
            }

            if (Database is not null)
            {
                await Database.DisposeAsync();
            }
        }
    }
}
