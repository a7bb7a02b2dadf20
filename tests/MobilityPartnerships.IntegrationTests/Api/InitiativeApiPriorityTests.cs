using FluentValidation;
using MobilityPartnerships.Web.Api;
using MobilityPartnerships.Web.Api.Contracts;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.IntegrationTests.Api;

/// <summary>
/// The API gives an initiative's priority and commitment, in full and as a row, and its listing filters by them
/// as the endpoint reads its address: "priority" by the priority's text, "commitment" by the commitment's id.
/// </summary>
public sealed class InitiativeApiPriorityTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_initiative_and_its_row_carry_the_priority_and_the_commitment()
    {
        var scene = await Scene.StoreAsync(fixture);
        var linked = await PrioritiesAndCommitments.StoreAsync(fixture, scene.PartnershipId, scene.InitiativeId);

        var details = await fixture.Get<GetInitiativeDetails>().ExecuteAsync(scene.InitiativeId, Ct);
        var dto = InitiativeDto.From(details!, null);
        var row = Assert.Single((await ListAsync(scene.PartnershipId, new InitiativeFilter())).Items);

        Assert.Equal((linked.Priority, linked.CommitmentId, linked.Commitment), (dto.Fields["priority"] as string, dto.Fields["commitmentId"] as Guid?, dto.Fields["commitment"] as string));
        Assert.Equal((scene.InitiativeId, linked.Priority, linked.CommitmentId, linked.Commitment), (row.Id, row.Fields["priority"] as string, row.Fields["commitmentId"] as Guid?, row.Fields["commitment"] as string));
    }

    [Fact]
    public async Task The_listing_filters_by_priority_and_by_commitment()
    {
        var scene = await Scene.StoreAsync(fixture);
        var linked = await PrioritiesAndCommitments.StoreAsync(fixture, scene.PartnershipId, scene.InitiativeId);

        Assert.Equal([scene.InitiativeId], (await ListAsync(scene.PartnershipId, Filter("priority", $" {linked.Priority} "))).Items.Select(i => i.Id));
        Assert.Empty((await ListAsync(scene.PartnershipId, Filter("priority", linked.OtherPriority))).Items);
        Assert.Equal([scene.InitiativeId], (await ListAsync(scene.PartnershipId, Filter("commitment", linked.CommitmentId.ToString()))).Items.Select(i => i.Id));
        Assert.Empty((await ListAsync(scene.PartnershipId, Filter("commitment", linked.OtherCommitmentId.ToString()))).Items);
    }

    [Theory]
    [InlineData("commitment", "42")]
    [InlineData("priority", "{long}")]
    public void A_priority_or_commitment_the_api_does_not_understand_is_reported_at_its_field(string field, string value)
    {
        var raw = value.Replace("{long}", new string('x', Domain.Partnerships.Partnership.PriorityMaxLength + 1), StringComparison.Ordinal);
        var filter = Filter(field, raw);

        filter.Read(Guid.CreateVersion7(), fixture.Get<IValidator<ScoreboardQuery>>().Validate, out var errors);

        var message = Assert.Single(Assert.Single(errors, e => e.Key == field).Value);
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Single(errors);
    }

    [Fact]
    public async Task The_listing_reads_priority_and_commitment_from_the_request_query_together()
    {
        var scene = await Scene.StoreAsync(fixture);
        var linked = await PrioritiesAndCommitments.StoreAsync(fixture, scene.PartnershipId, scene.InitiativeId);

        // As the endpoint reads them: from the request's query, names in any case.
        Assert.Equal([scene.InitiativeId], (await ListAsync(scene.PartnershipId, FromQuery(("Priority", linked.Priority), ("commitment", linked.CommitmentId.ToString())))).Items.Select(i => i.Id));
        Assert.Empty((await ListAsync(scene.PartnershipId, FromQuery(("priority", linked.Priority), ("COMMITMENT", linked.OtherCommitmentId.ToString())))).Items);
        Assert.Empty((await ListAsync(scene.PartnershipId, FromQuery(("priority", linked.OtherPriority), ("commitment", linked.CommitmentId.ToString())))).Items);
    }

    /// <summary>A filter with one field filter's value, as the endpoint fills it from the request.</summary>
    private static InitiativeFilter Filter(string name, string value) => new() { Fields = { [name] = value } };

    private static InitiativeFilter FromQuery(params (string Name, string Value)[] values)
    {
        var filter = new InitiativeFilter();
        var address = string.Join('&', values.Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value)}"));
        filter.ReadFields(new Microsoft.AspNetCore.Http.QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery("?" + address)));
        return filter;
    }

    private async Task<InitiativePageDto> ListAsync(Guid partnershipId, InitiativeFilter filter)
    {
        var query = filter.Read(partnershipId, fixture.Get<IValidator<ScoreboardQuery>>().Validate, out var errors);
        Assert.Empty(errors);
        return InitiativePageDto.From(query, await fixture.Get<QueryScoreboard>().ExecuteAsync(query, Ct));
    }
}
