using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Features.Initiatives.Editing;

namespace MobilityPartnerships.Web.Features.Spreadsheets.Import;

/// <summary>
/// What an import is checked against: the partnership, its stored initiatives (archived ones included, so a
/// re-import finds them), the organisations and thematic areas, and who is importing.
/// </summary>
internal sealed record ImportWorld(
    Partnership Partnership,
    IReadOnlyList<Initiative> Stored,
    IReadOnlyList<KnownOrganisation> Organisations,
    IReadOnlyList<AreaChoice> ThematicAreas,
    Actor? Actor,
    IReadOnlySet<Guid> EditableInitiatives)
{
    public EditingChoices Choices(IEnumerable<KnownOrganisation> extra) => new(
        [.. Organisations.Where(o => Partnership.TakesPart(o.Id)).Select(o => new Choice(o.Id, o.DisplayName))],
        [.. Organisations.Concat(extra).Select(o => new Choice(o.Id, o.DisplayName))],
        ThematicAreas,
        [],
        Partnership.Priorities);
}

/// <summary>An organisation a name in a sheet may stand for.</summary>
internal sealed record KnownOrganisation(Guid Id, string Name, string? ShortName, OrganisationKind Kind)
{
    public string DisplayName => ShortName ?? Name;
}
