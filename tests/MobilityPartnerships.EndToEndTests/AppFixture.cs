using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.EndToEndTests;

/// <summary>
/// The app on a real Kestrel port with its own database and the demo data, and a headless Chromium from
/// the system (nothing is downloaded). One per test collection.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    internal static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"];

    public const string Administrator = "administrator@mobility-partnerships.example";
    public const string Password = "Partnerships-Demo-2026";

    private readonly ConcurrentDictionary<string, string> signedIn = new(StringComparer.OrdinalIgnoreCase);
    private readonly Action<IServiceCollection> services;
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;

    public AppFixture()
        : this(_ => { })
    {
    }

    /// <summary>An app whose services <paramref name="services"/> changes after the app's own (a test's replacement).</summary>
    protected AppFixture(Action<IServiceCollection> services) => this.services = services;

    public IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException("The app has not started.");

    public TestDatabase Database { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("e2e");
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Development")
            .UseSetting("ConnectionStrings:Default", Database.ConnectionString)
            .UseSetting("DemoData:Load", "true")
            .UseSetting("DemoData:AccountPassword", Password)
            .UseSetting("Security:RevalidateEvery", "00:00:02")
            .UseSetting("Security:SignInAttemptsPerMinute", "10000")
            // Tests of this collection share each account's allowances; the limits are tested with an app of their own.
            .UseSetting("Security:DownloadsPerMinute", "100000")
            .UseSetting("Security:ApiRequestsPerMinute", "1000000")
            .UseSetting("Security:SearchesPerMinute", "100000")
            // Browser tests leave their pages open, many as the same demo account: the open-pages limit has its own app.
            .UseSetting("Circuits:MaxPerUser", "1000")
            // The shared app tests what users see, not the database budgets (DatabaseOutageTests and DeadConnectionsTests
            // run apps of their own with the product's): a CI machine under load once kept a page's save past 3 s.
            .UseSetting("Database:ConnectTimeoutSeconds", "10")
            .UseSetting("Database:CommandTimeoutSeconds", "30")
            // A free port of the system's choosing: UseKestrel(0) alone falls back to port 5000, which another run may hold.
            .UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0")
            .ConfigureServices(services));
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

    /// <summary>
    /// Opens a page signed in as <paramref name="account"/> (the demo administrator unless named) and waits until its
    /// server connection is up, so that clicks are not lost. <paramref name="bypassContentSecurityPolicy"/> lets a test
    /// inject a checking script (axe-core); the app's own pages never need it.
    /// </summary>
    public async Task<IPage> OpenAsync(string path, string account = Administrator, bool bypassContentSecurityPolicy = false)
    {
        var context = await NewContextAsync(account, bypassContentSecurityPolicy);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await WaitForInteractivityAsync(page);
        return page;
    }

    /// <summary>A browser context with the account's sign-in cookie; it signs in once per account and reuses the cookie.</summary>
    public async Task<IBrowserContext> NewContextAsync(string account = Administrator, bool bypassContentSecurityPolicy = false)
    {
        if (!signedIn.TryGetValue(account, out var state))
        {
            await using var context = await AnonymousContextAsync();
            var page = await context.NewPageAsync();
            await SignInAsync(page, account, Password);
            await page.WaitForURLAsync(url => !url.Contains("sign-in", StringComparison.Ordinal));
            state = await context.StorageStateAsync();
            signedIn[account] = state;
        }

        return await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            StorageState = state,
            BypassCSP = bypassContentSecurityPolicy,
        });
    }

    /// <summary>Stores an account with the demo password, as an administrator's invitation would, and returns its id.</summary>
    public async Task<Guid> CreateAccountAsync(string email, string name, Role role, string? memberState = null)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(SystemActor.Principal("Test setup", TimeProvider.System));
        Guid? organisation = memberState is null
            ? null
            : await Database.ScalarAsync<Guid>("SELECT id FROM organisations WHERE country_code = $1 AND kind = 'MemberState'", memberState);
        var account = new Account { Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = name, Role = role, OrganisationId = organisation, CreatedAt = DateTimeOffset.UtcNow };
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().CreateAsync(account, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return account.Id;
    }

    /// <summary>Deactivates an account the way the administrator's page does: inactive, and a new security stamp.</summary>
    public async Task DeactivateAsync(Guid accountId)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(SystemActor.Principal("Test setup", TimeProvider.System));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await users.FindByIdAsync(accountId.ToString()) ?? throw new InvalidOperationException("No such account.");
        account.IsActive = false;
        await users.UpdateAsync(account);
        await users.UpdateSecurityStampAsync(account);
    }

    public Task<IBrowserContext> AnonymousContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });

    /// <summary>Fills and sends the sign-in form.</summary>
    public static async Task SignInAsync(IPage page, string account, string password)
    {
        await page.GotoAsync("sign-in");
        await page.FillAsync("#email", account);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    public static Task WaitForInteractivityAsync(IPage page) =>
        page.WaitForSelectorAsync("#interactive", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    /// <summary>
    /// Chooses a file in the page's file input once Blazor has wired it: a file set before that is dropped without a
    /// change event (Blazor's InputFile marks the element when it starts listening).
    /// </summary>
    public static async Task ChooseFileAsync(IPage page, FilePayload file)
    {
        await page.WaitForFunctionAsync(
            "() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
    }

    /// <summary>Waits until an initiative's edit form has been loaded by the interactive render, so what is typed next is kept.</summary>
    public static Task WaitForEditorAsync(IPage page) =>
        page.GetByTestId("editor-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

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
        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition(Name)]
public sealed class RunningApp : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
