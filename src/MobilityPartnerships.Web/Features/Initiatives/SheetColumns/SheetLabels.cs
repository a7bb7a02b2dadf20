using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

/// <summary>
/// The words a sheet uses for the product's fixed choices. They are part of the file format: an export writes them in
/// the language of the user who asks for it (<see cref="SheetWord"/>), and the import reads either language, so an
/// exported sheet imports back on any installation and for any user.
/// </summary>
public static class SheetLabels
{
    public static readonly SheetWord YesWord = new("Yes", "Oui");
    public static readonly SheetWord NoWord = new("No", "Non");
    public static readonly SheetWord ToBeDeterminedWord = new("To be determined", "À déterminer");

    public static string Yes => YesWord.Current;

    public static string No => NoWord.Current;

    public static string ToBeDetermined => ToBeDeterminedWord.Current;

    /// <summary>Separates several organisations or thematic areas within one cell.</summary>
    public const string ListSeparator = "; ";

    public static string Of(Pillar pillar) => Word(pillar).Current;

    public static string Of(InitiativeStatus status) => Word(status).Current;

    public static string Of(Novelty novelty) => Word(novelty).Current;

    public static string Of(FundingSourceKind source) => Word(source).Current;

    public static string Of(bool value) => value ? Yes : No;

    public static SheetWord Word(Pillar pillar) => pillar switch
    {
        Pillar.LegalMigration => new("Legal migration", "Migration légale"),
        Pillar.MigrationAndDevelopment => new("Migration and development", "Migration et développement"),
        Pillar.IllegalMigration => new("Illegal migration", "Immigration illégale"),
        Pillar.InternationalProtectionAndAsylum => new("International protection and asylum", "Protection internationale et asile"),
        _ => throw new ArgumentOutOfRangeException(nameof(pillar), pillar, null),
    };

    public static SheetWord Word(InitiativeStatus status) => status switch
    {
        InitiativeStatus.Proposed => new("Proposed", "Proposée"),
        InitiativeStatus.Planned => new("Planned", "Prévue"),
        InitiativeStatus.Ongoing => new("Ongoing", "En cours"),
        InitiativeStatus.Completed => new("Completed", "Achevée"),
        InitiativeStatus.Cancelled => new("Cancelled", "Annulée"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static SheetWord Word(Novelty novelty) => novelty switch
    {
        Novelty.NotStated => new("Not stated", "Non précisé"),
        Novelty.New => new("New", "Nouvelle"),
        Novelty.AlreadyPlanned => new("Already planned", "Déjà prévue"),
        _ => throw new ArgumentOutOfRangeException(nameof(novelty), novelty, null),
    };

    public static SheetWord Word(FundingSourceKind source) => source switch
    {
        FundingSourceKind.EuProgramme => new("EU programme", "Programme de l'UE"),
        FundingSourceKind.OwnFunds => new("Own funds", "Fonds propres"),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static SheetWord Word(bool value) => value ? YesWord : NoWord;

    /// <summary>A partner's role where a cell names it beside the organisation: "IOM (participating partner)".</summary>
    public static SheetWord Word(PartnerRole role) => role switch
    {
        PartnerRole.Participating => new("participating partner", "partenaire participant"),
        PartnerRole.Implementing => new("implementing partner", "partenaire de mise en œuvre"),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
