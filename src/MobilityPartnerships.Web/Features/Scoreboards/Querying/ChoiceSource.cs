using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Figures;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// What a filter's choices are drawn from for one partnership (<see cref="FilterChoices.Draw"/>): the values its
/// initiatives that the user may see use, as the database keeps them per filter (<see cref="PartnershipChoice"/>, already
/// narrowed by the read scope), the context for the names behind their ids, the partnership's id for what the
/// partnership itself lists, and the name of the filter drawing.
/// </summary>
public sealed record ChoiceSource(IQueryable<PartnershipChoice> Used, AppDbContext Db, Guid PartnershipId, string Filter)
{
    /// <summary>
    /// The ids this filter's kept values name, each once with its uses by the initiatives the user sees: as many rows as
    /// distinct values, which grows with the data (thousands of organisations), so <see cref="FilterChoices.ByUse"/> cuts them.
    /// </summary>
    public IQueryable<KeptId> KeptIds() =>
        Used.Where(c => c.Filter == Filter && c.ChoiceId != null).GroupBy(c => c.ChoiceId!.Value).Select(g => new KeptId { Id = g.Key, Uses = g.Sum(c => c.Uses) });

    /// <summary>
    /// The texts this filter's kept values are, each once with its uses (free text: thousands of distinct values may be
    /// kept). Grouped by the kept rows' id too, always none for a text: a typed none, which stays a uuid where the
    /// statement reads the choices from a subquery (an untyped NULL there is text, and no longer concatenates with ids).
    /// </summary>
    public IQueryable<KeptText> KeptTexts() =>
        Used.Where(c => c.Filter == Filter && c.ChoiceText != null && c.ChoiceId == null)
            .GroupBy(c => new { Text = c.ChoiceText!, c.ChoiceId })
            .Select(g => new KeptText { Text = g.Key.Text, NoId = g.Key.ChoiceId, Uses = g.Sum(c => c.Uses) });

    /// <summary>The partnership's priorities, unnested in its order (a column of the partnership that no property maps).</summary>
    public IQueryable<string> Priorities =>
        Db.Partnerships.Where(p => p.Id == PartnershipId).SelectMany(p => EF.Property<List<string>>(p, "priorities"));

    /// <summary>The organisations this filter's kept values name (each once), by their short name where they have one.</summary>
    public IQueryable<ChoiceRow> KeptOrganisations() =>
        KeptIds().Join(Db.Organisations, k => k.Id, o => o.Id, (k, o) => new ChoiceRow { Id = o.Id, Name = ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench), Position = 0, Uses = k.Uses });
}

/// <summary>
/// One choice as the database draws it: the record's id (none for an exact text, whose name is its value), its name, its
/// place where the choices are offered by position (a commitment's; 0 elsewhere), and how many uses by the initiatives the
/// user sees (what ranks a cut filter's choices; 0 for a partnership's own list). Every member is set, so that every
/// filter's rows have one shape and are concatenated into one statement.
/// </summary>
public sealed class ChoiceRow
{
    public required Guid? Id { get; init; }

    public required string Name { get; init; }

    public required int Position { get; init; }

    public required int Uses { get; init; }
}

/// <summary>A record a filter's kept values name, and its uses by the initiatives the user sees.</summary>
public sealed class KeptId
{
    public required Guid Id { get; init; }

    public required int Uses { get; init; }
}

/// <summary>A text a filter's kept values are, and its uses by the initiatives the user sees.</summary>
public sealed class KeptText
{
    public required string Text { get; init; }

    /// <summary>None: a text is its own value (see <see cref="ChoiceSource.KeptTexts"/> for why it is read).</summary>
    public required Guid? NoId { get; init; }

    public required int Uses { get; init; }
}
