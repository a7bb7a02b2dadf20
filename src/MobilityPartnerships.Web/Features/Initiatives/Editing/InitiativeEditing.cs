using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>An initiative loaded for editing: the draft, the version it was read at, and the choices the form offers.</summary>
public sealed record InitiativeEditing(
    Guid? InitiativeId,
    Guid PartnershipId,
    string PartnershipName,
    InitiativeDraft Draft,
    uint Version,
    EditingChoices Choices);

public sealed record EditingChoices(
    IReadOnlyList<Choice> Participants,
    IReadOnlyList<Choice> Organisations,
    IReadOnlyList<AreaChoice> ThematicAreas,
    IReadOnlyList<Choice> Commitments,
    IReadOnlyList<string> Priorities)
{
    /// <summary>The organisations the form offers as the responsible service: the Commission's services alone.</summary>
    public IReadOnlyList<Choice> Services { get; init; } = [];

    /// <summary>
    /// The thematic areas the form offers for the pillar: the pillar's own, and those chosen of another pillar (left from
    /// the pillar before), so that they show, marked with their pillar, and can be removed: the domain refuses them.
    /// </summary>
    public IReadOnlyList<AreaChoice> AreasFor(Pillar pillar, IEnumerable<Guid> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var kept = chosen.ToHashSet();
        return [.. ThematicAreas.Where(a => a.Pillar == pillar || kept.Contains(a.Id))];
    }

    public string NameOf(Guid? id) =>
        id is { } value ? Organisations.FirstOrDefault(o => o.Id == value)?.Name ?? ThematicAreas.FirstOrDefault(a => a.Id == value)?.Name ?? Commitments.FirstOrDefault(c => c.Id == value)?.Name ?? string.Empty : string.Empty;
}
