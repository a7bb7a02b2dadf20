using MobilityPartnerships.Web.Features.Initiatives.Details;

namespace MobilityPartnerships.IntegrationTests.Initiatives;

/// <summary>An initiative's page shows the partner-country priority it serves and the commitment it carries out, or neither.</summary>
public sealed class InitiativeDetailsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_details_carry_the_priority_served_and_the_commitment_carried_out()
    {
        var scene = await Scene.StoreAsync(fixture);
        var linked = await PrioritiesAndCommitments.StoreAsync(fixture, scene.PartnershipId, scene.InitiativeId);

        var details = await fixture.Get<GetInitiativeDetails>().ExecuteAsync(scene.InitiativeId, TestContext.Current.CancellationToken);

        Assert.NotNull(details);
        Assert.Equal((linked.Priority, linked.CommitmentId, linked.Commitment), (details.Priority, details.CommitmentId, details.Commitment));
    }

    [Fact]
    public async Task An_initiative_serving_no_priority_and_carrying_out_no_commitment_has_neither()
    {
        var scene = await Scene.StoreAsync(fixture);
        await PrioritiesAndCommitments.StoreAsync(fixture, scene.PartnershipId);

        var details = await fixture.Get<GetInitiativeDetails>().ExecuteAsync(scene.InitiativeId, TestContext.Current.CancellationToken);

        Assert.NotNull(details);
        Assert.Equal((null, null, null), (details.Priority, details.CommitmentId, details.Commitment));
    }
}
