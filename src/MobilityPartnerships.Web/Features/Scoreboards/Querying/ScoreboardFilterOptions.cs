using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// The choices the scoreboard's id and text filters offer for one partnership, each filter's under its name
/// (<see cref="FieldFilter.Name"/>), in the order its select offers them. Kept in the prerendered page's state, so it
/// reads back from JSON.
/// </summary>
public sealed record ScoreboardFilterOptions(IReadOnlyDictionary<string, IReadOnlyList<FilterChoice>> Choices)
{
    /// <summary>No choice for any filter: what the page holds until the choices are read.</summary>
    public static ScoreboardFilterOptions None { get; } = new(new Dictionary<string, IReadOnlyList<FilterChoice>>(StringComparer.Ordinal));

    /// <summary>The choices <paramref name="filter"/> offers; none when it has none here.</summary>
    public IReadOnlyList<FilterChoice> Of(FieldFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Choices.TryGetValue(filter.Name, out var choices) ? choices : [];
    }
}

/// <summary>A choice a filter offers: the record's id (none for an exact text, whose name is the value) and its name.</summary>
public sealed record FilterChoice(Guid? Id, string Name);
