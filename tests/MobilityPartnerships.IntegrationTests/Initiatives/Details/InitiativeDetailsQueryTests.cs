using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Features.Initiatives.Details;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Details;

/// <summary>
/// The one read of whole initiatives (page, API, sheets) reads the columns it shows, not the aggregate: its stored values
/// come from the initiative's own columns. Before, the read called a method on the whole initiative for them, so EF Core
/// loaded the aggregate with every owned collection, contact points' e-mail and phone included, for users who may not see
/// them, and an export sent a statement for each of those collections.
/// </summary>
public sealed class InitiativeDetailsQueryTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Without_contact_details_no_e_mail_or_phone_leaves_the_database(bool sheet)
    {
        await using var db = await fixture.CreateContextAsync();
        var id = Guid.NewGuid();

        var sql = db.Initiatives.AsNoTracking().AsSingleQuery().Where(i => i.Id == id)
            .Select(InitiativeDetailsQuery.Projection(db, sheet, contactDetails: false))
            .ToQueryString();

        Assert.DoesNotContain(".email", sql, StringComparison.Ordinal);
        Assert.DoesNotContain(".phone", sql, StringComparison.Ordinal);
        Assert.Contains(".source", sql, StringComparison.Ordinal);
        Assert.Contains(".part_of_team_europe", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_contact_details_they_are_read()
    {
        await using var db = await fixture.CreateContextAsync();
        var id = Guid.NewGuid();

        var sql = db.Initiatives.AsNoTracking().AsSingleQuery().Where(i => i.Id == id)
            .Select(InitiativeDetailsQuery.Projection(db, sheet: false, contactDetails: true))
            .ToQueryString();

        Assert.Contains(".email", sql, StringComparison.Ordinal);
        Assert.Contains(".phone", sql, StringComparison.Ordinal);
    }
}
