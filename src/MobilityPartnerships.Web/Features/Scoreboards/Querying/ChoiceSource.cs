using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// What a filter's choices are drawn from for one partnership (<see cref="FilterChoices.Draw"/>): the partnership's
/// initiatives the user may see (already narrowed by the read scope), the context for the names behind their ids, and
/// the partnership's id for what the partnership itself lists.
/// </summary>
public sealed record ChoiceSource(IQueryable<Initiative> Initiatives, AppDbContext Db, Guid PartnershipId)
{
    /// <summary>The funding lines of the visible initiatives.</summary>
    public IQueryable<FundingLine> FundingLines => Initiatives.SelectMany(i => i.FundingLines);

    /// <summary>The partnership's priorities, unnested in its order (a column of the partnership that no property maps).</summary>
    public IQueryable<string> Priorities =>
        Db.Partnerships.Where(p => p.Id == PartnershipId).SelectMany(p => EF.Property<List<string>>(p, "priorities"));

    /// <summary>The organisations among <paramref name="ids"/> (each once), by their short name where they have one.</summary>
    public IQueryable<ChoiceRow> Organisations(IQueryable<Guid> ids) =>
        ids.Distinct().Join(Db.Organisations, id => id, o => o.Id, (_, o) => new ChoiceRow { Id = o.Id, Name = o.ShortName ?? o.Name, Position = 0 });
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
