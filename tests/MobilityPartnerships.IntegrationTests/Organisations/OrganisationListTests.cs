using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Features.Organisations;
using MobilityPartnerships.Web.Features.Organisations.Adding;
using MobilityPartnerships.Web.Features.Organisations.Deleting;
using MobilityPartnerships.Web.Features.Organisations.Listing;
using MobilityPartnerships.Web.Features.Organisations.Renaming;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Organisations;

/// <summary>The organisations list: added and renamed with field messages, deleted only when nothing refers to it.</summary>
public sealed class OrganisationListTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private AddOrganisation Add => fixture.Get<AddOrganisation>();

    private RenameOrganisation Rename => fixture.Get<RenameOrganisation>();

    private DeleteOrganisation Delete => fixture.Get<DeleteOrganisation>();

    [Fact]
    public async Task An_organisation_is_added_renamed_and_deleted_when_nothing_refers_to_it()
    {
        var name = $"Public Employment Service {Guid.NewGuid():N}"[..40];
        Assert.IsType<WriteOutcome.Done>(await Add.ExecuteAsync(new OrganisationDraft { Name = name, ShortName = "PES", Kind = OrganisationKind.NationalAgency }, Token));
        var id = await fixture.Database.ScalarAsync<Guid>("SELECT id FROM organisations WHERE name = $1", name);

        Assert.IsType<WriteOutcome.Done>(await Rename.ExecuteAsync(id, new OrganisationDraft { Name = name + " (new)", ShortName = "PES" }, Token));
        Assert.IsType<WriteOutcome.Done>(await Delete.ExecuteAsync(id, Token));

        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM organisations WHERE id = $1", id));
    }

    [Fact]
    public async Task A_name_already_in_the_list_is_refused_at_the_name()
    {
        var scene = await Scene.StoreAsync(fixture);
        var existing = await fixture.Database.ScalarAsync<string>("SELECT name FROM organisations WHERE id = $1", scene.OutsiderId);
        var before = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM organisations");

        var outcome = await Add.ExecuteAsync(new OrganisationDraft { Name = existing!, Kind = OrganisationKind.Ngo }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(OrganisationDraft.Name), $"An organisation named '{existing}' is already in the list."), (error.Path, error.Message));
        Assert.Equal(before, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM organisations"));
    }

    [Fact]
    public async Task The_list_counts_an_initiative_that_names_an_organisation_in_several_places_once()
    {
        // The scene's Commission signed (1) and contributes a funding line (1); its initiative, which it leads, now names it
        // as responsible service and as a contact point's organisation too (a lead is not also a partner): one initiative
        // more, not three.
        var scene = await Scene.StoreAsync(fixture);
        await using (var db = await fixture.CreateContextAsync())
        {
            var initiative = await db.Initiatives.Include(i => i.Partners).Include(i => i.ContactPoints).SingleAsync(i => i.Id == scene.InitiativeId, Token);
            initiative.AssignResponsibleService(scene.CommissionId);
            initiative.AddContactPoint(ContactPoint.Create("Desk officer", scene.CommissionId, null, null, null));
            await db.SaveChangesAsync(Token);
        }

        var rows = await fixture.Get<ListOrganisations>().RowsAsync(Token);

        Assert.Equal(3, Assert.Single(rows, r => r.Id == scene.CommissionId).References);
        Assert.Equal(0, Assert.Single(rows, r => r.Id == scene.OutsiderId).References);
    }

    [Fact]
    public async Task An_organisation_still_referred_to_is_not_deleted_and_the_message_says_by_what()
    {
        var scene = await Scene.StoreAsync(fixture);

        var outcome = await Delete.ExecuteAsync(scene.CommissionId, Token);

        var message = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors).Message;
        Assert.Contains("1 partnership participation", message, StringComparison.Ordinal);
        Assert.Contains("1 funding line as contributor", message, StringComparison.Ordinal);
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM organisations WHERE id = $1", scene.CommissionId));
    }

    [Fact]
    public async Task A_member_state_is_reference_data_and_is_not_deleted()
    {
        var sweden = await fixture.Database.ScalarAsync<Guid>("SELECT id FROM organisations WHERE country_code = 'SE' AND kind = 'MemberState'");

        var outcome = await Delete.ExecuteAsync(sweden, Token);

        Assert.Equal("Sweden is a Member State from the reference data and cannot be deleted.", Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors).Message);
    }

    [Theory]
    [InlineData("", OrganisationKind.Ngo, null, "Name", "Name is required.")]
    [InlineData("Ministry", OrganisationKind.MemberState, null, "Kind", "Member States come from the reference data with their membership dates; choose another kind.")]
    [InlineData("Republic of Nowhere", OrganisationKind.ThirdCountry, null, "CountryCode", "A third country needs its two-letter ISO code.")]
    [InlineData("Republic of Nowhere", OrganisationKind.ThirdCountry, "N0", "CountryCode", "A country code is two letters, such as MD or CV.")]
    [InlineData("Republic of Nowhere", OrganisationKind.ThirdCountry, " zz ", "CountryCode", "ZZ is not a country's code: a country code is one of ISO 3166-1, such as MD or CV.")]
    [InlineData("Nowhere agency", OrganisationKind.NationalAgency, "QQ", "CountryCode", "QQ is not a country's code: a country code is one of ISO 3166-1, such as MD or CV.")]
    public async Task Bad_input_is_refused_at_its_field(string name, OrganisationKind kind, string? code, string field, string message)
    {
        var outcome = await Add.ExecuteAsync(new OrganisationDraft { Name = name, Kind = kind, CountryCode = code }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((field, message), (error.Path, error.Message));
    }
}
