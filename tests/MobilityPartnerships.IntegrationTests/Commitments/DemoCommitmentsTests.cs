using MobilityPartnerships.Web.DemoData;

namespace MobilityPartnerships.IntegrationTests.Commitments;

/// <summary>The demo joint declarations' commitments: both sides recorded with their source, some carried out, at least one a gap; loaded once only.</summary>
public sealed class DemoCommitmentsTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private const string CountCommitments = """
        SELECT (SELECT count(*) FROM commitments) || '/' || (SELECT count(*) FROM initiatives WHERE commitment_id IS NOT NULL)
        """;

    [Theory]
    [InlineData("Mobility Partnership with the Republic of Moldova")]
    [InlineData("Mobility Partnership with the Republic of Cape Verde")]
    public async Task The_joint_declarations_commitments_of_both_sides_are_there_some_carried_out_and_one_a_gap(string partnership)
    {
        var summary = await fixture.Database.ScalarAsync<string>("""
            SELECT count(DISTINCT c.side) || '/' || count(*) FILTER (WHERE c.source IS NULL) || '/'
                   || count(*) FILTER (WHERE EXISTS (SELECT 1 FROM initiatives i WHERE i.commitment_id = c.id)) || '/'
                   || count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM initiatives i WHERE i.commitment_id = c.id))
            FROM commitments c JOIN partnerships p ON p.id = c.partnership_id WHERE p.name = $1
            """, partnership);

        var parts = summary!.Split('/').Select(int.Parse).ToArray();
        Assert.Equal(2, parts[0]);
        Assert.Equal(0, parts[1]);
        Assert.InRange(parts[2], 2, 10);
        Assert.True(parts[3] >= 1, "At least one commitment has no initiative, so the gap shows.");
    }

    [Fact]
    public async Task Loading_the_demo_data_twice_adds_no_commitments()
    {
        var before = await fixture.Database.ScalarAsync<string>(CountCommitments);

        await fixture.Get<DemoDataLoader>().LoadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(before, await fixture.Database.ScalarAsync<string>(CountCommitments));
        Assert.NotEqual("0/0", before);
    }
}
