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
    private static readonly Vocabulary<Pillar> Pillars = new("Import_Value_Choice_Pillar", SheetLabels.Word, new()
    {
        [Pillar.LegalMigration] = ["mobility", "labour migration", "labor migration", "legal migration and mobility", "legal immigration", "mobilité", "migration légale et mobilité", "immigration légale", "migration de travail"],
        [Pillar.MigrationAndDevelopment] = ["development", "migration & development", "migration development", "développement", "migration et développement"],
        [Pillar.IllegalMigration] = ["irregular migration", "illegal immigration", "irregular immigration", "fight against illegal migration", "readmission", "border management", "borders", "migration irrégulière", "immigration irrégulière", "immigration clandestine", "lutte contre l'immigration illégale", "gestion des frontières", "frontières"],
        [Pillar.InternationalProtectionAndAsylum] = ["asylum", "international protection", "asylum and international protection", "protection", "asile", "protection internationale", "asile et protection internationale"],
    });

    private static readonly Vocabulary<InitiativeStatus> Statuses = new("Import_Value_Choice_Status", SheetLabels.Word, new()
    {
        [InitiativeStatus.Proposed] = ["idea", "proposal", "suggested", "under discussion", "proposé", "proposition", "idée", "en discussion"],
        [InitiativeStatus.Planned] = ["pipeline", "in the pipeline", "foreseen", "scheduled", "envisaged", "prévu", "programmé", "programmée", "envisagé", "envisagée", "en préparation"],
        [InitiativeStatus.Ongoing] = ["in progress", "running", "under implementation", "being implemented", "started", "active", "en cours de mise en œuvre", "en cours d'exécution", "commencé", "actif"],
        [InitiativeStatus.Completed] = ["finished", "closed", "done", "ended", "complete", "implemented", "achevé", "terminé", "terminée", "clos", "clôturé", "clôturée", "mis en œuvre"],
        [InitiativeStatus.Cancelled] = ["canceled", "withdrawn", "abandoned", "dropped", "annulé", "abandonné", "abandonnée", "retiré", "retirée"],
    });

    private static readonly Vocabulary<Novelty> Novelties = new("Import_Value_Choice_Novelty", SheetLabels.Word, new()
    {
        [Novelty.NotStated] = ["unknown", "not known", "inconnu", "non connu"],
        [Novelty.New] = ["new initiative", "new project", "newly proposed", "nouveau", "nouveau projet", "nouvelle initiative"],
        [Novelty.AlreadyPlanned] = ["existing", "planned before the partnership", "already existing", "previously planned", "planned", "existant", "existante", "déjà existant", "déjà existante", "prévue auparavant"],
    });

    private static readonly Vocabulary<FundingSourceKind> FundingSources = new("Import_Value_Choice_FundingSource", SheetLabels.Word, new()
    {
        [FundingSourceKind.EuProgramme] = ["EU program", "EU funds", "EU funding", "EU", "EC", "EU budget", "community funds", "fonds de l'UE", "financement de l'UE", "budget de l'UE", "UE", "CE", "fonds communautaires"],
        [FundingSourceKind.OwnFunds] = ["own resources", "own budget", "national funds", "national budget", "own", "ressources propres", "budget propre", "fonds nationaux", "budget national"],
    });

    private static readonly Vocabulary<bool> YesNo = new("Import_Value_Choice_YesNo", SheetLabels.Word, new()
    {
        [true] = ["y", "true", "x", "1", "ja", "si", "sì", "yes"],
        [false] = ["n", "false", "0", "nein", "no"],
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
