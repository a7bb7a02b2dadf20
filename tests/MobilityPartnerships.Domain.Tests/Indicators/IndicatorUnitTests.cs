using MobilityPartnerships.Domain.Indicators;

namespace MobilityPartnerships.Domain.Tests.Indicators;

/// <summary>Which units count things, so that their values cannot be negative.</summary>
public sealed class IndicatorUnitTests
{
    [Theory]
    [InlineData("persons", true)]
    [InlineData(" Persons ", true)]
    [InlineData("number of\tworkers", true)]
    [InlineData("No. of visas", true)]
    [InlineData("# trainees", true)]
    [InlineData("%", false)]
    [InlineData("EUR", false)]
    [InlineData("personal days", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_unit_counts_things_when_it_is_a_counting_word_or_begins_like_one(string? unit, bool counts) =>
        Assert.Equal(counts, IndicatorUnit.IsCount(unit));
}
