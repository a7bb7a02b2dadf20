using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Features.Scoreboards.FilterOptions;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// How an id or text filter's choices are drawn for one partnership — a query over a <see cref="ChoiceSource"/>, which
/// <see cref="GetScoreboardFilterOptions"/> concatenates with every other filter's into one statement — whether they are
/// cut to the <see cref="Limit"/> most used, and the order its select offers them in.
/// </summary>
public sealed class FilterChoices
{
    /// <summary>
    /// The most choices a filter drawn from the values in use offers (<see cref="ByUse"/>), besides the value chosen: a
    /// partnership's funding lines may name thousands of programmes and organisations, and a page's size and time must not
    /// grow with them.
    /// </summary>
    public const int Limit = 100;

    private FilterChoices(Func<ChoiceSource, IQueryable<ChoiceRow>> draw, ChoiceOrder order, bool isCut)
    {
        Draw = draw;
        Order = order;
        IsCut = isCut;
    }

    /// <summary>The query of the choices; the database runs it, as one part of the options' statement.</summary>
    public Func<ChoiceSource, IQueryable<ChoiceRow>> Draw { get; }

    public ChoiceOrder Order { get; }

    /// <summary>
    /// Whether only the <see cref="Limit"/> most used are drawn (the most <see cref="ChoiceRow.Uses"/>, then by name and
    /// id), with their true number: values the initiatives use, as many as the data holds. A partnership's own lists
    /// (its priorities, its commitments) are drawn whole, in their order.
    /// </summary>
    public bool IsCut { get; }

    /// <summary>
    /// The values the initiatives use (thematic areas, organisations, programmes): the <see cref="Limit"/> most used,
    /// offered by name (<see cref="NameOrder"/>), then by id.
    /// </summary>
    public static FilterChoices ByUse(Func<ChoiceSource, IQueryable<ChoiceRow>> draw) => new(draw, ChoiceOrder.ByName, isCut: true);

    /// <summary>Offered as the statement lists them: a partnership's priorities, in the partnership's order.</summary>
    public static FilterChoices AsListed(Func<ChoiceSource, IQueryable<ChoiceRow>> draw) => new(draw, ChoiceOrder.AsListed, isCut: false);

    /// <summary>Offered by their <see cref="ChoiceRow.Position"/>: a partnership's commitments, as the joint declaration numbers them.</summary>
    public static FilterChoices ByPosition(Func<ChoiceSource, IQueryable<ChoiceRow>> draw) => new(draw, ChoiceOrder.ByPosition, isCut: false);

    /// <summary>The drawn rows in the order the select offers them.</summary>
    public IReadOnlyList<FilterChoice> Arrange(IEnumerable<ChoiceRow> rows) =>
        [.. (Order switch
        {
            ChoiceOrder.ByName => rows.OrderBy(r => r.Name, NameOrder.Comparer).ThenBy(r => r.Id),
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
