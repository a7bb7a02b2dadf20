using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Scoreboards;

/// <summary>What is typed into the scoreboard's search stays as typed while the scoreboard follows it.</summary>
[Collection(RunningApp.Name)]
public sealed class ScoreboardSearchTests(AppFixture app)
{
    [Fact]
    public async Task A_space_typed_in_the_search_is_kept_once_the_scoreboard_has_refiltered()
    {
        var georgia = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with Georgia'");
        var page = await app.OpenAsync($"partnerships/{georgia}");
        var search = page.Locator("#scoreboard-search");

        await search.PressSequentiallyAsync("Border ");

        // The scoreboard has followed the first word (the address carries it) before the second is typed.
        // Each keystroke is an event the circuit handles in turn, with a refilter after each pause: on a machine at load 20
        // the five keys of "Guard" and their refilters took more than Playwright's 5 s.
        await Expect(page).ToHaveURLAsync(new Regex("q=Border(&|$)"), new() { Timeout = 20_000 });
        await Expect(search).ToHaveValueAsync("Border ");
        await search.PressSequentiallyAsync("Guard");
        await Expect(search).ToHaveValueAsync("Border Guard");
        await Expect(page).ToHaveURLAsync(new Regex("q=Border(%20|\\+)Guard"), new() { Timeout = 20_000 });
    }
}
