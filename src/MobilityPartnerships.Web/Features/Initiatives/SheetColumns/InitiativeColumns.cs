using System.Globalization;
using System.Text;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

/// <summary>
/// The header each column is written with (in English or French, as the exporting user reads), the other headers it is
/// recognised by in either language, and the order of an exported sheet. Headers are compared without case, accents,
/// punctuation or spacing.
/// </summary>
public static class InitiativeColumns
{
    // The columns of the texts an initiative keeps on its own row come from the catalogue of its fields, after these.
    private static readonly Dictionary<InitiativeColumn, (SheetWord Header, IReadOnlyList<string> Aliases)> Catalogue = new Dictionary<InitiativeColumn, (SheetWord Header, IReadOnlyList<string> Aliases)>
    {
        [InitiativeColumn.ReferenceCode] = (new("Reference code", "Code de référence"), ["Reference", "Ref", "Ref.", "Code", "Project number", "Contract number", "Decision number", "Référence", "Numéro de projet", "Numéro de contrat", "Numéro de décision"]),
        [InitiativeColumn.Title] = (new("Title", "Intitulé"), ["Project name", "Project", "Initiative", "Name", "Project title", "Action", "Intitulé du projet", "Titre", "Nom du projet", "Projet"]),
        [InitiativeColumn.Summary] = (new("Summary", "Résumé"), ["Description", "Objectives", "Objective", "Short description", "Activities", "Objectifs", "Objectif", "Description succincte", "Activités"]),
        [InitiativeColumn.Pillar] = (new("Pillar", "Pilier"), ["Area", "Priority area", "Domaine", "Domaine prioritaire"]),
        [InitiativeColumn.ThematicAreas] = (new("Thematic areas", "Domaines thématiques"), ["Thematic area", "Themes", "Theme", "Domaine thématique", "Thèmes", "Thème"]),
        [InitiativeColumn.Lead] = (new("Lead", "Chef de file"), ["Lead partner", "Lead country", "Leading Member State", "Lead Member State", "Proposed by", "Pays chef de file", "État membre chef de file", "Proposé par"]),
        [InitiativeColumn.Partners] = (new("Partners", "Partenaires"), ["Participating partners", "Participating Member States", "Participants", "Other partners", "Partenaires participants", "États membres participants", "Autres partenaires"]),
        [InitiativeColumn.ImplementingPartners] = (new("Implementing partners", "Partenaires de mise en œuvre"), ["Implementing partner", "Implementing organisation", "Implementing agency", "Implementer", "Partenaire de mise en œuvre", "Organisme de mise en œuvre", "Agence d'exécution"]),
        [InitiativeColumn.ResponsibleService] = (new("Responsible service", "Service responsable"), ["Responsible DG", "Responsible DG/Del", "Responsible DG / Delegation", "DG", "Service", "DG responsable", "DG/Délégation responsable", "DG / Délégation responsable"]),
        [InitiativeColumn.Period] = (new("Implementation period", "Période de mise en œuvre"), ["Period", "Timing", "Timeframe", "Time frame", "Duration and timing", "Période", "Calendrier", "Durée et calendrier"]),
        [InitiativeColumn.StartMonth] = (new("Start", "Début"), ["Start date", "Start month", "From", "Date de début", "Mois de début"]),
        [InitiativeColumn.EndMonth] = (new("End", "Fin"), ["End date", "End month", "Until", "To", "Date de fin", "Mois de fin"]),
        [InitiativeColumn.DurationMonths] = (new("Duration (months)", "Durée (mois)"), ["Duration", "Months", "Durée", "Mois"]),
        [InitiativeColumn.PeriodNote] = (new("Period note", "Note sur la période"), ["Note on timing", "Timing note", "Note sur le calendrier"]),
        [InitiativeColumn.AnnouncedStartMonth] = (new("Announced start", "Début annoncé"), ["Announced start month", "Start as announced", "Planned start", "Mois de début annoncé", "Début prévu"]),
        [InitiativeColumn.AnnouncedEndMonth] = (new("Announced end", "Fin annoncée"), ["Announced end month", "End as announced", "Planned end", "Mois de fin annoncé", "Fin prévue"]),
        [InitiativeColumn.Status] = (new("Status", "État d'avancement"), ["State", "Stage", "Implementation status", "Statut", "État", "Stade"]),
        [InitiativeColumn.Novelty] = (new("New or already planned", "Nouvelle ou déjà prévue"), ["Novelty", "New/planned", "New initiative", "Nouveauté", "Nouvelle initiative"]),
        [InitiativeColumn.Location] = (new("Location", "Lieu"), ["Place", "Country", "Region", "Where", "Pays", "Région", "Localisation"]),
        [InitiativeColumn.Shareable] = (new("Shareable beyond the partnership", "Diffusable au-delà du partenariat"), ["Shareable", "May be shared", "Public", "Diffusable", "Peut être diffusé"]),
        [InitiativeColumn.FundingSource] = (new("Funding source", "Source de financement"), ["Source of funding", "Funding type", "Type de financement"]),
        [InitiativeColumn.FundingProgramme] = (new("Funding programme", "Programme de financement"), ["Programme", "Funding", "Financial instrument", "Budget line", "Financement", "Instrument financier", "Ligne budgétaire"]),
        [InitiativeColumn.Contributor] = (new("Contributor", "Contributeur"), ["Funded by", "Donor", "Contributing organisation", "Financé par", "Bailleur de fonds", "Donateur"]),
        [InitiativeColumn.BudgetAndEuContribution] = (new("Budget/EC contribution", "Budget/contribution de l'UE"), ["Budget / EU contribution", "Budget and EU contribution", "Budget/EU contribution", "Budget/EC contribution (EUR)", "Budget/contribution CE", "Budget et contribution de l'UE", "Budget / contribution UE"]),
        [InitiativeColumn.TotalBudget] = (new("Total budget", "Budget total"), ["Budget", "Total cost", "Total budget (EUR)", "Amount", "Cost", "Coût total", "Montant", "Coût", "Budget total (EUR)"]),
        [InitiativeColumn.EuContribution] = (new("EU contribution", "Contribution de l'UE"), ["EC contribution", "EU grant", "EU funding", "EU contribution (EUR)", "EC grant", "Contribution UE", "Contribution CE", "Subvention de l'UE", "Financement de l'UE", "Contribution de l'UE (EUR)"]),
        [InitiativeColumn.Priority] = (new("Partner-country priority", "Priorité du pays partenaire"), ["Priority", "Partner country priority", "Country priority", "Priority served", "Priorité", "Priorité servie"]),
        [InitiativeColumn.Commitment] = (new("Commitment", "Engagement"), ["Commitment carried out", "Joint declaration commitment", "Commitment of the joint declaration", "Engagement mis en œuvre", "Engagement de la déclaration commune"]),
    }
        .Concat(InitiativeFields.StoredValues.Select(s => KeyValuePair.Create(s.Column, (s.Header, s.Aliases))))
        .ToDictionary();

    private static readonly Dictionary<string, InitiativeColumn> ByHeader = BuildLookup();

    /// <summary>The columns of an exported sheet, in order: every stored field once, none of the combined ones.</summary>
    public static IReadOnlyList<InitiativeColumn> Exported { get; } =
    [
        InitiativeColumn.ReferenceCode, InitiativeColumn.Title, InitiativeColumn.Pillar, InitiativeColumn.ThematicAreas,
        InitiativeColumn.Lead, InitiativeColumn.Partners, InitiativeColumn.ImplementingPartners, InitiativeColumn.ResponsibleService,
        InitiativeColumn.StartMonth, InitiativeColumn.EndMonth, InitiativeColumn.DurationMonths, InitiativeColumn.PeriodNote,
        InitiativeColumn.AnnouncedStartMonth, InitiativeColumn.AnnouncedEndMonth,
        InitiativeColumn.Status, InitiativeColumn.Novelty, InitiativeColumn.Location, InitiativeColumn.Shareable,
        InitiativeColumn.Priority, InitiativeColumn.Commitment,
        InitiativeColumn.FundingSource, InitiativeColumn.FundingProgramme, InitiativeColumn.Contributor,
        InitiativeColumn.TotalBudget, InitiativeColumn.EuContribution, InitiativeColumn.Summary,
        .. InitiativeFields.StoredValues.Select(s => s.Column),
    ];

    /// <summary>The header an export writes the column under, in the language of the user who asks for it.</summary>
    public static string HeaderOf(InitiativeColumn column) => Catalogue[column].Header.Current;

    /// <summary>The column's header in both languages.</summary>
    public static SheetWord WordOf(InitiativeColumn column) => Catalogue[column].Header;

    /// <summary>The column a header names, or null when it names none of them.</summary>
    public static InitiativeColumn? Recognise(string? header) =>
        header is not null && ByHeader.TryGetValue(Normalise(header), out var column) ? column : null;

    /// <summary>Lower case, accents removed, only letters and digits: "Budget/EC contribution" and "budget ec contribution" compare equal.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static Dictionary<string, InitiativeColumn> BuildLookup()
    {
        var lookup = new Dictionary<string, InitiativeColumn>();
        foreach (var (column, (header, aliases)) in Catalogue)
        {
            foreach (var name in header.Both.Concat(aliases))
            {
                if (!lookup.TryAdd(Normalise(name), column) && lookup[Normalise(name)] != column)
                {
                    throw new InvalidOperationException($"The header '{name}' names two columns.");
                }
            }
        }

        return lookup;
    }
}
