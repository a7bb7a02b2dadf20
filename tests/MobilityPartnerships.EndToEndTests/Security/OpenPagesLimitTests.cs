using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MobilityPartnerships.EndToEndTests.Hosting;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Hosting.Circuits;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Security;

/// <summary>
/// Each open page holds its state on the server, so one account may have at most <c>Circuits:MaxPerUser</c> (10) connected
/// at once: the next page says so instead of showing the page, and closing one lets it in on reload.
/// </summary>
[Collection(SeparateApps.Name)]
public sealed class OpenPagesLimitTests : IAsyncLifetime
{
    private const int Limit = 10;
    private const string Account = "ireland@mobility-partnerships.example";

    private TestDatabase database = default!;
    private SeparateApp? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync("open_pages");
        app = SeparateApp.Start(database.ConnectionString, new Dictionary<string, string>
        {
            ["Circuits:MaxPerUser"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = AppFixture.ChromiumArguments,
        });
    }

    [Fact]
    public async Task The_eleventh_open_page_of_one_account_is_refused_with_a_message_until_another_is_closed()
    {
        var accountId = (await database.ScalarAsync<Guid>("SELECT id FROM accounts WHERE email = $1", Account)).ToString();
        var counted = app!.Services.GetRequiredService<OpenCircuits>();
        await using var context = await browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        var signIn = await context.NewPageAsync();
        await AppFixture.SignInAsync(signIn, Account, AppFixture.Password);
        await signIn.WaitForURLAsync(url => !url.Contains("sign-in", StringComparison.Ordinal));
        await signIn.CloseAsync();
        await WaitUntilAsync(() => counted.OpenFor(accountId) == 0);

        var open = new List<IPage>();
        for (var i = 0; i < Limit; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("partnerships");
            await AppFixture.WaitForInteractivityAsync(page);
            open.Add(page);
        }

        foreach (var page in open)
        {
            Assert.Equal(0, await page.GetByTestId("too-many-pages").CountAsync());
        }

        var eleventh = await context.NewPageAsync();
        await eleventh.GotoAsync("partnerships");
        await Expect(eleventh.GetByTestId("too-many-pages")).ToContainTextAsync(
            $"You already have {Limit} pages of this application open", new() { Timeout = 30_000 });
        await Expect(eleventh.Locator("h1")).ToHaveTextAsync("Too many open pages");
        Assert.Equal(0, await eleventh.Locator("#interactive").CountAsync());
        Assert.Equal(Limit, counted.OpenFor(accountId));

        // A tab closed in the browser (its connection gone) makes room.
        await open[0].CloseAsync();
        await WaitUntilAsync(() => counted.OpenFor(accountId) == Limit - 1);
        await eleventh.ReloadAsync();
        await AppFixture.WaitForInteractivityAsync(eleventh);
        Assert.Equal(0, await eleventh.GetByTestId("too-many-pages").CountAsync());
        Assert.Equal(Limit, counted.OpenFor(accountId));
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await database.DisposeAsync();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(100, limit.Token);
        }
    }
}
