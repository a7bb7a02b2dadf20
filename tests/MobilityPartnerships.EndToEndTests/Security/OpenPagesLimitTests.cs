using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Hosting.Circuits;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Security;

/// <summary>
/// Each open page holds its state on the server, so one account may have at most <c>Circuits:MaxPerUser</c> (10) connected
/// at once: the next page says so instead of showing the page, and closing one lets it in on reload.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class OpenPagesLimitTests(AppFixture app)
{
    private const int Limit = 10;

    [Fact]
    public async Task The_eleventh_open_page_of_one_account_is_refused_with_a_message_until_another_is_closed()
    {
        var email = $"many-pages-{Guid.NewGuid():N}@test.example";
        var accountId = (await app.CreateAccountAsync(email, "Many pages", Role.FocalPoint)).ToString();
        var counted = app.Services.GetRequiredService<OpenCircuits>();
        await using var context = await app.NewContextAsync(email);
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

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(100, limit.Token);
        }
    }
}
