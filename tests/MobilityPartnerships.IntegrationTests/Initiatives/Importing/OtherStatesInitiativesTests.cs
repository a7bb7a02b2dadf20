using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// A Member State official imports back their partnership's export, which holds other Member States' initiatives as
/// well as their own: rows that change nothing are unchanged, whoever leads them; only a row that would change an
/// initiative the official may not change is refused.
/// </summary>
public sealed class OtherStatesInitiativesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string OwnStateMustTakePart = "Your Member State must lead or take part in the initiatives you add or change.";

    [Fact]
    public async Task An_export_imported_back_unchanged_leaves_every_initiative_unchanged_other_states_ones_included()
    {
        var world = await StoreAsync();
        await using var scope = fixture.As(world.Official);
        var csv = await Exports.CsvAsync(scope.ServiceProvider, world.PartnershipId, "columns=all");

        var preview = await PreviewAsync(scope, world, csv);

        Assert.Equal(3, preview.Rows.Count);
        Assert.All(preview.Rows, r => Assert.Equal((RowOutcome.Unchanged, 0), (r.Outcome, r.Problems.Count)));
        Assert.Empty(preview.Problems);
    }

    [Fact]
    public async Task An_export_with_only_the_officials_own_initiative_changed_imports()
    {
        var world = await StoreAsync();
        await using var scope = fixture.As(world.Official);
        var exported = Encoding.UTF8.GetString(await Exports.CsvAsync(scope.ServiceProvider, world.PartnershipId, "columns=all"));
        var csv = Encoding.UTF8.GetBytes(exported.Replace("Own pilot", "Own pilot renamed", StringComparison.Ordinal));

        var preview = await PreviewAsync(scope, world, csv);

        Assert.Equal((0, 1, 2, 0), (preview.Added, preview.Updated, preview.Unchanged, preview.Refused));
        Assert.True(preview.CanConfirm);
        Assert.Equal(new Imported(0, 1, 2), Importing.Reported(await ConfirmAsync(scope, world, csv, preview), preview));
        await using var db = await fixture.CreateContextAsync();
        Assert.Equal("Own pilot renamed", await db.Initiatives.Where(i => i.Id == world.OwnInitiative).Select(i => i.Title).SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Only_a_row_changing_another_states_initiative_is_refused()
    {
        var world = await StoreAsync();
        await using var scope = fixture.As(world.Official);
        var exported = Encoding.UTF8.GetString(await Exports.CsvAsync(scope.ServiceProvider, world.PartnershipId, "columns=all"));
        var csv = Encoding.UTF8.GetBytes(exported
            .Replace("Other state's pilot", "Other state's pilot renamed", StringComparison.Ordinal)
            .Replace("Own pilot", "Own pilot renamed", StringComparison.Ordinal));

        var preview = await PreviewAsync(scope, world, csv);

        var other = Assert.Single(preview.Rows, r => r.InitiativeId == world.OtherInitiative);
        Assert.Equal(RowOutcome.Refused, other.Outcome);
        Assert.Equal(OwnStateMustTakePart, Assert.Single(other.Problems).Message);
        Assert.Equal(RowOutcome.Update, Assert.Single(preview.Rows, r => r.InitiativeId == world.OwnInitiative).Outcome);
        Assert.Equal(RowOutcome.Unchanged, Assert.Single(preview.Rows, r => r.InitiativeId == world.UntouchedInitiative).Outcome);
        Assert.False(preview.CanConfirm);
        Assert.IsType<WriteOutcome.Invalid>(await ConfirmAsync(scope, world, csv, preview));
    }

    private static async Task<ImportPreview> PreviewAsync(AsyncServiceScope scope, World world, byte[] csv) =>
        await scope.ServiceProvider.GetRequiredService<ImportInitiatives>().PreviewAsync(Request(scope, world, csv), CancellationToken.None)
        ?? throw new InvalidOperationException("The preview was refused.");

    private static Task<WriteOutcome> ConfirmAsync(AsyncServiceScope scope, World world, byte[] csv, ImportPreview preview) =>
        scope.ServiceProvider.GetRequiredService<ImportInitiatives>().ConfirmAsync(Request(scope, world, csv), preview.Fingerprint, CancellationToken.None);

    private static ImportRequest Request(AsyncServiceScope scope, World world, byte[] csv) =>
        Importing.Request(scope.ServiceProvider, world.PartnershipId, csv, "export.csv", new ImportSettings());

    /// <summary>
    /// A partnership of the Commission and two Member States (neither holding the Presidency): the first leads one
    /// initiative, the second two, each with a reference code, a period and a funding line; and the first's official.
    /// </summary>
    private async Task<World> StoreAsync()
    {
        var holder = await fixture.Get<PresidencyCalendar>().HolderTodayAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var db = await fixture.CreateContextAsync();
        var states = await db.Organisations.Where(o => o.Kind == OrganisationKind.MemberState && o.MemberUntil == null && o.CountryCode != holder)
            .OrderBy(o => o.CountryCode).Take(2).ToListAsync(TestContext.Current.CancellationToken);
        var (own, other) = (states[0], states[1]);
        var commission = Organisation.Create($"Commission {suffix}", null, OrganisationKind.EuInstitution);
        db.Organisations.Add(commission);
        var partnership = Partnership.Open($"Partnership {suffix}", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.RecordSignature(Scene.Signature);
        partnership.RecordOriginalSignatory(commission);
        partnership.RecordOriginalSignatory(own);
        partnership.RecordOriginalSignatory(other);
        db.Partnerships.Add(partnership);
        var ownPilot = Led(partnership, own, "Own pilot", $"OWN-{suffix}", commission);
        var otherPilot = Led(partnership, other, "Other state's pilot", $"OTHER-{suffix}", commission);
        var untouched = Led(partnership, other, "Other state's second pilot", $"SECOND-{suffix}", commission);
        otherPilot.AddPartner(commission.Id, PartnerRole.Participating);
        db.Initiatives.AddRange(ownPilot, otherPilot, untouched);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var official = await TestAccounts.CreateAsync(fixture, "Official of the first state", Role.MemberStateOfficial, own.Id);
        return new World(partnership.Id, ownPilot.Id, otherPilot.Id, untouched.Id, official);
    }

    private static Initiative Led(Partnership partnership, Organisation lead, string title, string code, Organisation funder)
    {
        var initiative = Initiative.Propose(partnership, title, Pillar.LegalMigration, InitiativeStatus.Planned);
        initiative.Describe(title, null, code);
        initiative.AssignLead(partnership, lead.Id);
        initiative.Schedule(ImplementationPeriod.Create(new DateOnly(2010, 6, 1), new DateOnly(2011, 6, 1), null), []);
        initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", funder.Id, 1000m, 800m));
        return initiative;
    }

    private sealed record World(Guid PartnershipId, Guid OwnInitiative, Guid OtherInitiative, Guid UntouchedInitiative, ClaimsPrincipal Official);
}
