using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

/// <summary>
/// The words a sheet uses for the product's fixed choices. They are part of the file format, not of the
/// interface's language: an exported sheet imports back on any installation, so they do not follow the
/// user's culture.
/// </summary>
public static class SheetLabels
{
    public const string Yes = "Yes";
    public const string No = "No";
    public const string ToBeDetermined = "To be determined";

    /// <summary>Separates several organisations or thematic areas within one cell.</summary>
    public const string ListSeparator = "; ";

    public static string Of(Pillar pillar) => pillar switch
    {
        Pillar.LegalMigration => "Legal migration",
        Pillar.MigrationAndDevelopment => "Migration and development",
        Pillar.IllegalMigration => "Illegal migration",
        Pillar.InternationalProtectionAndAsylum => "International protection and asylum",
        _ => throw new ArgumentOutOfRangeException(nameof(pillar), pillar, null),
    };

    public static string Of(InitiativeStatus status) => status switch
    {
        InitiativeStatus.Proposed => "Proposed",
        InitiativeStatus.Planned => "Planned",
        InitiativeStatus.Ongoing => "Ongoing",
        InitiativeStatus.Completed => "Completed",
        InitiativeStatus.Cancelled => "Cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Of(Novelty novelty) => novelty switch
    {
        Novelty.NotStated => "Not stated",
        Novelty.New => "New",
        Novelty.AlreadyPlanned => "Already planned",
        _ => throw new ArgumentOutOfRangeException(nameof(novelty), novelty, null),
    };

    public static string Of(FundingSourceKind source) => source switch
    {
        FundingSourceKind.EuProgramme => "EU programme",
        FundingSourceKind.OwnFunds => "Own funds",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static string Of(bool value) => value ? Yes : No;
}
