using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data.Standby;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Scoreboards.FilterOptions;

/// <summary>
/// The choices of the scoreboard's id and text filters, each drawn as its declaration says (<see cref="FieldFilter.Choices"/>)
/// from the partnership's initiatives the user may see: every filter's query tagged with the filter's place in
/// <see cref="InitiativeFields.Filters"/> and concatenated into one statement, which reads the partnership's initiatives
/// by its index and joins to the few names, rather than asking for every area and organisation whether some initiative
/// uses it.
/// </summary>
public sealed class GetScoreboardFilterOptions(LaggingReads contexts, AccessControl access)
{
    /// <summary>The filters that draw choices, with their places in <see cref="InitiativeFields.Filters"/> (which tag their rows).</summary>
    private static readonly IReadOnlyList<(int Place, FieldFilter Filter, FilterChoices Choices)> Drawing =
        [.. InitiativeFields.Filters.Select((filter, place) => (place, filter, filter.Choices)).Where(f => f.Choices is not null).Select(f => (f.place, f.filter, f.Choices!))];

    public async Task<ScoreboardFilterOptions> ExecuteAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = new ChoiceSource(scope.Apply(db.Initiatives.AsNoTracking()).Where(i => i.PartnershipId == partnershipId), db, partnershipId);

        var rows = await Drawing.Select(d => Tagged(d.Choices.Draw(source), d.Place)).Aggregate(Queryable.Concat).ToListAsync(cancellationToken);

        return new ScoreboardFilterOptions(Drawing.ToDictionary(
            d => d.Filter.Name,
            d => d.Choices.Arrange(rows.Where(r => r.Place == d.Place).Select(r => new ChoiceRow { Id = r.Id, Name = r.Name, Position = r.Position })),
            StringComparer.Ordinal));
    }

    /// <summary>A filter's rows with its place written into the statement (a constant: the same text for every partnership and user).</summary>
    private static IQueryable<TaggedRow> Tagged(IQueryable<ChoiceRow> rows, int place) =>
        rows.Select(r => new TaggedRow { Place = EF.Constant(place), Id = r.Id, Name = r.Name, Position = r.Position });

    private sealed class TaggedRow
    {
        public required int Place { get; init; }

        public required Guid? Id { get; init; }

        public required string Name { get; init; }

        public required int Position { get; init; }
    }
}
