using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Features.Search.Searching;

namespace MobilityPartnerships.IntegrationTests.Search;

/// <summary>Among 1,000 near-duplicates, the initiative whose title is exactly the search text comes first.</summary>
public sealed class NearDuplicateSearchTests(NearDuplicatesWorld world) : IClassFixture<NearDuplicatesWorld>
{
    [Theory]
    [InlineData(NearDuplicatesWorld.ExactTitle)]
    [InlineData("pre-departure orientation for seasonal agricultural workers")]
    [InlineData("PRE DEPARTURE ORIENTATION FOR SEASONAL AGRICULTURAL WORKERS")]
    public async Task The_exact_title_ranks_first(string text)
    {
        await using var scope = world.As(world.Reader);
        var outcome = await scope.ServiceProvider.GetRequiredService<SearchEverything>().ExecuteAsync(text, TestContext.Current.CancellationToken);

        var results = Assert.IsType<SearchOutcome.Found>(outcome).Results;
        Assert.True(results.Initiatives.Total > NearDuplicatesWorld.NearDuplicates / 2, $"only {results.Initiatives.Total} found");
        Assert.Equal(NearDuplicatesWorld.ExactTitle, results.Initiatives.Items[0].Title);
    }
}
