namespace MobilityPartnerships.Domain.Partnerships;

public enum PartnershipKind
{
    MobilityPartnership,
    CommonAgendaOnMigrationAndMobility,
    TalentPartnership,
    BilateralMigrationPartnership,
    TeamEuropeInitiative,
    ActionPlan,
    ThematicProgrammePortfolio,

    /// <summary>A regional dialogue or platform on migration among several countries, such as the Building Migration Partnerships process.</summary>
    RegionalProcess,
}
