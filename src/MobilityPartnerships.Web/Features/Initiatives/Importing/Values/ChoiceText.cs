using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// Reads the product's fixed choices from a cell: the words the export writes (<see cref="SheetLabels"/>),
/// the choices' names in the code ("LegalMigration") and the usual ways officials write them ("on-going",
/// "irregular migration", "oui"). Case, accents, spacing and punctuation do not count.
/// </summary>
public static class ChoiceText
{
    private static readonly Vocabulary<Pillar> Pillars = new("pillar", SheetLabels.Of, new()
    {
        [Pillar.LegalMigration] = ["mobility", "labour migration", "labor migration", "legal migration and mobility", "legal immigration"],
        [Pillar.MigrationAndDevelopment] = ["development", "migration & development", "migration development"],
        [Pillar.IllegalMigration] = ["irregular migration", "illegal immigration", "irregular immigration", "fight against illegal migration", "readmission", "border management", "borders"],
        [Pillar.InternationalProtectionAndAsylum] = ["asylum", "international protection", "asylum and international protection", "protection"],
    });

    private static readonly Vocabulary<InitiativeStatus> Statuses = new("status", SheetLabels.Of, new()
    {
        [InitiativeStatus.Proposed] = ["idea", "proposal", "suggested", "under discussion"],
        [InitiativeStatus.Planned] = ["pipeline", "in the pipeline", "foreseen", "scheduled", "envisaged"],
        [InitiativeStatus.Ongoing] = ["in progress", "running", "under implementation", "being implemented", "started", "active"],
        [InitiativeStatus.Completed] = ["finished", "closed", "done", "ended", "complete", "implemented"],
        [InitiativeStatus.Cancelled] = ["canceled", "withdrawn", "abandoned", "dropped"],
    });

    private static readonly Vocabulary<Novelty> Novelties = new("novelty", SheetLabels.Of, new()
    {
        [Novelty.NotStated] = ["unknown", "not known"],
        [Novelty.New] = ["new initiative", "new project", "newly proposed"],
        [Novelty.AlreadyPlanned] = ["existing", "planned before the partnership", "already existing", "previously planned", "planned"],
    });

    private static readonly Vocabulary<FundingSourceKind> FundingSources = new("funding source", SheetLabels.Of, new()
    {
        [FundingSourceKind.EuProgramme] = ["EU program", "EU funds", "EU funding", "EU", "EC", "EU budget", "community funds"],
        [FundingSourceKind.OwnFunds] = ["own resources", "own budget", "national funds", "national budget", "own"],
    });

    private static readonly Vocabulary<bool> YesNo = new("yes or no", SheetLabels.Of, new()
    {
        [true] = ["y", "true", "x", "1", "oui", "ja", "si", "sì", "yes"],
        [false] = ["n", "false", "0", "non", "nein", "no"],
    });

    /// <summary>"Legal migration", "mobility", "irregular migration", "asylum", …</summary>
    public static ChoiceReading<Pillar> ReadPillar(string? text) => Pillars.Read(text);

    /// <summary>"Ongoing", "on-going", "in progress", "finished", "pipeline", "withdrawn", "idea", …</summary>
    public static ChoiceReading<InitiativeStatus> ReadStatus(string? text) => Statuses.Read(text);

    /// <summary>"New", "new initiative", "Already planned", "existing", "Not stated", …</summary>
    public static ChoiceReading<Novelty> ReadNovelty(string? text) => Novelties.Read(text);

    /// <summary>"EU programme", "EU funding", "Own funds", "national budget", …</summary>
    public static ChoiceReading<FundingSourceKind> ReadFundingSource(string? text) => FundingSources.Read(text);

    /// <summary>"Yes"/"No", "y"/"n", "true"/"false", "x", "1"/"0", "oui"/"non", "ja"/"nein", "si"/"no".</summary>
    public static ChoiceReading<bool> ReadYesOrNo(string? text) => YesNo.Read(text);
}
