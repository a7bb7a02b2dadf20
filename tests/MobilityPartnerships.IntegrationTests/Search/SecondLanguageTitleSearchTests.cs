using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Features.Search.Searching;

namespace MobilityPartnerships.IntegrationTests.Search;

/// <summary>
/// An initiative with a title in both languages ("Migrer les yeux ouverts", "Migrating with open eyes") is found by
/// either, once the second is given: the search document is refreshed when the title in the other language changes, and
/// the scoreboard's own search looks at both titles.
/// </summary>
public sealed class SecondLanguageTitleSearchTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_initiative_is_found_by_its_title_in_either_language()
    {
        var ct = TestContext.Current.CancellationToken;
        var country = Organisation.Create("Republic of Cape Verde (second title)", null, OrganisationKind.ThirdCountry, "XV");
        var partnership = Partnership.Open("Mobility Partnership with Cape Verde (second title)", PartnershipKind.MobilityPartnership, country, PartnershipStatus.Negotiation);
        var initiative = Initiative.Propose(partnership, "Migrer les yeux ouverts", Pillar.LegalMigration, InitiativeStatus.Proposed);
        await using (var db = await fixture.CreateContextAsync())
        {
            db.AddRange(country, partnership, initiative);
            await db.SaveChangesAsync(ct);
        }

        var administrator = await TestAccounts.CreateAsync(fixture, "Administrator (second title)", Role.Administrator);
        Assert.Empty(await FoundAsync(administrator, "open eyes"));
        Assert.Equal([initiative.Id], await FoundAsync(administrator, "yeux ouverts"));

        await using (var db = await fixture.CreateContextAsync())
        {
            var stored = await db.Initiatives.SingleAsync(i => i.Id == initiative.Id, ct);
            stored.TitleInSecondLanguage("Migrating with open eyes");
            await db.SaveChangesAsync(ct);
        }

        Assert.Equal([initiative.Id], await FoundAsync(administrator, "Migrating with open eyes"));
        Assert.Equal([initiative.Id], await FoundAsync(administrator, "open eyes"));
        Assert.Equal([initiative.Id], await FoundAsync(administrator, "Migrer les yeux ouverts"));
    }

    [Fact]
    public async Task The_scoreboards_search_finds_an_initiative_by_its_title_in_either_language()
    {
        var ct = TestContext.Current.CancellationToken;
        var country = Organisation.Create("Republic of Cape Verde (scoreboard second title)", null, OrganisationKind.ThirdCountry, "XW");
        var partnership = Partnership.Open("Mobility Partnership with Cape Verde (scoreboard second title)", PartnershipKind.MobilityPartnership, country, PartnershipStatus.Negotiation);
        var initiative = Initiative.Propose(partnership, "Partir en connaissance de cause", Pillar.LegalMigration, InitiativeStatus.Proposed);
        initiative.TitleInSecondLanguage("Departing well informed");
        var other = Initiative.Propose(partnership, "Mobilité des jeunes", Pillar.LegalMigration, InitiativeStatus.Proposed);
        await using (var db = await fixture.CreateContextAsync())
        {
            db.AddRange(country, partnership, initiative, other);
            await db.SaveChangesAsync(ct);
        }

        var administrator = await TestAccounts.CreateAsync(fixture, "Administrator (scoreboard second title)", Role.Administrator);
        await using var scope = fixture.As(administrator);
        var scoreboard = scope.ServiceProvider.GetRequiredService<QueryScoreboard>();
        foreach (var text in new[] { "well informed", "connaissance de cause" })
        {
            var result = await scoreboard.ExecuteAsync(new ScoreboardQuery { PartnershipId = partnership.Id, Text = text }, ct);
            Assert.Equal([initiative.Id], result.Rows.Select(r => r.Id));
            Assert.Equal(1, result.Totals.Count);
        }
    }

    private async Task<List<Guid>> FoundAsync(System.Security.Claims.ClaimsPrincipal user, string text)
    {
        await using var scope = fixture.As(user);
        var outcome = await scope.ServiceProvider.GetRequiredService<SearchEverything>().ExecuteAsync(text, TestContext.Current.CancellationToken);
        return [.. Assert.IsType<SearchOutcome.Found>(outcome).Results.Initiatives.Items.Select(i => i.Id)];
    }
}
