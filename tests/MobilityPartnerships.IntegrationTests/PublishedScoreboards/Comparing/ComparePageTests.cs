using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.PublishedScoreboards.Comparing;

/// <summary>
/// A published version beside today's scoreboard, as the comparison page shows it: which sides are compared, the
/// initiatives added since, those changed with each changed field before and after; an address it cannot read, or a
/// partnership with nothing published, is said in words; the chosen versions are compared by going to their address.
/// </summary>
public sealed class ComparePageTests(DatabaseFixture fixture) : ComponentOnDatabaseTest(fixture), IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_version_beside_today_lists_what_was_added_and_what_changed_field_by_field()
    {
        var scene = await Scene.StoreAsync(Fixture);
        Assert.IsType<WriteOutcome.Created>(await Fixture.Get<PublishScoreboard>().ExecuteAsync(scene.PartnershipId, new PublishDraft(), Xunit.TestContext.Current.CancellationToken));
        await ChangeAfterPublishingAsync(scene);

        var page = Compare(scene.PartnershipId, "?from=1&to=today");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=compare-sides]")), Patience);
        var sides = Text(page.Find("[data-testid=compare-sides]"));
        Assert.StartsWith("Comparing version 1 of ", sides, StringComparison.Ordinal);
        Assert.Contains(" with today's scoreboard (", sides, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=compare-nothing]"));

        Assert.Equal("Added (1)", Text(page.Find("[data-testid=compare-added] h2")));
        // Lead, period and total budget each say what they are: three bare "To be determined" said nothing.
        Assert.Equal("Border training · Illegal migration · Planned · Lead: To be determined · Period: To be determined · Total budget: To be determined", Text(page.Find("[data-testid=compare-added] li")));
        Assert.Equal("Removed (0)", Text(page.Find("[data-testid=compare-removed] h2")));
        Assert.Equal("None.", Text(page.Find("[data-testid=compare-removed] p")));
        Assert.Equal("Changed (1)", Text(page.Find("[data-testid=compare-changed] h2")));
        Assert.Equal($"{scene.ReferenceCode} · Labour migration pilot", Text(page.Find("[data-testid=compare-changed] h3")));
        var status = Assert.Single(page.FindAll("[data-testid=compare-changed] li"));
        Assert.EndsWith("Planned → Ongoing", Text(status), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparing_the_chosen_versions_goes_to_their_address()
    {
        var scene = await Scene.StoreAsync(Fixture);
        Assert.IsType<WriteOutcome.Created>(await Fixture.Get<PublishScoreboard>().ExecuteAsync(scene.PartnershipId, new PublishDraft(), Xunit.TestContext.Current.CancellationToken));

        var page = Compare(scene.PartnershipId, string.Empty);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=compare-nothing]")), Patience);
        await page.InvokeAsync(() => page.Find("button[data-testid=compare-go]").Click());

        Assert.EndsWith($"partnerships/{scene.PartnershipId}/versions/compare?from=1&to=today", Address, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "today")]
    [InlineData("0", "today")]
    [InlineData("1", "yesterday")]
    public async Task An_address_it_cannot_read_is_said_so_with_a_way_back_to_the_versions(string from, string to)
    {
        var scene = await Scene.StoreAsync(Fixture);

        var page = Compare(scene.PartnershipId, $"?from={from}&to={to}");

        page.WaitForAssertion(() => Assert.StartsWith("This comparison could not be read from the address", Text(page.Find("[data-testid=compare-problem]")), StringComparison.Ordinal), Patience);
        Assert.Contains(page.FindAll("a"), a => a.GetAttribute("href") == $"partnerships/{scene.PartnershipId}/versions");
        Assert.Empty(page.FindAll("[data-testid=compare-sides]"));
    }

    [Fact]
    public async Task A_partnership_with_nothing_published_has_nothing_to_compare()
    {
        var scene = await Scene.StoreAsync(Fixture);

        var page = Compare(scene.PartnershipId, string.Empty);

        page.WaitForAssertion(() => Assert.Equal("No version of this scoreboard has been published yet, so there is nothing to compare with.", Text(page.Find("[data-testid=compare-problem]"))), Patience);
    }

    /// <summary>The page at its address, with <paramref name="query"/> (its "from" and "to") as the browser gives it.</summary>
    private IRenderedComponent<ComparePage> Compare(Guid partnershipId, string query)
    {
        Open($"partnerships/{partnershipId}/versions/compare{query}");
        return Render<ComparePage>(p => p.Add(c => c.Id, partnershipId));
    }

    /// <summary>Today the scene's initiative is under way, and a second one was added.</summary>
    private async Task ChangeAfterPublishingAsync(Scene scene)
    {
        await using var db = await Fixture.CreateContextAsync();
        var initiative = await db.Initiatives.SingleAsync(i => i.Id == scene.InitiativeId, Xunit.TestContext.Current.CancellationToken);
        initiative.ChangeStatus(InitiativeStatus.Ongoing, latestUpdate: null);
        var partnership = await db.Partnerships.SingleAsync(p => p.Id == scene.PartnershipId, Xunit.TestContext.Current.CancellationToken);
        db.Initiatives.Add(Initiative.Propose(partnership, "Border training", Pillar.IllegalMigration, InitiativeStatus.Planned));
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
    }

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
