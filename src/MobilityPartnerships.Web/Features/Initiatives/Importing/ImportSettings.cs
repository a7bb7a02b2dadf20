using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>The user's choices for one import that hold for every row.</summary>
public sealed record ImportSettings
{
    public BlankCellRule BlankCells { get; init; } = BlankCellRule.KeepStored;

    /// <summary>The pillar of new initiatives whose row gives none; null means such a row is refused.</summary>
    public Pillar? DefaultPillar { get; init; }

    /// <summary>The status of new initiatives whose row gives none.</summary>
    public InitiativeStatus DefaultStatus { get; init; } = InitiativeStatus.Proposed;
}
