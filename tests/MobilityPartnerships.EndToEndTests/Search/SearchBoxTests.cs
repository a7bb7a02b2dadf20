using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Search;

/// <summary>The search box of the top bar: typed words, highlighted results, markup shown as text, through to the initiative, and on to all results a page at a time.</summary>
[Collection(RunningApp.Name)]
public sealed class SearchBoxTests(AppFixture app)
{
    [Fact]
    public async Task Typing_in_the_top_bar_finds_highlighted_results_shows_markup_as_text_and_leads_to_the_initiative()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = $"<script>alert('search')</script> Sécurité frontalière {suffix}";
        var id = await StoreInitiativeAsync(title);

        var page = await app.OpenAsync("partnerships");
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await AppFixture.WaitForInteractivityAsync(page);
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search initiatives, partnerships, organisations and contact points" });
        await box.FillAsync($"securite frontaliere {suffix}");
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search\\?q=securite"));
        var result = page.GetByTestId("search-initiative").Filter(new() { HasText = suffix });
        await Expect(result).ToHaveCountAsync(1);
        var link = result.GetByRole(AriaRole.Link, new() { Name = title });
        await Expect(link).ToBeVisibleAsync();
        await Expect(link.Locator("mark")).ToHaveTextAsync(["Sécurité", "frontalière", suffix]);
        Assert.Equal(0, await page.Locator("search-initiative script, [data-testid=search-initiative] script").CountAsync());
        Assert.Equal(0, dialogs);

        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/initiatives/{id}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task An_empty_search_gives_a_hint_and_a_search_without_match_says_so()
    {
        var page = await app.OpenAsync("search");
        await Expect(page.GetByTestId("search-hint")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("search-initiatives")).ToHaveCountAsync(0);

        await page.GotoAsync("search?q=%22%29%3B%20DROP%20TABLE%20x%3B%20--%20zzqxj");
        await Expect(page.GetByTestId("search-none")).ToContainTextAsync("No results for");
        await Expect(page.GetByTestId("search-none")).ToContainTextAsync("DROP TABLE x");
    }

    [Fact]
    public async Task More_results_than_a_page_lead_to_all_of_them_a_page_at_a_time()
    {
        var suffix = "paged" + Guid.NewGuid().ToString("N")[..6];
        await StoreInitiativesAsync(Enumerable.Range(1, 30).Select(n => $"Seasonal work {suffix} {n}").ToList());

        var page = await app.OpenAsync($"search?q={suffix}");
        await AppFixture.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("search-initiative")).ToHaveCountAsync(25);
        var all = page.GetByTestId("search-all-initiatives");
        await Expect(all).ToHaveTextAsync("Show all initiatives found (30)");

        await all.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/search\\?q={suffix}&group=initiatives$"));
        await AppFixture.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("search-pager-info")).ToHaveTextAsync("1-25 of 30");
        var first = await page.GetByTestId("search-initiative").AllTextContentsAsync();

        await page.GetByTestId("search-pager").GetByRole(AriaRole.Button, new() { Name = "Next Page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"group=initiatives&page=2$"));
        await Expect(page.GetByTestId("search-pager-info")).ToHaveTextAsync("26-30 of 30");
        await Expect(page.GetByTestId("search-initiative")).ToHaveCountAsync(5);
        var second = await page.GetByTestId("search-initiative").AllTextContentsAsync();
        Assert.Empty(first.Intersect(second));
        Assert.Equal(30, first.Concat(second).Distinct().Count());

        await page.GetByTestId("search-all-results").ClickAsync();
        await Expect(page.GetByTestId("search-summary")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("search-initiative")).ToHaveCountAsync(25);
    }

    private async Task StoreInitiativesAsync(IReadOnlyList<string> titles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(SystemActor.Principal("Test setup", TimeProvider.System));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        // A partnership of their own: the demo's partnerships, which other tests page through, keep their rows.
        var partnership = Partnership.Open($"Search paging partnership {Guid.NewGuid():N}", PartnershipKind.MobilityPartnership, null, PartnershipStatus.NeedsAssessment);
        db.Partnerships.Add(partnership);
        db.Initiatives.AddRange(titles.Select(title => Initiative.Propose(partnership, title, Pillar.LegalMigration, InitiativeStatus.Planned)));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private async Task<Guid> StoreInitiativeAsync(string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(SystemActor.Principal("Test setup", TimeProvider.System));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var georgia = await db.Partnerships.SingleAsync(p => p.Name == "Mobility Partnership with Georgia", TestContext.Current.CancellationToken);
        var initiative = Initiative.Propose(georgia, title, Pillar.LegalMigration, InitiativeStatus.Planned);
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return initiative.Id;
    }
}
