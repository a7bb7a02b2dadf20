using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Values;

/// <summary>The Levenshtein distance behind typo matching.</summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "iom", 3)]
    [InlineData("iom", "", 3)]
    [InlineData("organisation", "organization", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("morocco", "marocco", 1)]
    [InlineData("labour", "labor", 1)]
    [InlineData("same", "same", 0)]
    public void Counts_insertions_deletions_and_substitutions(string first, string second, int distance)
    {
        Assert.Equal(distance, EditDistance.Levenshtein(first, second));
        Assert.Equal(distance, EditDistance.Levenshtein(second, first));
    }
}
