using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Figures;
using MobilityPartnerships.Web.Data.Standby;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Scoreboards.FilterOptions;

/// <summary>
/// The choices of the scoreboard's id and text filters, each drawn as its declaration says (<see cref="FieldFilter.Choices"/>)
/// from the values the partnership's initiatives that the user may see use, as the database keeps them: every filter's
/// query tagged with the filter's place in <see cref="InitiativeFields.Filters"/> and concatenated into one statement,
/// which reads the partnership's kept values and joins to their names, rather than reading its initiatives. A filter
/// drawn from the values in use (<see cref="FilterChoices.IsCut"/>) brings at most its <see cref="FilterChoices.Limit"/>
/// most used, the value the query chose if it is not among them, and — when there are more — how many there are: the
/// statement's rows and the page's options do not grow with the data (3,060 programmes were 3,102 options before).
/// A value of a cut filter by id that is not listed is found by the name typed (<see cref="NamedAsync"/>), drawn the
/// same way.
/// </summary>
public sealed partial class GetScoreboardFilterOptions(LaggingReads contexts, AccessControl access)
{
    /// <summary>The filters that draw choices, with their places in <see cref="InitiativeFields.Filters"/> (which tag their rows).</summary>
    private static readonly IReadOnlyList<(int Place, FieldFilter Filter, FilterChoices Choices)> Drawing =
        [.. InitiativeFields.Filters.Select((filter, place) => (place, filter, filter.Choices)).Where(f => f.Choices is not null).Select(f => (f.place, f.filter, f.Choices!))];

    /// <summary>What a row of the statement is: a choice offered, the chosen value, or a filter's number of values.</summary>
    private const int Offered = 0;
    private const int Chosen = 1;
    private const int Counted = 2;

    /// <summary>
    /// The longest name a filter's value has (an organisation's or a commitment's, 200 characters; an area's, 150): a
    /// longer text typed names nothing, and is not sent to the database.
    /// </summary>
    public const int NameMaxLength = 200;

    /// <summary>The choices with nothing chosen.</summary>
    public Task<ScoreboardFilterOptions> ExecuteAsync(Guid partnershipId, CancellationToken cancellationToken) =>
        ExecuteAsync(new ScoreboardQuery { PartnershipId = partnershipId }, cancellationToken);

    /// <summary>The choices for the query's partnership, each cut filter's holding the value the query chose, if it names one.</summary>
    public async Task<ScoreboardFilterOptions> ExecuteAsync(ScoreboardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var partnershipId = query.PartnershipId;
        var used = Used(scope, db, partnershipId);

        var rows = await Drawing
            .Select(d => Rows(d.Filter, d.Choices, d.Choices.Draw(new ChoiceSource(used, db, partnershipId, d.Filter.Name)), d.Place, query))
            .Aggregate(Queryable.Concat)
            .ToListAsync(cancellationToken);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in Drawing)
        {
            if (rows.FirstOrDefault(r => r.Tag == Tag(d.Place, Counted)) is { Position: > FilterChoices.Limit } counted)
            {
                counts[d.Filter.Name] = counted.Position;
            }
        }

        return new ScoreboardFilterOptions(
            Drawing.ToDictionary(
                d => d.Filter.Name,
                d => d.Choices.Arrange(rows
                    .Where(r => r.Tag == Tag(d.Place, Offered) || r.Tag == Tag(d.Place, Chosen))
                    .DistinctBy(r => (r.Id, r.Name))
                    .Select(r => new ChoiceRow { Id = r.Id, Name = r.Name, Position = r.Position, Uses = 0 })),
                StringComparer.Ordinal),
            counts);
    }

    /// <summary>
    /// Among all the values <paramref name="filter"/> draws for the partnership (not only the most used it lists), those
    /// whose name, as its choices show it, is <paramref name="name"/> (trimmed; case and accents aside): none, the one, or
    /// two — a sign that the name is not enough to tell them apart. Of names that differ only by their accents ("Office de
    /// l'Emploi", "Office de l'Émploi"), the one written exactly as typed (case aside) is the one, if only one is. In one
    /// statement, which reads at most two, those written as typed first.
    /// </summary>
    public async Task<IReadOnlyList<FilterChoice>> NamedAsync(Guid partnershipId, FieldFilter filter, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(name);
        var choices = filter.Choices ?? throw new ArgumentException($"The filter {filter.Name} draws no choices to name.", nameof(filter));
        var typed = name.Trim();
        if (TextCharacters.IsBlank(typed) || TextCharacters.Count(typed) > NameMaxLength)
        {
            return [];
        }

        // Written as typed, case aside: ILIKE without a wildcard, the typed text's own % _ and \ taken as themselves.
        var asTyped = Wildcards().Replace(TextCharacters.Normalised(typed), @"\$0");
        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var named = await choices.Draw(new ChoiceSource(Used(scope, db, partnershipId), db, partnershipId, filter.Name))
            .Where(r => FoldedText.Of(r.Name) == FoldedText.Of(typed))
            .Select(r => new { r.Id, r.Name, AsTyped = EF.Functions.ILike(r.Name, asTyped, @"\") })
            .OrderByDescending(r => r.AsTyped)
            .ThenBy(r => r.Id)
            .Take(2)
            .ToListAsync(cancellationToken);
        return named is [{ AsTyped: true } one, { AsTyped: false }] ? [new FilterChoice(one.Id, one.Name)] : [.. named.Select(r => new FilterChoice(r.Id, r.Name))];
    }

    /// <summary>The values the partnership's initiatives that the user may see still use, as the database keeps them.</summary>
    private static IQueryable<PartnershipChoice> Used(ReadScope scope, AppDbContext db, Guid partnershipId) =>
        scope.Apply(db.PartnershipChoices.AsNoTracking()).Where(c => c.PartnershipId == partnershipId && c.Uses > 0);

    /// <summary>
    /// A filter's rows: every choice, or for a cut filter the most used (ties by name in <see cref="NameOrder"/>, then id) and
    /// one row counting them all; then the chosen value, when one is chosen.
    /// </summary>
    private static IQueryable<TaggedRow> Rows(FieldFilter filter, FilterChoices choices, IQueryable<ChoiceRow> drawn, int place, ScoreboardQuery query)
    {
        var rows = choices.IsCut
            ? Tagged(drawn.OrderByDescending(r => r.Uses).ThenBy(r => NameOrder.Key(r.Name)).ThenBy(r => r.Id).Take(FilterChoices.Limit), place, Offered)
                .Concat(drawn.GroupBy(r => 1).Select(WrittenConstant.Into<IGrouping<int, ChoiceRow>, TaggedRow>(
                    (g, tag) => new TaggedRow { Tag = tag, Id = null, Name = string.Empty, Position = g.Count() }, Tag(place, Counted))))
            : Tagged(drawn, place, Offered);
        return filter.ChosenAmong(drawn, query) is { } chosen ? rows.Concat(Tagged(chosen, place, Chosen)) : rows;
    }

    /// <summary>
    /// A filter's rows with its place and their kind written into the statement (a constant: the same text for every
    /// partnership and user, which EF writes once and keeps, <see cref="WrittenConstant"/>).
    /// </summary>
    private static IQueryable<TaggedRow> Tagged(IQueryable<ChoiceRow> rows, int place, int kind) =>
        rows.Select(WrittenConstant.Into<ChoiceRow, TaggedRow>((r, tag) => new TaggedRow { Tag = tag, Id = r.Id, Name = r.Name, Position = r.Position }, Tag(place, kind)));

    /// <summary>
    /// A row's place and kind as one positive number: one column, since EF writes two equal constants of a row once (and
    /// the concatenated rows' columns would no longer line up), and never 0, a position's constant.
    /// </summary>
    private static int Tag(int place, int kind) => (place * 3) + kind + 1;

    [GeneratedRegex(@"[\\%_]")]
    private static partial Regex Wildcards();

    private sealed class TaggedRow
    {
        public required int Tag { get; init; }

        public required Guid? Id { get; init; }

        public required string Name { get; init; }

        public required int Position { get; init; }
    }
}
