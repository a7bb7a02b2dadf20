using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.FilterOptions;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests.Scoreboards;

/// <summary>
/// Every id and text filter of the catalogue draws its choices as its declaration says, all in one statement: for a
/// partnership with an initiative not to be shared, an administrator and the partner country's official (who does not
/// see that initiative) are offered exactly the values the initiatives they see hold — the partnership's own priorities
/// and commitments for those two — in the order each select offers them, as a plain computation over the loaded
/// initiatives finds them.
/// </summary>
public sealed class ScoreboardFilterOptionsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    /// <summary>Each id or text filter's choices computed from what the user sees, in the order its select offers them.</summary>
    private static readonly Dictionary<string, Func<Seen, IEnumerable<FilterChoice>>> Expected = new(StringComparer.Ordinal)
    {
        ["thematicAreaId"] = seen => ByName(seen.Initiatives.SelectMany(i => i.ThematicAreas).Select(t => t.ThematicAreaId).Distinct().Select(id => new FilterChoice(id, seen.Areas[id]))),
        ["leadId"] = seen => ByName(seen.Initiatives.Select(i => i.LeadOrganisationId).OfType<Guid>().Distinct().Select(id => new FilterChoice(id, seen.Organisations[id]))),
        ["commitment"] = seen => seen.Commitments.OrderBy(c => c.Position).Select(c => new FilterChoice(c.Id, c.Text)),
        ["priority"] = seen => seen.Priorities.Select(p => new FilterChoice(null, p)),
        ["programme"] = seen => ByName(seen.Initiatives.SelectMany(i => i.FundingLines).Select(f => f.Programme).OfType<string>().Distinct().Select(p => new FilterChoice(null, p))),
        ["contributorId"] = seen => ByName(seen.Initiatives.SelectMany(i => i.FundingLines).Select(f => f.ContributorId).OfType<Guid>().Distinct().Select(id => new FilterChoice(id, seen.Organisations[id]))),
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Every_filter_that_draws_choices_has_its_expectation_here()
    {
        Assert.Equal(
            Expected.Keys.Order(StringComparer.Ordinal),
            InitiativeFields.Filters.Where(f => f.Choices is not null).Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Each_filter_offers_exactly_the_values_of_the_initiatives_the_user_sees_in_its_order_in_one_statement()
    {
        var world = await StoreAsync();
        var official = await TestAccounts.CreateAsync(fixture, "Partner country official (choices)", Role.PartnerCountryOfficial, world.PartnerCountry, world.Partnership);

        var ofAdministrator = await DrawAsync(fixture.Administrator, world.Partnership);
        var ofOfficial = await DrawAsync(official, world.Partnership);

        var all = await SeenAsync(world.Partnership, seesUnshared: true);
        var shared = await SeenAsync(world.Partnership, seesUnshared: false);
        foreach (var filter in InitiativeFields.Filters.Where(f => f.Choices is not null))
        {
            Assert.Equal(Expected[filter.Name](all), ofAdministrator.Of(filter));
            Assert.Equal(Expected[filter.Name](shared), ofOfficial.Of(filter));
        }

        Assert.Equal(InitiativeFields.Filters.Where(f => f.Choices is not null).Select(f => f.Name).Order(StringComparer.Ordinal), ofAdministrator.Choices.Keys.Order(StringComparer.Ordinal));

        // The seeded values are there for the one who sees them, and the unshared initiative's are not offered to the partner country.
        var lead = InitiativeFields.FilterOf(nameof(ScoreboardQuery.LeadId))!;
        var programme = InitiativeFields.FilterOf(nameof(ScoreboardQuery.Programme))!;
        Assert.Equal([world.Twin, world.Twin, world.HiddenLead], ofAdministrator.Of(lead).Select(c => c.Name));
        Assert.Equal([world.Twin, world.Twin], ofOfficial.Of(lead).Select(c => c.Name));
        Assert.Contains(ofAdministrator.Of(programme), c => c.Name == world.HiddenProgramme);
        Assert.DoesNotContain(ofOfficial.Of(programme), c => c.Name == world.HiddenProgramme);
        Assert.Equal(["Zeta priority", "Alpha priority"], ofOfficial.Of(InitiativeFields.FilterOf(nameof(ScoreboardQuery.Priority))!).Select(c => c.Name));
        Assert.Equal(["Beta commitment", "Alpha commitment"], ofOfficial.Of(InitiativeFields.FilterOf(nameof(ScoreboardQuery.CommitmentId))!).Select(c => c.Name));
    }

    private static IEnumerable<FilterChoice> ByName(IEnumerable<FilterChoice> choices) =>
        choices.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id);

    /// <summary>The choices as the user is offered them, asserting that reading them took one statement (the read scope read before, as the page's event has it).</summary>
    private async Task<ScoreboardFilterOptions> DrawAsync(ClaimsPrincipal user, Guid partnership)
    {
        var counter = new CommandCounter();
        await using var services = AppServices.Build(
            fixture.Database.ConnectionString,
            replace: s => s.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(counter)));
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user);
        scope.ServiceProvider.GetRequiredService<AccessEvents>().Begin();
        await scope.ServiceProvider.GetRequiredService<AccessControl>().ReadScopeAsync(Token);

        var before = counter.Commands;
        var options = await scope.ServiceProvider.GetRequiredService<GetScoreboardFilterOptions>().ExecuteAsync(partnership, Token);

        Assert.Equal(1, counter.Commands - before);
        return options;
    }

    /// <summary>What the user sees of the partnership, loaded whole, with the names behind the ids.</summary>
    private async Task<Seen> SeenAsync(Guid partnershipId, bool seesUnshared)
    {
        await using var db = await fixture.CreateContextAsync();
        var initiatives = await db.Initiatives.AsNoTracking().Include(i => i.ThematicAreas).Include(i => i.FundingLines)
            .Where(i => i.PartnershipId == partnershipId).ToListAsync(Token);
        var partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == partnershipId, Token);
        return new Seen(
            [.. initiatives.Where(i => seesUnshared || i.IsShareable)],
            await db.ThematicAreas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, Token),
            await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ShortName ?? o.Name, Token),
            [.. partnership.Priorities],
            await db.Commitments.AsNoTracking().Where(c => c.PartnershipId == partnershipId).ToListAsync(Token));
    }

    /// <summary>
    /// A partnership with the partner country, priorities listed out of alphabetical order and commitments whose positions
    /// are not their names' order; two shared initiatives led by two organisations shown by the same name (one's name, the
    /// other's short name; one archived), and one initiative not to be shared with its own area, lead, programme and
    /// contributor.
    /// </summary>
    private async Task<World> StoreAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var db = await fixture.CreateContextAsync();
        var areas = await db.ThematicAreas.AsNoTracking().OrderBy(a => a.Name).ToListAsync(Token);
        Domain.Pillars.ThematicArea[] Of(Pillar pillar, int count) => [.. areas.Where(a => a.Pillar == pillar).Take(count)];
        var taken = await db.Organisations.Where(o => o.CountryCode != null).Select(o => o.CountryCode!).ToListAsync(Token);
        var code = Enumerable.Range('A', 26).SelectMany(a => Enumerable.Range('A', 26).Select(b => $"{(char)a}{(char)b}")).First(c => !taken.Contains(c));
        var country = Organisation.Create($"Partner country {suffix}", $"Partner {suffix}", OrganisationKind.ThirdCountry, code);
        var commission = Organisation.Create($"Commission {suffix}", null, OrganisationKind.EuInstitution);
        var twin = $"Twin {suffix}";
        // Two names are never the same name, but one's name may be another's short name: both show as the twin.
        var first = Organisation.Create(twin, null, OrganisationKind.NationalAgency);
        var second = Organisation.Create($"Second agency {suffix}", twin, OrganisationKind.NationalAgency);
        var hiddenLead = Organisation.Create($"Zz hidden lead {suffix}", null, OrganisationKind.NationalAgency);
        var fund = Organisation.Create($"Fund {suffix}", null, OrganisationKind.InternationalOrganisation);
        var hiddenFund = Organisation.Create($"Hidden fund {suffix}", null, OrganisationKind.InternationalOrganisation);

        var partnership = Partnership.Open($"Partnership {suffix}", PartnershipKind.BilateralMigrationPartnership, country, PartnershipStatus.Negotiation);
        partnership.RecordSignature(Scene.Signature);
        foreach (var organisation in new[] { commission, first, second, hiddenLead })
        {
            partnership.RecordOriginalSignatory(organisation);
        }

        partnership.ReplacePriorities(["Zeta priority", "Alpha priority"]);
        var alpha = Commitment.Record(partnership, CommitmentSide.EuAndMemberStates, Pillar.LegalMigration, "Alpha commitment", null, 2);
        var beta = Commitment.Record(partnership, CommitmentSide.PartnerCountry, Pillar.IllegalMigration, "Beta commitment", null, 1);

        var shared = Initiative.Propose(partnership, "Shared initiative", Pillar.LegalMigration);
        shared.Classify(Pillar.LegalMigration, Of(Pillar.LegalMigration, 2));
        shared.AssignLead(partnership, first.Id);
        shared.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "Zeta programme", fund.Id, 1000m, 800m));
        shared.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", commission.Id, 500m, 500m));
        var archived = Initiative.Propose(partnership, "Archived initiative", Pillar.MigrationAndDevelopment);
        archived.Classify(Pillar.MigrationAndDevelopment, Of(Pillar.MigrationAndDevelopment, 1));
        archived.AssignLead(partnership, second.Id);
        archived.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "Alpha programme", null, 100m, null));
        archived.Archive();
        var hidden = Initiative.Propose(partnership, "Initiative not to be shared", Pillar.IllegalMigration);
        hidden.Classify(Pillar.IllegalMigration, Of(Pillar.IllegalMigration, 1));
        hidden.AssignLead(partnership, hiddenLead.Id);
        var hiddenProgramme = $"Hidden programme {suffix}";
        hidden.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, hiddenProgramme, hiddenFund.Id, 100m, 100m));
        hidden.Situate(null, Novelty.NotStated, isShareable: false);

        db.Organisations.AddRange(country, commission, first, second, hiddenLead, fund, hiddenFund);
        db.Partnerships.Add(partnership);
        db.Commitments.AddRange(alpha, beta);
        db.Initiatives.AddRange(shared, archived, hidden);
        await db.SaveChangesAsync(Token);
        return new World(partnership.Id, country.Id, twin, hiddenLead.Name, hiddenProgramme);
    }

    private sealed record World(Guid Partnership, Guid PartnerCountry, string Twin, string HiddenLead, string HiddenProgramme);

    /// <summary>What a user sees of one partnership, loaded: its initiatives, names by id, its priorities and commitments.</summary>
    private sealed record Seen(
        IReadOnlyList<Initiative> Initiatives,
        Dictionary<Guid, string> Areas,
        Dictionary<Guid, string> Organisations,
        IReadOnlyList<string> Priorities,
        IReadOnlyList<Commitment> Commitments);
}
