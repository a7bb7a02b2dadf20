using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Scoreboards.Page;

namespace MobilityPartnerships.IntegrationTests.Scoreboards.Page;

/// <summary>
/// The scoreboard's grid as a user works it, over fourteen initiatives in the database: its pager's words and buttons,
/// a header's three clicks (ascending, descending, back to the title order), grouping by pillar with each pillar's own
/// totals under its heading and rows, and the columns menu that shows and hides columns. The order, the page and the
/// totals are read by PostgreSQL; what is checked here is what the page makes of them and writes to its address.
/// </summary>
public sealed partial class ScoreboardGridTests(DatabaseFixture fixture) : ComponentOnDatabaseTest(fixture), IClassFixture<DatabaseFixture>
{
    /// <summary>How long a render may wait for the database's answer: a bound for a loaded machine, not a measure.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const int Count = 14;

    [Fact]
    public async Task The_pager_names_the_rows_of_its_page_and_moves_to_the_next_and_back()
    {
        var partnershipId = await StoreAsync();
        Open("partnerships/scoreboard?size=10");
        var scoreboard = Render<Scoreboard>(p => p.Add(s => s.PartnershipId, partnershipId));

        scoreboard.WaitForAssertion(() =>
        {
            Assert.Equal("1-10 of 14", PageInfo(scoreboard));
            Assert.Equal(Titles(1..10), ShownTitles(scoreboard));
        }, Patience);
        Assert.True(PagerButton(scoreboard, "Previous Page").HasAttribute("disabled"));
        Assert.True(PagerButton(scoreboard, "First Page").HasAttribute("disabled"));
        Assert.False(PagerButton(scoreboard, "Next Page").HasAttribute("disabled"));

        await Act(scoreboard, () => PagerButton(scoreboard, "Next Page").Click());

        scoreboard.WaitForAssertion(() =>
        {
            Assert.Equal("11-14 of 14", PageInfo(scoreboard));
            Assert.Equal(Titles(11..14), ShownTitles(scoreboard));
        }, Patience);
        Assert.Contains("page=2", Address, StringComparison.Ordinal);
        Assert.True(PagerButton(scoreboard, "Next Page").HasAttribute("disabled"));
        Assert.True(PagerButton(scoreboard, "Last Page").HasAttribute("disabled"));
        Assert.False(PagerButton(scoreboard, "Previous Page").HasAttribute("disabled"));

        await Act(scoreboard, () => PagerButton(scoreboard, "First Page").Click());
        scoreboard.WaitForAssertion(() => Assert.Equal("1-10 of 14", PageInfo(scoreboard)), Patience);
    }

    [Fact]
    public async Task A_header_sorts_ascending_then_descending_then_back_to_the_title_order()
    {
        var partnershipId = await StoreAsync();
        var scoreboard = Render<Scoreboard>(p => p.Add(s => s.PartnershipId, partnershipId));
        scoreboard.WaitForAssertion(() => Assert.Equal(Titles(1..14), ShownTitles(scoreboard)), Patience);
        Assert.Equal("ascending", Header(scoreboard, "Initiative").GetAttribute("aria-sort"));
        var byBudget = Enumerable.Range(1, Count).OrderBy(Budget).Select(Title).ToList();

        await Act(scoreboard, () => SortBy(scoreboard, "Total budget"));
        scoreboard.WaitForAssertion(() => Assert.Equal(byBudget, ShownTitles(scoreboard)), Patience);
        Assert.Equal("ascending", Header(scoreboard, "Total budget").GetAttribute("aria-sort"));
        Assert.Null(Header(scoreboard, "Initiative").GetAttribute("aria-sort"));
        Assert.Contains("sort=TotalBudget", Address, StringComparison.Ordinal);

        await Act(scoreboard, () => SortBy(scoreboard, "Total budget"));
        scoreboard.WaitForAssertion(() => Assert.Equal(Enumerable.Reverse(byBudget), ShownTitles(scoreboard)), Patience);
        Assert.Equal("descending", Header(scoreboard, "Total budget").GetAttribute("aria-sort"));
        Assert.Contains("desc=1", Address, StringComparison.Ordinal);

        await Act(scoreboard, () => SortBy(scoreboard, "Total budget"));
        scoreboard.WaitForAssertion(() => Assert.Equal(Titles(1..14), ShownTitles(scoreboard)), Patience);
        Assert.Null(Header(scoreboard, "Total budget").GetAttribute("aria-sort"));
        Assert.Equal("ascending", Header(scoreboard, "Initiative").GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task Grouped_by_pillar_each_pillar_is_headed_and_closed_by_the_totals_of_all_its_initiatives()
    {
        var partnershipId = await StoreAsync();
        Open("partnerships/scoreboard?size=10");
        var scoreboard = Render<Scoreboard>(p => p.Add(s => s.PartnershipId, partnershipId));
        scoreboard.WaitForAssertion(() => Assert.Equal("1-10 of 14", PageInfo(scoreboard)), Patience);
        Assert.Empty(scoreboard.FindAll("td.scoreboard-group"));

        await Act(scoreboard, () => Switch(scoreboard, "Group by pillar").Change(true));

        // The first page holds legal migration's six rows and four of migration and development's five: that pillar's
        // heading and footer count and sum all five, not only the four on this page.
        scoreboard.WaitForAssertion(() => Assert.Equal(
            [
                "Legal migration · 6 initiatives · total € 41,000.00 · EU € 20,500.00",
                "Migration and development · 5 initiatives · total € 48,000.00 · EU € 24,000.00",
            ],
            scoreboard.FindAll("td.scoreboard-group").Select(Text)), Patience);
        Assert.Contains("group=pillar", Address, StringComparison.Ordinal);
        Assert.Equal(["€ 41,000.00", "€ 48,000.00"], scoreboard.FindAll("[data-testid='group-footer-total-budget']").Select(Text));
        Assert.Equal(["€ 20,500.00", "€ 24,000.00"], scoreboard.FindAll("[data-testid='group-footer-eu-contribution']").Select(Text));
        Assert.Equal("€ 105,000.00", Text(scoreboard.Find("[data-testid='footer-total-budget']")));

        // Each heading comes before its own rows, and each footer after them.
        var rows = scoreboard.FindAll("tbody tr");
        Assert.StartsWith("Legal migration", Text(rows[0]), StringComparison.Ordinal);
        Assert.All(rows.Skip(1).Take(6), row => Assert.NotNull(row.QuerySelector("td.scoreboard-title")));
        Assert.Equal("€ 41,000.00", Text(rows[7].QuerySelector("[data-testid='group-footer-total-budget']")!));
        Assert.StartsWith("Migration and development", Text(rows[8]), StringComparison.Ordinal);
        Assert.Equal([.. Titles(1..6), .. Titles(7..10)], ShownTitles(scoreboard));

        await Act(scoreboard, () => PagerButton(scoreboard, "Next Page").Click());
        scoreboard.WaitForAssertion(() => Assert.Equal(
            [
                "Migration and development · 5 initiatives · total € 48,000.00 · EU € 24,000.00",
                "Illegal migration · 3 initiatives · total € 16,000.00 · EU € 8,000.00",
            ],
            scoreboard.FindAll("td.scoreboard-group").Select(Text)), Patience);
    }

    [Fact]
    public async Task The_columns_menu_shows_and_hides_a_column_and_says_which_are_shown()
    {
        var partnershipId = await StoreAsync();
        var scoreboard = Render<Scoreboard>(p => p.Add(s => s.PartnershipId, partnershipId));
        scoreboard.WaitForAssertion(() => Assert.Equal(Count, ShownTitles(scoreboard).Count), Patience);
        Assert.Contains("Reference", HeaderTexts(scoreboard));
        Assert.DoesNotContain("Location", HeaderTexts(scoreboard));
        // The default columns leave the pillar to wide screens; a user's own choice of columns shows them at every width.
        Assert.Contains("scoreboard-wide-only", Header(scoreboard, "Pillar").ClassList);

        await Act(scoreboard, () => ColumnsButton(scoreboard).Click());
        Assert.Equal("true", ColumnsButton(scoreboard).GetAttribute("aria-expanded"));
        Assert.Equal("true", MenuItem(scoreboard, "Reference").GetAttribute("aria-checked"));
        Assert.Equal("false", MenuItem(scoreboard, "Location").GetAttribute("aria-checked"));

        await Act(scoreboard, () => MenuItem(scoreboard, "Reference").Click());
        await Act(scoreboard, () => MenuItem(scoreboard, "Location").Click());

        Assert.DoesNotContain("Reference", HeaderTexts(scoreboard));
        Assert.Contains("Location", HeaderTexts(scoreboard));
        Assert.Equal("false", MenuItem(scoreboard, "Reference").GetAttribute("aria-checked"));
        Assert.Equal("true", MenuItem(scoreboard, "Location").GetAttribute("aria-checked"));
        Assert.DoesNotContain("scoreboard-wide-only", Header(scoreboard, "Pillar").ClassList);
        Assert.All(scoreboard.FindAll("tbody tr").Select(r => r.Children.Length), cells => Assert.Equal(HeaderTexts(scoreboard).Count, cells));
        var columns = Regex.Match(Address, "cols=([^&]*)").Groups[1].Value;
        Assert.Contains("Location", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("ReferenceCode", columns, StringComparison.Ordinal);
    }

    /// <summary>"Initiative 01" … "Initiative 14": six on legal migration, five on migration and development, three on illegal migration.</summary>
    private static string Title(int number) => $"Initiative {number:00}";

    private static Pillar PillarOf(int number) => number <= 6 ? Pillar.LegalMigration : number <= 11 ? Pillar.MigrationAndDevelopment : Pillar.IllegalMigration;

    /// <summary>€ 1,000 to € 14,000, each once, in an order that is not the titles'; the EU gives half.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public async Task Words_typed_into_the_search_while_the_scoreboard_still_loads_are_searched_not_dropped(int loadEndsAfterMilliseconds)
    {
        var partnershipId = await StoreAsync();
        var token = Xunit.TestContext.Current.CancellationToken;

        // The filter choices wait for another transaction, as on a loaded server: the page is shown, still loading.
        await using var other = new Npgsql.NpgsqlConnection(Fixture.Database.ConnectionString);
        await other.OpenAsync(token);
        await using var holding = await other.BeginTransactionAsync(token);
        await using (var lockIt = new Npgsql.NpgsqlCommand("LOCK TABLE partnership_choices IN ACCESS EXCLUSIVE MODE", other, holding))
        {
            await lockIt.ExecuteNonQueryAsync(token);
        }

        var scoreboard = Render<Scoreboard>(p => p.Add(s => s.PartnershipId, partnershipId));
        await Act(scoreboard, () => scoreboard.Find("#scoreboard-search").Input("Initiative 13"));
        // The load ends within the pause after which typing is searched, or after it.
        await Task.Delay(loadEndsAfterMilliseconds, token);
        await holding.CommitAsync(token);

        scoreboard.WaitForAssertion(() => Assert.Equal(["Initiative 13"], ShownTitles(scoreboard)), Patience);
        Assert.Equal("Initiative 13", scoreboard.Find("#scoreboard-search").GetAttribute("value"));
        Assert.Contains("q=Initiative", Address, StringComparison.Ordinal);
    }

    private static decimal Budget(int number) => (((number * 5) % Count) + 1) * 1000m;

    private static List<string> Titles(Range numbers) =>
        [.. Enumerable.Range(numbers.Start.Value, numbers.End.Value - numbers.Start.Value + 1).Select(Title)];

    private async Task<Guid> StoreAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var commission = Organisation.Create($"Commission {suffix}", null, OrganisationKind.EuInstitution);
        var partnership = Partnership.Open($"Partnership {suffix}", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.RecordSignature(Scene.Signature);
        partnership.RecordOriginalSignatory(commission);
        await using var db = await Fixture.CreateContextAsync();
        db.Organisations.Add(commission);
        db.Partnerships.Add(partnership);
        for (var number = 1; number <= Count; number++)
        {
            var initiative = Initiative.Propose(partnership, Title(number), PillarOf(number), InitiativeStatus.Planned);
            initiative.Describe(Title(number), null, $"REF-{suffix}-{number:00}");
            initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", commission.Id, Budget(number), Budget(number) / 2));
            db.Initiatives.Add(initiative);
        }

        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        return partnership.Id;
    }

    /// <summary>
    /// Finds an element and acts on it in one turn of the renderer: a read that ends re-renders the grid (once when it
    /// shows its rows, once when the handler returns), and an element found between the two would be gone.
    /// </summary>
    private static Task Act(IRenderedComponent<Scoreboard> scoreboard, Action action) => scoreboard.InvokeAsync(action);

    private static string Text(IElement element) => Spaces().Replace(element.TextContent, " ").Trim();

    private static string PageInfo(IRenderedComponent<Scoreboard> scoreboard) => Text(scoreboard.Find("p.mud-table-pagination-caption"));

    private static List<string> ShownTitles(IRenderedComponent<Scoreboard> scoreboard) =>
        [.. scoreboard.FindAll("tbody td.scoreboard-title a").Select(Text)];

    private static List<string> HeaderTexts(IRenderedComponent<Scoreboard> scoreboard) => [.. scoreboard.FindAll("thead th").Select(Text)];

    private static IElement Header(IRenderedComponent<Scoreboard> scoreboard, string title) =>
        scoreboard.FindAll("thead th").Single(th => Text(th) == title);

    private static void SortBy(IRenderedComponent<Scoreboard> scoreboard, string title) =>
        Header(scoreboard, title).QuerySelector("button.scoreboard-sort")!.Click();

    private static IElement PagerButton(IRenderedComponent<Scoreboard> scoreboard, string label) =>
        scoreboard.Find($".mud-table-pagination button[aria-label='{label}']");

    private static IElement Switch(IRenderedComponent<Scoreboard> scoreboard, string label) =>
        scoreboard.FindAll("label.mud-switch").Single(l => Text(l) == label).QuerySelector("input[role='switch']")!;

    private static IElement ColumnsButton(IRenderedComponent<Scoreboard> scoreboard) =>
        scoreboard.Find("button[aria-controls='scoreboard-columns-menu']");

    private static IElement MenuItem(IRenderedComponent<Scoreboard> scoreboard, string column) =>
        scoreboard.FindAll("#scoreboard-columns-menu [role='menuitemcheckbox']").Single(item => Text(item) == column);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
