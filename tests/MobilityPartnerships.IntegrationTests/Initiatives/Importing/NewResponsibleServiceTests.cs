using System.Text;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// An organisation the import records as new, named as an initiative's responsible service, is held to the rule the
/// form, the API and an existing organisation are: only the Commission or one of its services (an EU institution that does
/// not sign through the Council Presidency). Recorded as an NGO, the row is refused at its column and nothing is stored;
/// recorded as an EU institution (a new Directorate-General), it is stored.
/// </summary>
public sealed class NewResponsibleServiceTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_new_organisation_recorded_as_an_ngo_is_refused_as_the_responsible_service_and_nothing_is_stored()
    {
        var scene = await Scene.StoreAsync(fixture);
        var name = $"Newly named office {scene.ReferenceCode}";
        var request = Answered(scene, name, OrganisationKind.Ngo);

        var preview = await Importing.PreviewAsync(fixture.Services, request);
        var problem = Assert.Single(Assert.Single(preview.Rows).Problems);
        Assert.Equal("Responsible service", problem.Column);
        Assert.Contains(name, problem.Message, StringComparison.Ordinal);
        Assert.False(preview.CanConfirm);

        Assert.IsType<WriteOutcome.Invalid>(await Importing.ConfirmAsync(fixture.Services, request));
        await using var db = await fixture.CreateContextAsync();
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == name, TestContext.Current.CancellationToken));
        Assert.Null(await db.Initiatives.Where(i => i.PartnershipId == scene.PartnershipId && i.ReferenceCode == scene.ReferenceCode).Select(i => i.ResponsibleServiceId).SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_new_organisation_recorded_as_an_eu_institution_is_stored_as_the_responsible_service()
    {
        var scene = await Scene.StoreAsync(fixture);
        var name = $"Newly named Directorate-General {scene.ReferenceCode}";

        Assert.Equal(new Imported(0, 1, 0), await Importing.ConfirmAsync(fixture.Services, Answered(scene, name, OrganisationKind.EuInstitution)));
        await using var db = await fixture.CreateContextAsync();
        var service = await db.Organisations.SingleAsync(o => o.Name == name, TestContext.Current.CancellationToken);
        Assert.Equal(service.Id, await db.Initiatives.Where(i => i.PartnershipId == scene.PartnershipId && i.ReferenceCode == scene.ReferenceCode).Select(i => i.ResponsibleServiceId).SingleAsync(TestContext.Current.CancellationToken));
    }

    private ImportRequest Answered(Scene scene, string name, OrganisationKind kind)
    {
        var csv = $"Reference code,Title,Responsible service\n{scene.ReferenceCode},Labour migration pilot,\"{name}\"\n";
        var request = Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes(csv), "sheet.csv", new ImportSettings());
        return request with { Decisions = request.Decisions.Choose(name, new OrganisationChoice.Added(kind)) };
    }
}
