namespace MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

/// <summary>
/// What a column of an initiatives sheet holds. The export writes the stored fields one per column, so an
/// exported sheet imports back as it was; the import also reads the combined columns people write by hand
/// (a whole period in one cell, a budget with its EU contribution).
/// </summary>
public enum InitiativeColumn
{
    ReferenceCode,
    Title,
    Summary,
    Pillar,
    ThematicAreas,
    Lead,
    Partners,
    ImplementingPartners,
    ResponsibleService,

    /// <summary>A whole period in one cell ("December 2004 – June 2006", "end of 2010, 24 months"); import only.</summary>
    Period,
    StartMonth,
    EndMonth,
    DurationMonths,
    PeriodNote,
    AnnouncedStartMonth,
    AnnouncedEndMonth,
    Status,
    Novelty,
    Location,
    Shareable,
    FundingSource,
    FundingProgramme,
    Contributor,

    /// <summary>A total budget and the EU's part in one cell ("€ 1.495.000 / € 1.196.000"); import only.</summary>
    BudgetAndEuContribution,
    TotalBudget,
    EuContribution,
    Source,

    /// <summary>The partner country's priority it serves, as the partnership words it.</summary>
    Priority,

    /// <summary>The commitment of the joint declaration it carries out, by its text.</summary>
    Commitment,

    /// <summary>The results it is expected to bring about.</summary>
    ExpectedResults,

    /// <summary>The title in the other language, where it has one in both.</summary>
    SecondLanguageTitle,

    /// <summary>Whether it is part of a Team Europe Initiative: yes, no, or blank when not stated.</summary>
    PartOfTeamEurope,
}
