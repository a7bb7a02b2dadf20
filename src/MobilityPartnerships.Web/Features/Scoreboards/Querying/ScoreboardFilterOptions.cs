using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// The choices the scoreboard's id and text filters offer for one partnership, each filter's under its name
/// (<see cref="FieldFilter.Name"/>), in the order its select offers them; and, under the name of each filter that offers
/// only its <see cref="FilterChoices.Limit"/> most used values, how many values there truly are (<see cref="Counts"/>).
/// A cut filter's choices hold the value the query they were drawn for had chosen, when it names something. Kept in the
/// prerendered page's state, so it reads back from JSON.
/// </summary>
public sealed record ScoreboardFilterOptions(IReadOnlyDictionary<string, IReadOnlyList<FilterChoice>> Choices, IReadOnlyDictionary<string, int>? Counts = null)
{
    /// <summary>No choice for any filter: what the page holds until the choices are read.</summary>
    public static ScoreboardFilterOptions None { get; } = new(new Dictionary<string, IReadOnlyList<FilterChoice>>(StringComparer.Ordinal));

    /// <summary>The choices <paramref name="filter"/> offers; none when it has none here.</summary>
    public IReadOnlyList<FilterChoice> Of(FieldFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Choices.TryGetValue(filter.Name, out var choices) ? choices : [];
    }

    /// <summary>How many values <paramref name="filter"/> could offer when it offers only the most used of them; null when it offers every one.</summary>
    public int? CountOf(FieldFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Counts is not null && Counts.TryGetValue(filter.Name, out var count) ? count : null;
    }

    /// <summary>
    /// These choices with <paramref name="choice"/> among the cut <paramref name="filter"/>'s, in their order, when they do
    /// not hold it yet: a value found by the name typed (<c>GetScoreboardFilterOptions.NamedAsync</c>), which the filter then
    /// shows chosen, as the choices drawn for it would.
    /// </summary>
    public ScoreboardFilterOptions Holding(FieldFilter filter, FilterChoice choice)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(choice);
        var held = Of(filter);
        if (held.Contains(choice) || filter.Choices is not { IsCut: true } choices)
        {
            return this;
        }

        var rows = held.Append(choice).Select(c => new ChoiceRow { Id = c.Id, Name = c.Name, Position = 0, Uses = 0 });
        return this with { Choices = new Dictionary<string, IReadOnlyList<FilterChoice>>(Choices, StringComparer.Ordinal) { [filter.Name] = choices.Arrange(rows) } };
    }

    /// <summary>
    /// Whether these choices can judge the value <paramref name="query"/> chose for each filter: a filter offering every
    /// value, none chosen, or the chosen one offered. Otherwise they were drawn for another value of a cut filter, and
    /// the choices for this query are to be drawn again (they then hold its value, if it names anything).
    /// </summary>
    public bool Cover(ScoreboardQuery query) =>
        InitiativeFields.Filters.All(filter => CountOf(filter) is null || filter.Chosen(query) is not { } value || Of(filter).Any(c => string.Equals(c.Id?.ToString() ?? c.Name, value, StringComparison.Ordinal)));
}

/// <summary>A choice a filter offers: the record's id (none for an exact text, whose name is the value) and its name.</summary>
public sealed record FilterChoice(Guid? Id, string Name);
