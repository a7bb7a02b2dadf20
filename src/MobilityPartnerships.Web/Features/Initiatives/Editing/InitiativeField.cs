namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>The parts of an initiative a user edits, compared and merged one by one. Collections count as one field each.</summary>
public enum InitiativeField
{
    ReferenceCode,
    Title,
    SecondLanguageTitle,
    Summary,
    ExpectedResults,
    Pillar,
    ThematicAreas,
    Lead,
    ResponsibleService,
    Period,
    AnnouncedPeriod,
    Status,
    Novelty,
    Location,
    IsShareable,
    Source,
    Commitment,
    Priority,
    PartOfTeamEurope,
    Partners,
    FundingLines,
    ContactPoints,
    Indicators,
}
