using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Writing;

/// <summary>What applying a change is given: the loaded target (tracked), the context that will save it, and the acting user.</summary>
public sealed record Change<TTarget>(TTarget Target, AppDbContext Db, Actor Actor)
    where TTarget : class
{
    private readonly List<object> added = [];

    /// <summary>
    /// The write's problems so far (the form's, when the write applies a refused draft) and those the domain's methods finds;
    /// with any, nothing is saved and every one is told.
    /// </summary>
    public required Refusals Refusals { get; init; }

    /// <summary>The new aggregates handed to <see cref="Add"/>, in that order.</summary>
    internal IReadOnlyList<object> Added => added;

    /// <summary>
    /// A new aggregate (a root with its records) the write stores: with the rest of the change in its transaction,
    /// and with the same history. A batch of many (an import's new initiatives) is copied in bulk rather than
    /// inserted record by record; see <see cref="Writes"/>.
    /// </summary>
    public void Add(object aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        added.Add(aggregate);
    }
}
