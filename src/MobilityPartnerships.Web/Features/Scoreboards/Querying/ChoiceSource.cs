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
    /// <summary>The ids this filter's kept values name, each once: a few dozen rows, whatever the partnership's size.</summary>
    public IQueryable<Guid> KeptIds() =>
        Used.Where(c => c.Filter == Filter && c.ChoiceId != null).Select(c => c.ChoiceId!.Value).Distinct();

    /// <summary>The texts this filter's kept values are, each once.</summary>
    public IQueryable<string> KeptTexts() =>
        Used.Where(c => c.Filter == Filter && c.ChoiceText != null).Select(c => c.ChoiceText!).Distinct();

    /// <summary>The partnership's priorities, unnested in its order (a column of the partnership that no property maps).</summary>
    public IQueryable<string> Priorities =>
        Db.Partnerships.Where(p => p.Id == PartnershipId).SelectMany(p => EF.Property<List<string>>(p, "priorities"));

    /// <summary>The organisations this filter's kept values name (each once), by their short name where they have one.</summary>
    public IQueryable<ChoiceRow> KeptOrganisations() =>
        KeptIds().Join(Db.Organisations, id => id, o => o.Id, (_, o) => new ChoiceRow { Id = o.Id, Name = o.ShortName ?? o.Name, Position = 0 });
}

/// <summary>
/// One choice as the database draws it: the record's id (none for an exact text, whose name is its value), its name, and
/// its place where the choices are offered by position (a commitment's; 0 elsewhere). Every member is set, so that
/// every filter's rows have one shape and are concatenated into one statement.
/// </summary>
public sealed class ChoiceRow
{
    public required Guid? Id { get; init; }

    public required string Name { get; init; }

    public required int Position { get; init; }
}
