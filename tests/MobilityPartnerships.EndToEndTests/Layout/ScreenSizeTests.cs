using Microsoft.Playwright;
using MobilityPartnerships.EndToEndTests.Languages;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Layout;

/// <summary>
/// The pages people use most fit a laptop's and a phone's screen: nothing scrolls sideways, a scoreboard's first row
/// shows its title, status and money, the partnership list all its columns, and on a phone every action of the top bar
/// is reachable and the filters fold behind one button; in English and in French, whose longer words must fit too.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ScreenSizeTests(AppFixture app)
{
    private const string Moldova = "Mobility Partnership with the Republic of Moldova";

    [Theory]
    [InlineData(1280, 800, "en")]
    [InlineData(1440, 900, "en")]
    [InlineData(1280, 800, "fr")]
    [InlineData(1440, 900, "fr")]
    public async Task On_a_laptop_the_list_a_scoreboard_and_an_initiative_fit_the_width(int width, int height, string code)
    {
        var language = InLanguage.Of(code);
        var page = await OpenAsync("partnerships", width, height, language);
        try
        {
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = Moldova, Exact = true })).ToBeVisibleAsync();
            await AssertNoSidewaysScrollAsync(page, "the partnership list");
            var headers = page.Locator("table thead th");
            await Expect(headers).ToHaveCountAsync(8);
            foreach (var header in await headers.AllAsync())
            {
                await AssertInViewAsync(page, header, $"the partnership list's column \"{await header.InnerTextAsync()}\"");
            }

            await page.GetByRole(AriaRole.Link, new() { Name = Moldova, Exact = true }).ClickAsync();
            await Expect(page.Locator("#scoreboard-totals")).ToBeVisibleAsync();
            await Expect(page.Locator(".scoreboard-grid tbody tr.mud-table-row").First).ToBeVisibleAsync();
            await AssertNoSidewaysScrollAsync(page, "the scoreboard");
            var cutLabels = await page.Locator("#scoreboard-filters label.mud-input-label").EvaluateAllAsync<string[]>(
                "labels => labels.filter(l => l.offsetParent && l.scrollWidth > l.clientWidth + 1).map(l => l.innerText)");
            Assert.True(cutLabels.Length == 0, $"Filter labels are cut: {string.Join(", ", cutLabels)}");
            var firstRow = page.Locator(".scoreboard-grid tbody tr.mud-table-row").First;
            await AssertInViewAsync(page, firstRow.Locator("td.scoreboard-title a"), "the first row's title");
            foreach (var column in new[] { language.Text("Scoreboard_Status"), language.Text("Common_TotalBudget"), language.Text("Common_EuContribution") })
            {
                var index = await ColumnIndexAsync(page, column);
                await AssertInViewAsync(page, firstRow.Locator("td:visible").Nth(index), $"the first row's {column}");
            }

            await firstRow.Locator("td.scoreboard-title a").ClickAsync();
            await Expect(page.Locator("dl").First).ToBeVisibleAsync();
            await AssertNoSidewaysScrollAsync(page, "an initiative");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task On_a_phone_search_and_sign_out_are_reachable_and_the_filters_fold(string code)
    {
        var language = InLanguage.Of(code);
        var page = await OpenAsync("partnerships", 390, 844, language);
        try
        {
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = Moldova, Exact = true })).ToBeVisibleAsync();
            await AssertNoSidewaysScrollAsync(page, "the partnership list");
            await AssertInViewAsync(page, page.GetByTestId("search-box"), "the search box");
            await AssertInViewAsync(page, page.GetByRole(AriaRole.Button, new() { Name = language.Text("Search_Submit"), Exact = true }), "the search button");

            // Sign-out is in the navigation drawer the top bar's first button opens.
            await Expect(page.GetByTestId("drawer-sign-out")).Not.ToBeInViewportAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = language.Text("Layout_ToggleNavigation") }).ClickAsync();
            // The server answers the click, then the drawer slides in.
            await Expect(page.GetByTestId("drawer-sign-out")).ToBeInViewportAsync();
            await AssertInViewAsync(page, page.GetByTestId("drawer-sign-out"), "sign-out");
            await AssertInViewAsync(page, page.GetByTestId("sign-out-everywhere"), "sign-out everywhere");

            // The top bar stays above the open drawer's shade: the same button closes it.
            await page.GetByRole(AriaRole.Button, new() { Name = language.Text("Layout_ToggleNavigation") }).ClickAsync();
            await Expect(page.GetByTestId("drawer-sign-out")).Not.ToBeInViewportAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = Moldova, Exact = true }).ClickAsync();
            await Expect(page.Locator("#scoreboard-totals")).ToBeVisibleAsync();
            await AssertNoSidewaysScrollAsync(page, "the scoreboard");
            var filters = page.Locator("#scoreboard-filters");
            await Expect(filters).Not.ToBeVisibleAsync();
            var toggle = page.GetByTestId("filters-toggle");
            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
            await toggle.ClickAsync();
            await Expect(filters).ToBeVisibleAsync();
            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
            await Expect(page.Locator("#scoreboard-search")).ToBeVisibleAsync();

            // The cards show each value whole: the longest title of the scoreboard is not cut.
            var longest = page.Locator(".scoreboard-grid td.scoreboard-title a", new() { HasText = "Strengthening the Moldovan capacity" });
            await Expect(longest).ToBeVisibleAsync();
            await AssertInViewAsync(page, longest, "the longest title", vertically: false);
            Assert.True(await longest.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth + 1 && e.closest('td').scrollWidth <= e.closest('td').clientWidth + 1"), "A card's title is cut.");
            await AssertNoSidewaysScrollAsync(page, "the scoreboard with its filters open");

            // An initiative: its actions (edit, archive, delete) wrap rather than push the page sideways.
            await longest.ClickAsync();
            await Expect(page.Locator("dl").First).ToBeVisibleAsync();
            await AssertNoSidewaysScrollAsync(page, "an initiative");
            foreach (var action in await page.GetByTestId("initiative-actions").Locator("a, button").AllAsync())
            {
                await AssertInViewAsync(page, action, $"the initiative's action \"{await action.InnerTextAsync()}\"", vertically: false);
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// Every page a user reaches from the menu and the lists fits a small phone's width (375 px): a wide table scrolls in
    /// its own box (a dashboard's timeline; a table whose header holds text for screen readers only, as the tokens page's
    /// does), a chip's long text (who approved the minutes, and when) wraps inside it, a field is never wider than the page.
    /// </summary>
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task On_a_small_phone_no_page_scrolls_sideways(string code)
    {
        var language = InLanguage.Of(code);
        var scene = await MobilityPartnerships.EndToEndTests.Api.ApiScene.StoreAsync(app);
        await MobilityPartnerships.EndToEndTests.Api.ApiTokens.CreateTokenAsync(app, AppFixture.Administrator, MobilityPartnerships.Web.Security.Tokens.TokenScope.Read);
        var moldova = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = $1", Moldova);
        var approved = await app.Database.ScalarAsync<Guid>("SELECT id FROM meetings WHERE minutes_approved_at IS NOT NULL AND partnership_id = $1 ORDER BY held_on LIMIT 1", moldova);
        Assert.NotEqual(Guid.Empty, approved);
        var coming = await StoreLongWordsAsync(scene);
        string[] paths =
        [
            "partnerships", $"partnerships/{moldova}", $"partnerships/{moldova}/dashboard", $"partnerships/{moldova}/commitments",
            $"partnerships/{moldova}/versions", $"partnerships/{moldova}/import", $"initiatives/{scene.Shared}", $"initiatives/{scene.Shared}/edit",
            "coverage", "meetings", $"meetings/{approved}", "my-work", "organisations", "users", "account/tokens", "search?q=migration",
            $"partnerships/{scene.PartnershipId}", $"meetings/{coming}", $"search?q={LongWord}",
        ];
        var page = await OpenAsync("partnerships", 375, 800, language);
        try
        {
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                await AppFixture.WaitForInteractivityAsync(page);
                await AssertNoSidewaysScrollAsync(page, path);
                await AssertChipsHoldTheirTextAsync(page, path);
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData(600, "en")]
    [InlineData(800, "fr")]
    [InlineData(960, "en")]
    [InlineData(960, "fr")]
    [InlineData(1024, "fr")]
    [InlineData(1280, "en")]
    [InlineData(1280, "fr")]
    [InlineData(1440, "fr")]
    public async Task At_every_width_the_top_bar_is_one_line_and_the_account_s_actions_are_reachable(int width, string code)
    {
        var language = InLanguage.Of(code);
        var page = await OpenAsync("partnerships", width, 800, language);
        try
        {
            // Every word of the top bar on one line, whole and inside the window: a wrapped name is taller than a line,
            // a cut one wider than its box.
            var broken = await page.Locator("header.mud-appbar").EvaluateAsync<string[]>(
                """
                header => [...header.querySelectorAll('h6, p, button, input, a')]
                    .filter(e => e.offsetParent && e.getBoundingClientRect().width > 0)
                    .filter(e => {
                        const r = e.getBoundingClientRect();
                        const line = parseFloat(getComputedStyle(e).lineHeight) || 24;
                        return r.right > document.documentElement.clientWidth + 0.5 || r.left < 0
                            || e.scrollWidth > e.clientWidth + 1
                            || (e.tagName !== 'INPUT' && e.tagName !== 'BUTTON' && r.height > line * 1.5)
                            || (e.tagName === 'BUTTON' && r.height > 48);
                    })
                    .map(e => `${e.tagName} "${(e.innerText || e.placeholder || '').trim()}"`)
                """);
            Assert.True(broken.Length == 0, $"At {width} px the top bar wraps or cuts: {string.Join(", ", broken)}");
            await AssertInViewAsync(page, page.GetByTestId("search-box"), "the search box");
            await AssertInViewAsync(page, page.GetByTestId("sign-out"), "sign-out");

            // The name is shown in the top bar, or at the head of the drawer's account actions where the bar has no room.
            var drawerToggle = page.GetByRole(AriaRole.Button, new() { Name = language.Text("Layout_ToggleNavigation") });
            if (width < 960)
            {
                await drawerToggle.ClickAsync();
                await Expect(page.GetByTestId("tokens-link")).ToBeInViewportAsync();
            }

            var name = await page.GetByTestId("current-user").IsVisibleAsync()
                ? page.GetByTestId("current-user")
                : page.GetByTestId("drawer-current-user");
            await Expect(name).ToHaveTextAsync("Demo administrator");
            await AssertInViewAsync(page, name, "the signed-in user's name", vertically: false);
            await AssertInViewAsync(page, page.GetByTestId("tokens-link"), "the access tokens");
            await AssertInViewAsync(page, page.GetByTestId("sign-out-everywhere"), "sign-out everywhere");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A word as long as a German authority's name, wider than a phone.</summary>
    private const string LongWord = "Arbeitsmarktintegrationsfördermaßnahmenkoordinierungsstelle";

    /// <summary>
    /// Puts a word wider than a phone into what the pages show of the scene's partnership: its lead organisation's name,
    /// an initiative's title, and a coming meeting's title, agenda proposal and action point (the administrator's own, so
    /// that My work lists them). Returns the meeting.
    /// </summary>
    private async Task<Guid> StoreLongWordsAsync(MobilityPartnerships.EndToEndTests.Api.ApiScene scene)
    {
        await app.Database.ExecuteAsync("UPDATE organisations SET name = name || ' ' || $2 WHERE id = $1", scene.AgencyId, LongWord);
        await app.Database.ExecuteAsync("UPDATE initiatives SET title = title || ' ' || $2 WHERE id = $1", scene.Shared, LongWord);
        var meeting = Guid.CreateVersion7();
        await app.Database.ExecuteAsync(
            "INSERT INTO meetings (id, partnership_id, kind, title, held_on, is_online, decisions) VALUES ($1, $2, 'TaskForce', $3, current_date + 10, true, '{}')",
            meeting,
            scene.PartnershipId,
            $"Task force of the {LongWord}");
        await app.Database.ExecuteAsync(
            "INSERT INTO agenda_items (id, meeting_id, title, proposed_by, proposed_at, status) VALUES ($1, $2, $3, 'Demo administrator', now(), 'Proposed')",
            Guid.CreateVersion7(),
            meeting,
            $"Report of the {LongWord}");
        await app.Database.ExecuteAsync(
            """
            INSERT INTO action_points (id, meeting_id, partnership_id, text, owner_account_id, due_on, status)
            SELECT $1, $2, $3, $4, a.id, current_date + 20, 'Open' FROM accounts a WHERE a.email = $5
            """,
            Guid.CreateVersion7(),
            meeting,
            scene.PartnershipId,
            $"Ask the {LongWord} for its figures",
            AppFixture.Administrator);
        return meeting;
    }

    private async Task<IPage> OpenAsync(string path, int width, int height, InLanguage language)
    {
        var context = await app.NewContextAsync();
        await language.ChooseInAsync(context, app.BaseAddress);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync(path);
        await AppFixture.WaitForInteractivityAsync(page);
        return page;
    }

    /// <summary>Every chip shown is as tall and wide as its text: a wrapped text never spills out of its outline.</summary>
    private static async Task AssertChipsHoldTheirTextAsync(IPage page, string what)
    {
        var spilled = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.mud-chip')].filter(c => c.offsetParent).filter(c => {
                const chip = c.getBoundingClientRect();
                const range = document.createRange();
                range.selectNodeContents(c);
                return [...range.getClientRects()].some(line => line.width > 0
                    && (line.top < chip.top - 1 || line.bottom > chip.bottom + 1 || line.left < chip.left - 1 || line.right > chip.right + 1));
            }).map(c => c.innerText.trim())
            """);
        Assert.True(spilled.Length == 0, $"{what}: chips whose text spills out of them: {string.Join(" | ", spilled)}");
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        if (widths[0] <= widths[1])
        {
            return;
        }

        // Names what sticks out of the window (not out of a box that scrolls itself), innermost first, so that a failure says where.
        var beyond = await page.EvaluateAsync<string[]>(
            """
            () => {
                const width = document.scrollingElement.clientWidth;
                const inScrollBox = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) { if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > width + 1 && !inScrollBox(e))
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                    .slice(0, 5)
                    .map(e => `${e.tagName.toLowerCase()}.${String(e.className.baseVal ?? e.className).split(' ').slice(0, 2).join('.')} "${(e.innerText || '').trim().slice(0, 60)}"`);
            }
            """);
        Assert.Fail($"{what} scrolls sideways: {widths[0]} px wide in a {widths[1]} px window; beyond it: {string.Join(" | ", beyond)}");
    }

    /// <summary>The element is inside the window and not scrolled out of view by the box that holds it (a grid's container).</summary>
    private static async Task AssertInViewAsync(IPage page, ILocator element, string what, bool vertically = true)
    {
        await element.ScrollIntoViewIfNeededAsync();
        var inView = await element.EvaluateAsync<bool>(
            """
            (e, vertically) => {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) return false;
                if (r.left < 0 || r.right > document.documentElement.clientWidth + 0.5) return false;
                if (vertically && (r.top < 0 || r.bottom > window.innerHeight + 0.5)) return false;
                for (let box = e.parentElement; box; box = box.parentElement) {
                    const style = getComputedStyle(box);
                    if (style.overflowX === 'visible') continue;
                    const b = box.getBoundingClientRect();
                    if (r.left < b.left - 0.5 || r.right > b.right + 0.5) return false;
                }
                return true;
            }
            """, vertically);
        Assert.True(inView, $"{what} is not in view.");
    }

    private static async Task<int> ColumnIndexAsync(IPage page, string header)
    {
        var index = await page.Locator(".scoreboard-grid thead th").EvaluateAllAsync<int>(
            "(ths, name) => ths.filter(th => getComputedStyle(th).display !== 'none').findIndex(th => th.innerText.trim() === name)", header);
        Assert.True(index >= 0, $"No column \"{header}\" is shown.");
        return index;
    }
}
