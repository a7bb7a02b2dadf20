using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data.Standby;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Scoreboards.FilterOptions;

/// <summary>
/// The choices of the scoreboard's id and text filters, each drawn as its declaration says (<see cref="FieldFilter.Choices"/>)
/// from the values the partnership's initiatives that the user may see use, as the database keeps them: every filter's
/// query tagged with the filter's place in <see cref="InitiativeFields.Filters"/> and concatenated into one statement,
/// which reads the partnership's few kept values and joins to their names, rather than reading its initiatives.
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
        var used = scope.Apply(db.PartnershipChoices.AsNoTracking()).Where(c => c.PartnershipId == partnershipId && c.Uses > 0);

        var rows = await Drawing
            .Select(d => Tagged(d.Choices.Draw(new ChoiceSource(used, db, partnershipId, d.Filter.Name)), d.Place))
            .Aggregate(Queryable.Concat)
            .ToListAsync(cancellationToken);

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
