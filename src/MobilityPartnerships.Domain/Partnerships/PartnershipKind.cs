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
}
