using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;
using MudBlazor;

namespace MobilityPartnerships.IntegrationTests.PublishedScoreboards.Listing;

/// <summary>
/// A partnership's published versions: publishing only after the user confirms that it cannot be undone, the new version
/// then listed with who published it, its note, its figures and a comparison with today; a cancelled confirmation or a
/// refused note stores nothing.
/// </summary>
public sealed class VersionsPageTests(DatabaseFixture fixture) : ComponentOnDatabaseTest(fixture), IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Publishing_after_confirming_lists_the_new_version_with_its_figures_and_a_comparison_with_today()
    {
        var scene = await Scene.StoreAsync(Fixture);
        var (dialogs, page) = Open(scene.PartnershipId);
        await TypeNoteAsync(page, "Before the task force");

        await ConfirmAsync(page, dialogs, "Publish for good");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=versions] tbody tr")), Patience);
        var cells = page.FindAll("[data-testid=versions] tbody tr td").Select(Text).ToList();
        Assert.Equal("Version 1", cells[0]);
        Assert.Equal([DatabaseFixture.AdministratorName, string.Empty, "Before the task force", "1", "€ 1,000.00", "€ 800.00", "With today"], cells[2..]);
        Assert.Equal($"partnerships/{scene.PartnershipId}/versions/compare?from=1&to=today", page.Find("[data-testid=compare-latest]").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=no-versions]"));
        Assert.Equal(1, await VersionsAsync(scene.PartnershipId));
    }

    [Fact]
    public async Task Cancelling_the_confirmation_publishes_nothing()
    {
        var scene = await Scene.StoreAsync(Fixture);
        var (dialogs, page) = Open(scene.PartnershipId);

        await ConfirmAsync(page, dialogs, "Cancel");
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")), Patience);
        Assert.Equal("No version of this scoreboard has been published yet.", Text(page.Find("[data-testid=no-versions]")));

        // A cancelled confirmation shows nothing to wait for; a publication confirmed after it, once listed, is the first and only one.
        await TypeNoteAsync(page, "Confirmed");
        await ConfirmAsync(page, dialogs, "Publish for good");
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=versions] tbody tr td"), td => Text(td) == "Confirmed"), Patience);
        Assert.Equal(["Version 1"], page.FindAll("[data-testid=versions] tbody tr td:first-child").Select(Text));
        Assert.Empty(page.FindAll("[data-testid=publish-refused]"));
        Assert.Equal(1, await VersionsAsync(scene.PartnershipId));
    }

    [Fact]
    public async Task A_note_over_its_limit_is_refused_with_its_reason_and_nothing_is_published()
    {
        var scene = await Scene.StoreAsync(Fixture);
        var (dialogs, page) = Open(scene.PartnershipId);
        await TypeNoteAsync(page, new string('n', PublishedScoreboard.NoteMaxLength + 1));

        await ConfirmAsync(page, dialogs, "Publish for good");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=publish-refused]")), Patience);
        Assert.Equal($"At most {PublishedScoreboard.NoteMaxLength:N0} characters (this has {PublishedScoreboard.NoteMaxLength + 1:N0}).", Text(page.Find("[data-testid=publish-refused]")));
        Assert.NotEmpty(page.FindAll("[data-testid=no-versions]"));
        Assert.Equal(0, await VersionsAsync(scene.PartnershipId));
    }

    [Fact]
    public async Task The_note_s_counter_counts_characters_as_the_rule_and_the_database_do()
    {
        var scene = await Scene.StoreAsync(Fixture);
        var (_, page) = Open(scene.PartnershipId);

        await TypeNoteAsync(page, string.Concat(Enumerable.Repeat("\U0001F600", 300)));

        page.WaitForAssertion(() => Assert.Contains($"300 / {PublishedScoreboard.NoteMaxLength}", page.Find(".mud-input-helper-text").TextContent, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public async Task A_version_s_count_of_initiatives_is_written_as_the_page_s_language_writes_numbers()
    {
        var scene = await Scene.StoreAsync(Fixture);
        await using (var db = await Fixture.CreateContextAsync())
        {
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == scene.PartnershipId, Xunit.TestContext.Current.CancellationToken);
            db.Initiatives.AddRange(Enumerable.Range(1, 1000).Select(n =>
                Domain.Initiatives.Initiative.Propose(partnership, $"Initiative {n:D4}", Domain.Pillars.Pillar.LegalMigration, Domain.Initiatives.InitiativeStatus.Planned)));
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }

        Assert.IsType<Web.Writing.WriteOutcome.Created>(await Fixture.Get<Web.Features.PublishedScoreboards.Publishing.PublishScoreboard>()
            .ExecuteAsync(scene.PartnershipId, new(), Xunit.TestContext.Current.CancellationToken));

        Render<MudDialogProvider>();
        var page = Render<VersionsPage>(p => p.Add(v => v.Id, scene.PartnershipId));
        page.WaitForAssertion(() => Assert.Equal("1,001", Text(page.FindAll("[data-testid=versions] tbody tr td")[5])), Patience);
    }

    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<VersionsPage> Page) Open(Guid partnershipId)
    {
        var dialogs = Render<MudDialogProvider>();
        var page = Render<VersionsPage>(p => p.Add(v => v.Id, partnershipId));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=no-versions]")), Patience);
        return (dialogs, page);
    }

    private static Task TypeNoteAsync(IRenderedComponent<VersionsPage> page, string note) =>
        page.InvokeAsync(() => page.FindComponent<MudTextField<string>>().Find("textarea").Input(note));

    /// <summary>Asks to publish, and answers the confirmation with the button named <paramref name="answer"/>.</summary>
    private static async Task ConfirmAsync(IRenderedComponent<VersionsPage> page, IRenderedComponent<MudDialogProvider> dialogs, string answer)
    {
        await page.InvokeAsync(() => page.Find("button[data-testid=publish]").Click());
        dialogs.WaitForAssertion(() => Assert.Contains("This cannot be undone", dialogs.Markup, StringComparison.Ordinal), Patience);
        await dialogs.InvokeAsync(() => dialogs.FindAll(".mud-dialog button").Single(b => Text(b) == answer).Click());
    }

    private async Task<int> VersionsAsync(Guid partnershipId)
    {
        await using var db = await Fixture.CreateContextAsync();
        return await db.PublishedScoreboards.CountAsync(p => p.PartnershipId == partnershipId, Xunit.TestContext.Current.CancellationToken);
    }

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
