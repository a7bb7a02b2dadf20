using MobilityPartnerships.Web.Features.Scoreboards.FilterOptions;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// How an id or text filter's choices are drawn for one partnership — a query over a <see cref="ChoiceSource"/>, which
/// <see cref="GetScoreboardFilterOptions"/> concatenates with every other filter's into one statement — and the order its
/// select offers them in.
/// </summary>
public sealed class FilterChoices
{
    private FilterChoices(Func<ChoiceSource, IQueryable<ChoiceRow>> draw, ChoiceOrder order)
    {
        Draw = draw;
        Order = order;
    }

    /// <summary>The query of the choices; the database runs it, as one part of the options' statement.</summary>
    public Func<ChoiceSource, IQueryable<ChoiceRow>> Draw { get; }

    public ChoiceOrder Order { get; }

    /// <summary>Offered by name (ordinal), then by id: thematic areas, organisations, programmes.</summary>
    public static FilterChoices ByName(Func<ChoiceSource, IQueryable<ChoiceRow>> draw) => new(draw, ChoiceOrder.ByName);

    /// <summary>Offered as the statement lists them: a partnership's priorities, in the partnership's order.</summary>
    public static FilterChoices AsListed(Func<ChoiceSource, IQueryable<ChoiceRow>> draw) => new(draw, ChoiceOrder.AsListed);

    /// <summary>Offered by their <see cref="ChoiceRow.Position"/>: a partnership's commitments, as the joint declaration numbers them.</summary>
    public static FilterChoices ByPosition(Func<ChoiceSource, IQueryable<ChoiceRow>> draw) => new(draw, ChoiceOrder.ByPosition);

    /// <summary>The drawn rows in the order the select offers them.</summary>
    public IReadOnlyList<FilterChoice> Arrange(IEnumerable<ChoiceRow> rows) =>
        [.. (Order switch
        {
            ChoiceOrder.ByName => rows.OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id),
            ChoiceOrder.ByPosition => rows.OrderBy(r => r.Position),
            _ => rows,
        }).Select(r => new FilterChoice(r.Id, r.Name))];
}

/// <summary>The order a filter's select offers its choices in.</summary>
public enum ChoiceOrder
{
    ByName,
    AsListed,
    ByPosition,
}
