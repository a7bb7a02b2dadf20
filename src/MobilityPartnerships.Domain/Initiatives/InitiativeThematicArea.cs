namespace MobilityPartnerships.Domain.Initiatives;

/// <summary>The link between an initiative and one of its thematic areas.</summary>
public sealed class InitiativeThematicArea
{
    public InitiativeThematicArea(Guid thematicAreaId) => ThematicAreaId = thematicAreaId;

    public Guid ThematicAreaId { get; private set; }
}
