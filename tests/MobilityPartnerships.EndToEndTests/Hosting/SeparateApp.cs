using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MobilityPartnerships.EndToEndTests.Hosting;

/// <summary>
/// An app of a test's own, for settings the shared <see cref="AppFixture"/> must not have (a database behind a relay,
/// low limits): on a free Kestrel port with the demo data, and signed-in clients carrying a session cookie.
/// </summary>
internal sealed class SeparateApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    private SeparateApp(WebApplicationFactory<Program> factory, Uri baseAddress)
    {
        this.factory = factory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => factory.Services;

    public static SeparateApp Start(string connectionString, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder
                .UseEnvironment("Development")
                .UseSetting("ConnectionStrings:Default", connectionString)
                .UseSetting("DemoData:Load", "true")
                .UseSetting("DemoData:AccountPassword", AppFixture.Password)
                .UseSetting("Security:SignInAttemptsPerMinute", "10000")
                .UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }

            if (services is not null)
            {
                builder.ConfigureServices(services);
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SeparateApp(factory, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)));
    }

    /// <summary>Signs the account in through the sign-in page and returns a client with its cookies that follows no redirects.</summary>
    public async Task<HttpClient> SignedInClientAsync(string account)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await AppFixture.SignInAsync(page, account, AppFixture.Password);
        await page.WaitForURLAsync(url => !url.Contains("sign-in", StringComparison.Ordinal));
        var cookies = await context.CookiesAsync();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        return client;
    }

    public HttpClient AnonymousClient() => new() { BaseAddress = BaseAddress };

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}

/// <summary>
/// Tests that start a <see cref="SeparateApp"/>: one app at a time in this process (the app's logger is set up once
/// per start and two starts at once collide), and never beside the shared app's collection.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SeparateApps
{
    public const string Name = "separate apps";
}
