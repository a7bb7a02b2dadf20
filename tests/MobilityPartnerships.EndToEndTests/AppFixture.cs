using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.EndToEndTests;

/// <summary>
/// The app on a real Kestrel port with its own database and the demo data, and a headless Chromium from
/// the system (nothing is downloaded). One per test collection.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"];

    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;

    public TestDatabase Database { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("e2e");
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Development")
            .UseSetting("ConnectionStrings:Default", Database.ConnectionString)
            .UseSetting("DemoData:Load", "true"));
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>Opens a page and waits until its server connection is up, so that clicks are not lost.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        await page.GotoAsync(path);
        await WaitForInteractivityAsync(page);
        return page;
    }

    public static Task WaitForInteractivityAsync(IPage page) =>
        page.WaitForSelectorAsync("#interactive", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class RunningApp : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
