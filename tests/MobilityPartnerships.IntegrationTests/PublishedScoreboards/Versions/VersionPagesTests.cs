using AngleSharp.Dom;
using Bunit;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

namespace MobilityPartnerships.IntegrationTests.PublishedScoreboards.Versions;

/// <summary>
/// A large published version, as its page and the comparison page show it: one page of rows at a time (as many as the
/// scoreboard's page), with the next page offered and the true count and totals of all its rows; a comparison lists a
/// page of each list under its true count.
/// </summary>
public sealed class VersionPagesTests(DatabaseFixture fixture) : ComponentOnDatabaseTest(fixture), IClassFixture<DatabaseFixture>
{
    private const int Rows = 300;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_version_of_300_initiatives_shows_one_page_of_rows_offers_the_next_and_counts_them_all()
    {
        var partnershipId = await StoreAsync(versions: [[], Initiatives(Rows)]);

        Open($"partnerships/{partnershipId}/versions/2");
        var page = Render<VersionPage>(p => p.Add(c => c.Id, partnershipId).Add(c => c.Number, 2));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=version-rows]")), Patience);
        var shown = page.FindAll("[data-testid=version-rows] tbody tr");
        Assert.Equal(GetPublishedScoreboard.PageSize, shown.Count);
        Assert.StartsWith("R-000 ", Text(shown[0]), StringComparison.Ordinal);
        Assert.Equal("1-25 of 300", Text(page.Find("[data-testid=version-pager-info]")));
        Assert.False(Button(page, "Next Page").HasAttribute("disabled"));
        Assert.Equal("300", Text(page.Find("[data-testid=version-count]")));
        Assert.Contains("€ 3,000.00", Text(page.Find("[data-testid=version-totals]")), StringComparison.Ordinal);

        await page.InvokeAsync(() => Button(page, "Next Page").Click());
        Assert.EndsWith($"partnerships/{partnershipId}/versions/2?page=2", Address, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal("26-50 of 300", Text(page.Find("[data-testid=version-pager-info]"))), Patience);
        Assert.StartsWith("R-025 ", Text(page.FindAll("[data-testid=version-rows] tbody tr")[0]), StringComparison.Ordinal);
        Assert.Equal("300", Text(page.Find("[data-testid=version-count]")));
    }

    [Fact]
    public async Task A_page_past_the_last_shows_the_last()
    {
        var partnershipId = await StoreAsync(versions: [Initiatives(Rows)]);

        Open($"partnerships/{partnershipId}/versions/1?page=99");
        var page = Render<VersionPage>(p => p.Add(c => c.Id, partnershipId).Add(c => c.Number, 1));

        page.WaitForAssertion(() => Assert.Equal("276-300 of 300", Text(page.Find("[data-testid=version-pager-info]"))), Patience);
        Assert.Equal(GetPublishedScoreboard.PageSize, page.FindAll("[data-testid=version-rows] tbody tr").Count);
        Assert.True(Button(page, "Next Page").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_comparison_that_adds_300_initiatives_lists_one_page_of_them_under_their_true_count()
    {
        var partnershipId = await StoreAsync(versions: [[], Initiatives(Rows)]);

        Open($"partnerships/{partnershipId}/versions/compare?from=1&to=2");
        var page = Render<ComparePage>(p => p.Add(c => c.Id, partnershipId));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=compare-added]")), Patience);
        Assert.Equal("Added (300)", Text(page.Find("[data-testid=compare-added] h2")));
        Assert.Equal(ComparisonPages.PageSize, page.FindAll("[data-testid=compare-added] li").Count);
        Assert.Equal("1-25 of 300", Text(page.Find("[data-testid=compare-added-pager-info]")));

        await page.InvokeAsync(() => page.Find("[data-testid=compare-added-pager] button[aria-label='Next Page']").Click());
        Assert.EndsWith("compare?from=1&to=2&added=2", Address, StringComparison.Ordinal);
    }

    /// <summary>Rows "R-000 · Initiative 0" … in code order, each € 10.00 (EU € 5.00).</summary>
    private static List<PublishedInitiative> Initiatives(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new PublishedInitiative
        {
            InitiativeId = Guid.NewGuid(),
            ReferenceCode = $"R-{i:000}",
            Title = $"Initiative {i}",
            Pillar = Pillar.LegalMigration,
            Status = InitiativeStatus.Ongoing,
            TotalBudget = Amount.Exact(10m),
            EuContribution = Amount.Exact(5m),
        }),
    ];

    /// <summary>A partnership with the versions given, numbered from 1, stored as published.</summary>
    private async Task<Guid> StoreAsync(List<PublishedInitiative>[] versions)
    {
        var partnership = Partnership.Open($"Partnership {Guid.NewGuid():N}"[..20], PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        await using var db = await Fixture.CreateContextAsync();
        db.Partnerships.Add(partnership);
        for (var i = 0; i < versions.Length; i++)
        {
            db.PublishedScoreboards.Add(PublishedScoreboard.Publish(partnership.Id, partnership.Name, i + 1, DateTimeOffset.UtcNow.AddDays(i - versions.Length), "Focal point", null, null, versions[i]));
        }

        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        return partnership.Id;
    }

    private static IElement Button(IRenderedComponent<VersionPage> page, string label) =>
        page.Find($"[data-testid=version-pager] button[aria-label='{label}']");

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
