using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Presidencies;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.IntegrationTests.Data;

public sealed class ReferenceDataTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData("member-states.csv")]
    [InlineData("council-presidencies.csv")]
    public void Shipped_reference_files_are_the_shared_ones_unchanged(string file)
    {
        var shared = Path.Combine(RepositoryPaths.SharedFolder, "reference", file);
        Assert.SkipUnless(File.Exists(shared), $"{shared} is not beside the repository");
        var shipped = Path.Combine(RepositoryPaths.Root, "src", "MobilityPartnerships.Web", "Data", "ReferenceData", file);

        Assert.Equal(File.ReadAllText(shared), File.ReadAllText(shipped));
    }

    [Fact]
    public async Task Member_states_carry_their_membership_dates()
    {
        await using var db = await fixture.CreateContextAsync();
        var memberStates = await db.Organisations.Where(o => o.Kind == OrganisationKind.MemberState).ToListAsync(TestContext.Current.CancellationToken);

        var croatia = Assert.Single(memberStates, o => o.CountryCode == "HR");
        Assert.Equal(new DateOnly(2013, 7, 1), croatia.MemberFrom);
        var unitedKingdom = Assert.Single(memberStates, o => o.CountryCode == "GB");
        Assert.Equal(new DateOnly(2020, 1, 31), unitedKingdom.MemberUntil);
        Assert.Equal(27, memberStates.Count(o => o.IsMemberStateOn(new DateOnly(2026, 11, 23))));
    }

    [Fact]
    public async Task Presidency_is_derived_from_the_loaded_rotation()
    {
        await using var db = await fixture.CreateContextAsync();
        var rotation = new PresidencyRotation(await db.PresidencyTerms.ToListAsync(TestContext.Current.CancellationToken));

        Assert.Equal("SI", rotation.HolderOn(new DateOnly(2008, 6, 5)));
        Assert.Equal("SE", rotation.HolderOn(new DateOnly(2009, 11, 30)));
        Assert.Equal("EE", rotation.HolderOn(new DateOnly(2017, 12, 31)));
    }

    [Fact]
    public async Task Loading_reference_data_again_adds_nothing()
    {
        var before = await fixture.Database.ScalarAsync<long>("SELECT (SELECT count(*) FROM organisations) + (SELECT count(*) FROM presidency_terms) + (SELECT count(*) FROM thematic_areas)");

        await fixture.Get<ReferenceDataLoader>().LoadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(before, await fixture.Database.ScalarAsync<long>("SELECT (SELECT count(*) FROM organisations) + (SELECT count(*) FROM presidency_terms) + (SELECT count(*) FROM thematic_areas)"));
    }
}
