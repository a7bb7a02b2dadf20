using System.Reflection;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Tests.Scoreboards.Querying;

/// <summary>
/// A scoreboard reads the partnership's kept totals only when no value of its query narrows the initiatives: every value
/// of the query but the partnerships, the archive choice, the order and the page makes it narrow, a value added later
/// included, so that kept totals are never shown for a filtered scoreboard.
/// </summary>
public sealed class NarrowsNothingTests
{
    /// <summary>What chooses the initiatives' partnerships, archive state, order and page: the kept figures answer for these.</summary>
    private static readonly string[] NotNarrowing =
        [nameof(ScoreboardQuery.PartnershipId), nameof(ScoreboardQuery.Partnerships), nameof(ScoreboardQuery.IncludeArchived), nameof(ScoreboardQuery.Sort), nameof(ScoreboardQuery.Descending), nameof(ScoreboardQuery.Page), nameof(ScoreboardQuery.PageSize), nameof(ScoreboardQuery.PagePerPartnership), nameof(ScoreboardQuery.GroupByPillar)];

    public static TheoryData<string> Values() => [.. typeof(ScoreboardQuery).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name)];

    [Fact]
    public void A_query_of_a_partnership_alone_narrows_nothing()
    {
        Assert.True(new ScoreboardQuery { PartnershipId = Guid.NewGuid() }.NarrowsNothing());
        Assert.True(new ScoreboardQuery { Partnerships = new HashSet<Guid> { Guid.NewGuid(), Guid.NewGuid() } }.NarrowsNothing());
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Every_value_but_the_partnerships_archive_choice_order_and_page_narrows(string name)
    {
        var property = typeof(ScoreboardQuery).GetProperty(name)!;
        var query = new ScoreboardQuery { PartnershipId = Guid.NewGuid() };
        property.SetValue(query, Other(property.PropertyType, property.GetValue(query)));

        Assert.Equal(!NotNarrowing.Contains(name), !query.NarrowsNothing());
    }

    /// <summary>A value of <paramref name="type"/> other than <paramref name="current"/>.</summary>
    private static object Other(Type type, object? current)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        object value = underlying switch
        {
            _ when underlying == typeof(bool) => !(bool)(current ?? false),
            _ when underlying == typeof(int) => (int)(current ?? 0) + 1,
            _ when underlying == typeof(Guid) => Guid.NewGuid(),
            _ when underlying == typeof(string) => "text",
            _ when underlying.IsEnum => Enum.GetValues(underlying).Cast<object>().First(v => !v.Equals(current)),
            _ when underlying == typeof(IReadOnlySet<Guid>) => new HashSet<Guid> { Guid.NewGuid() },
            _ => throw new InvalidOperationException($"No other value of {type} is known: add one here."),
        };
        return value;
    }
}
