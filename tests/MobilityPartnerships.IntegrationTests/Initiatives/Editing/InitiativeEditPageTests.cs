using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MudBlazor;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Editing;

/// <summary>
/// The initiative's edit page over the database: a change is saved and the page goes to the initiative; a title left
/// empty is refused on the page and nothing is stored; and when someone else saved in between, both versions are shown,
/// and "overwrite" stores only what this user changed, keeping the other's change.
/// </summary>
public sealed class InitiativeEditPageTests(DatabaseFixture fixture) : ComponentOnDatabaseTest(fixture), IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_changed_title_is_saved_and_the_page_goes_to_the_initiative()
    {
        var scene = await Scene.StoreAsync(Fixture);
        var (_, page) = Open(scene.InitiativeId);

        await TypeTitleAsync(page, "Labour migration pilot, second phase");
        await page.InvokeAsync(() => page.Find("form").Submit());

        page.WaitForAssertion(() => Assert.EndsWith($"initiatives/{scene.InitiativeId}", Address, StringComparison.Ordinal), Patience);
        Assert.Equal(("Labour migration pilot, second phase", InitiativeStatus.Planned), await StoredAsync(scene.InitiativeId));
    }

    [Fact]
    public async Task An_empty_title_is_refused_on_the_page_and_nothing_is_stored()
    {
        var scene = await Scene.StoreAsync(Fixture);
        var (_, page) = Open(scene.InitiativeId);
        var before = Address;

        await TypeTitleAsync(page, string.Empty);
        await page.InvokeAsync(() => page.Find("form").Submit());

        page.WaitForAssertion(() => Assert.Contains("Title", Text(TitleField(page).Find(".mud-input-helper-text, .mud-input-error")), StringComparison.Ordinal), Patience);
        Assert.Equal(before, Address);
        Assert.Equal(("Labour migration pilot", InitiativeStatus.Planned), await StoredAsync(scene.InitiativeId));
    }

    [Fact]
    public async Task Overwriting_after_someone_else_saved_stores_only_my_change_and_keeps_theirs()
    {
        var scene = await Scene.StoreAsync(Fixture);
        var (dialogs, page) = await ConflictAsync(scene.InitiativeId);

        // Both versions are shown, mine marked where I changed something.
        Assert.Contains($"Changed by {DatabaseFixture.AdministratorName}", Text(dialogs.Find(".mud-dialog")), StringComparison.Ordinal);
        var rows = dialogs.FindAll("[data-testid=conflict-row]").Select(r => r.Children.Select(Text).ToArray()).ToList();
        Assert.Contains(["Title *", "Labour migration pilot, second phase", "Labour migration pilot"], rows);
        Assert.Contains(rows, r => r[0] == "Status" && r[1] == "Planned" && r[2] == "Ongoing");

        await dialogs.InvokeAsync(() => dialogs.FindAll(".mud-dialog button").Single(b => Text(b) == "Overwrite with my changes").Click());

        page.WaitForAssertion(() => Assert.EndsWith($"initiatives/{scene.InitiativeId}", Address, StringComparison.Ordinal), Patience);
        Assert.Equal(("Labour migration pilot, second phase", InitiativeStatus.Ongoing), await StoredAsync(scene.InitiativeId));
    }

    [Fact]
    public async Task Reloading_after_someone_else_saved_drops_my_change_and_shows_what_is_stored()
    {
        var scene = await Scene.StoreAsync(Fixture);
        var (dialogs, page) = await ConflictAsync(scene.InitiativeId);

        await dialogs.InvokeAsync(() => dialogs.FindAll(".mud-dialog button").Single(b => Text(b) == "Reload").Click());

        page.WaitForAssertion(() => Assert.Equal("Labour migration pilot", TitleField(page).Find("input").GetAttribute("value")), Patience);
        Assert.Empty(dialogs.FindAll(".mud-dialog"));
        Assert.Equal(("Labour migration pilot", InitiativeStatus.Ongoing), await StoredAsync(scene.InitiativeId));
    }

    [Theory]
    [InlineData("en", "Total budget")]
    [InlineData("fr", "Budget total")]
    public async Task An_ambiguous_amount_is_refused_at_its_field_and_the_stored_amount_stays(string language, string label)
    {
        // "1.190" on the English page used to be stored as € 1.19 (the import asks which it is): the form now refuses it.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        var scene = await Scene.StoreAsync(Fixture);
        var (_, page) = Open(scene.InitiativeId);
        var before = Address;

        await page.InvokeAsync(() => AmountField(page, label).Find("input").Input("1.190"));
        await page.InvokeAsync(() => page.Find("form").Submit());

        page.WaitForAssertion(() => Assert.Contains("1.190", Text(AmountField(page, label).Find(".mud-input-helper-text, .mud-input-error")), StringComparison.Ordinal), Patience);
        Assert.Equal(before, Address);
        Assert.Equal((1000m, 800m), await StoredAmountsAsync(scene.FundingLineId));
    }

    [Theory]
    [InlineData("en", "Total budget", "EU contribution")]
    [InlineData("fr", "Budget total", "Contribution de l'UE")]
    public async Task Amounts_shown_by_the_form_and_saved_unchanged_are_stored_as_they_were(string language, string total, string eu)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        var scene = await Scene.StoreAsync(Fixture);
        var (_, page) = Open(scene.InitiativeId);

        // The user retypes what the form shows ("1,000.00"; "1,000" could be € 1.00), and saves.
        foreach (var label in new[] { total, eu })
        {
            var shown = AmountField(page, label).Find("input").GetAttribute("value");
            await page.InvokeAsync(() => AmountField(page, label).Find("input").Input(shown));
        }

        await page.InvokeAsync(() => page.Find("form").Submit());

        page.WaitForAssertion(() => Assert.EndsWith($"initiatives/{scene.InitiativeId}", Address, StringComparison.Ordinal), Patience);
        Assert.Equal((1000m, 800m), await StoredAmountsAsync(scene.FundingLineId));
    }

    [Fact]
    public async Task An_amount_is_read_as_the_import_reads_it_and_saved()
    {
        // "1.196" is no amount to the cent as 1.196, so the import reads € 1,196.00; the form used to refuse it.
        var scene = await Scene.StoreAsync(Fixture);
        var (_, page) = Open(scene.InitiativeId);

        await page.InvokeAsync(() => AmountField(page, "Total budget").Find("input").Input("1.196"));
        await page.InvokeAsync(() => page.Find("form").Submit());

        page.WaitForAssertion(() => Assert.EndsWith($"initiatives/{scene.InitiativeId}", Address, StringComparison.Ordinal), Patience);
        Assert.Equal((1196m, 800m), await StoredAmountsAsync(scene.FundingLineId));
    }

    private static IRenderedComponent<MudTextField<string>> AmountField(IRenderedComponent<InitiativeEditPage> page, string label) =>
        page.FindComponents<MudTextField<string>>().Single(t => t.Instance.Label == label);

    private async Task<(decimal? Total, decimal? Eu)> StoredAmountsAsync(Guid fundingLineId)
    {
        await using var db = await Fixture.CreateContextAsync();
        var line = await db.Initiatives.AsNoTracking().SelectMany(i => i.FundingLines).SingleAsync(l => l.Id == fundingLineId, Xunit.TestContext.Current.CancellationToken);
        return (line.TotalBudget, line.EuContribution);
    }

    /// <summary>The page open with my new title saved after someone else changed the status: the conflict dialog shown.</summary>
    private async Task<(IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<InitiativeEditPage> Page)> ConflictAsync(Guid initiativeId)
    {
        var (dialogs, page) = Open(initiativeId);
        await ChangeStatusElsewhereAsync(initiativeId);
        await TypeTitleAsync(page, "Labour migration pilot, second phase");
        await page.InvokeAsync(() => page.Find("form").Submit());
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("[data-testid=conflict-row]")), Patience);
        return (dialogs, page);
    }

    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<InitiativeEditPage> Page) Open(Guid initiativeId)
    {
        var dialogs = Render<MudDialogProvider>();
        var page = Render<InitiativeEditPage>(p => p.Add(e => e.Id, initiativeId));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=editor-ready]")), Patience);
        return (dialogs, page);
    }

    private static IRenderedComponent<MudTextField<string>> TitleField(IRenderedComponent<InitiativeEditPage> page) =>
        page.FindComponents<MudTextField<string>>().Single(t => t.Instance.Label == "Title");

    private static Task TypeTitleAsync(IRenderedComponent<InitiativeEditPage> page, string title) =>
        page.InvokeAsync(() => TitleField(page).Find("input").Input(title));

    /// <summary>Another user's save, between this page's load and its save: the initiative is now under way.</summary>
    private async Task ChangeStatusElsewhereAsync(Guid initiativeId)
    {
        await using var db = await Fixture.CreateContextAsync();
        var initiative = await db.Initiatives.SingleAsync(i => i.Id == initiativeId, Xunit.TestContext.Current.CancellationToken);
        initiative.ChangeStatus(InitiativeStatus.Ongoing, latestUpdate: null);
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
    }

    private async Task<(string Title, InitiativeStatus Status)> StoredAsync(Guid initiativeId)
    {
        await using var db = await Fixture.CreateContextAsync();
        var initiative = await db.Initiatives.AsNoTracking().SingleAsync(i => i.Id == initiativeId, Xunit.TestContext.Current.CancellationToken);
        return (initiative.Title, initiative.Status);
    }

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
