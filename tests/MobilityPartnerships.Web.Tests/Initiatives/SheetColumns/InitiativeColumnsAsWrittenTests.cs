using System.Reflection;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Hosting.Languages;
using static MobilityPartnerships.Web.Features.Initiatives.SheetColumns.InitiativeColumn;

namespace MobilityPartnerships.Web.Tests.Initiatives.SheetColumns;

/// <summary>
/// The sheet format as people's sheets and programs rely on it: every column's header in English and French and the other
/// headers it is recognised by, the columns of an export in their order, and the column each draft property's message is
/// reported at. Written out here once so that moving where these are declared cannot change them.
/// </summary>
public sealed class InitiativeColumnsAsWrittenTests
{
    private static readonly (InitiativeColumn Column, string English, string French, string[] Aliases)[] Headers =
    [
        (ReferenceCode, "Reference code", "Code de référence", ["Reference", "Ref", "Ref.", "Code", "Project number", "Contract number", "Decision number", "Référence", "Numéro de projet", "Numéro de contrat", "Numéro de décision"]),
        (Title, "Title", "Intitulé", ["Project name", "Project", "Initiative", "Name", "Project title", "Action", "Intitulé du projet", "Titre", "Nom du projet", "Projet"]),
        (Summary, "Summary", "Résumé", ["Description", "Objectives", "Objective", "Short description", "Activities", "Objectifs", "Objectif", "Description succincte", "Activités"]),
        (Pillar, "Pillar", "Pilier", ["Area", "Priority area", "Domaine", "Domaine prioritaire"]),
        (ThematicAreas, "Thematic areas", "Domaines thématiques", ["Thematic area", "Themes", "Theme", "Domaine thématique", "Thèmes", "Thème"]),
        (Lead, "Lead", "Chef de file", ["Lead partner", "Lead country", "Leading Member State", "Lead Member State", "Proposed by", "Pays chef de file", "État membre chef de file", "Proposé par"]),
        (Partners, "Partners", "Partenaires", ["Participating partners", "Participating Member States", "Participants", "Other partners", "Partenaires participants", "États membres participants", "Autres partenaires"]),
        (ImplementingPartners, "Implementing partners", "Partenaires de mise en œuvre", ["Implementing partner", "Implementing organisation", "Implementing agency", "Implementer", "Partenaire de mise en œuvre", "Organisme de mise en œuvre", "Agence d'exécution"]),
        (ResponsibleService, "Responsible service", "Service responsable", ["Responsible DG", "Responsible DG/Del", "Responsible DG / Delegation", "DG", "Service", "DG responsable", "DG/Délégation responsable", "DG / Délégation responsable"]),
        (Period, "Implementation period", "Période de mise en œuvre", ["Period", "Timing", "Timeframe", "Time frame", "Duration and timing", "Période", "Calendrier", "Durée et calendrier"]),
        (StartMonth, "Start", "Début", ["Start date", "Start month", "From", "Date de début", "Mois de début"]),
        (EndMonth, "End", "Fin", ["End date", "End month", "Until", "To", "Date de fin", "Mois de fin"]),
        (DurationMonths, "Duration (months)", "Durée (mois)", ["Duration", "Months", "Durée", "Mois"]),
        (PeriodNote, "Period note", "Note sur la période", ["Note on timing", "Timing note", "Note sur le calendrier"]),
        (AnnouncedStartMonth, "Announced start", "Début annoncé", ["Announced start month", "Start as announced", "Planned start", "Mois de début annoncé", "Début prévu"]),
        (AnnouncedEndMonth, "Announced end", "Fin annoncée", ["Announced end month", "End as announced", "Planned end", "Mois de fin annoncé", "Fin prévue"]),
        (Status, "Status", "État d'avancement", ["State", "Stage", "Implementation status", "Statut", "État", "Stade"]),
        (Novelty, "New or already planned", "Nouvelle ou déjà prévue", ["Novelty", "New/planned", "New initiative", "Nouveauté", "Nouvelle initiative"]),
        (Location, "Location", "Lieu", ["Place", "Country", "Region", "Where", "Pays", "Région", "Localisation"]),
        (Shareable, "Shareable beyond the partnership", "Diffusable au-delà du partenariat", ["Shareable", "May be shared", "Public", "Diffusable", "Peut être diffusé"]),
        (FundingSource, "Funding source", "Source de financement", ["Source of funding", "Funding type", "Type de financement"]),
        (FundingProgramme, "Funding programme", "Programme de financement", ["Programme", "Funding", "Financial instrument", "Budget line", "Financement", "Instrument financier", "Ligne budgétaire"]),
        (Contributor, "Contributor", "Contributeur", ["Funded by", "Donor", "Contributing organisation", "Financé par", "Bailleur de fonds", "Donateur"]),
        (BudgetAndEuContribution, "Budget/EC contribution", "Budget/contribution de l'UE", ["Budget / EU contribution", "Budget and EU contribution", "Budget/EU contribution", "Budget/EC contribution (EUR)", "Budget/contribution CE", "Budget et contribution de l'UE", "Budget / contribution UE"]),
        (TotalBudget, "Total budget", "Budget total", ["Budget", "Total cost", "Total budget (EUR)", "Amount", "Cost", "Coût total", "Montant", "Coût", "Budget total (EUR)"]),
        (EuContribution, "EU contribution", "Contribution de l'UE", ["EC contribution", "EU grant", "EU funding", "EU contribution (EUR)", "EC grant", "Contribution UE", "Contribution CE", "Subvention de l'UE", "Financement de l'UE", "Contribution de l'UE (EUR)"]),
        (Priority, "Partner-country priority", "Priorité du pays partenaire", ["Priority", "Partner country priority", "Country priority", "Priority served", "Priorité", "Priorité servie"]),
        (Commitment, "Commitment", "Engagement", ["Commitment carried out", "Joint declaration commitment", "Commitment of the joint declaration", "Engagement mis en œuvre", "Engagement de la déclaration commune"]),
        (SecondLanguageTitle, "Title in the other language", "Intitulé dans l'autre langue", ["Second-language title", "Title in French", "Title in English", "French title", "English title", "Intitulé en français", "Intitulé en anglais", "Titre en français", "Titre en anglais"]),
        (ExpectedResults, "Expected results", "Résultats attendus", ["Expected result", "Results", "Expected outputs", "Résultat attendu", "Résultats"]),
        (Source, "Source", "Source", ["Document", "Reference document", "Document de référence"]),
        (PartOfTeamEurope, "Team Europe Initiative", "Initiative Équipe Europe", ["Part of a Team Europe Initiative", "Team Europe", "TEI", "Équipe Europe", "Initiative Team Europe"]),
    ];

    [Fact]
    public void Every_column_has_its_header_in_english_and_french()
    {
        Assert.Equal(Enum.GetValues<InitiativeColumn>().Order(), Headers.Select(h => h.Column).Order());
        Assert.All(Headers, h => Assert.Equal((h.English, h.French), (InitiativeColumns.WordOf(h.Column).English, InitiativeColumns.WordOf(h.Column).French)));
    }

    [Fact]
    public void Each_header_and_alias_names_its_column_and_no_other_name_is_recognised()
    {
        var expected = Headers
            .SelectMany(h => new[] { h.English, h.French }.Concat(h.Aliases).Select(name => (Name: InitiativeColumns.Normalise(name), h.Column)))
            .Distinct()
            .OrderBy(x => x.Name, StringComparer.Ordinal)
            .ToList();
        Assert.All(Headers, h => Assert.All(new[] { h.English, h.French }.Concat(h.Aliases), name => Assert.Equal(h.Column, InitiativeColumns.Recognise(name))));

        // The lookup itself, every name in it: a name added or lost fails here.
        var lookup = (Dictionary<string, InitiativeColumn>)typeof(InitiativeColumns).GetField("ByHeader", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(expected, lookup.Select(x => (Name: x.Key, Column: x.Value)).OrderBy(x => x.Name, StringComparer.Ordinal));
        Assert.Null(InitiativeColumns.Recognise("Remarks"));
    }

    [Fact]
    public void An_export_writes_these_columns_in_this_order_under_these_headers()
    {
        Assert.Equal(
            [
                ReferenceCode, Title, Pillar, ThematicAreas, Lead, Partners, ImplementingPartners, ResponsibleService,
                StartMonth, EndMonth, DurationMonths, PeriodNote, AnnouncedStartMonth, AnnouncedEndMonth,
                Status, Novelty, Location, Shareable, Priority, Commitment,
                FundingSource, FundingProgramme, Contributor, TotalBudget, EuContribution, Summary,
                SecondLanguageTitle, ExpectedResults, Source, PartOfTeamEurope,
            ],
            InitiativeColumns.Exported);
        Assert.Equal(
            [
                "Reference code", "Title", "Pillar", "Thematic areas", "Lead", "Partners", "Implementing partners", "Responsible service",
                "Start", "End", "Duration (months)", "Period note", "Announced start", "Announced end",
                "Status", "New or already planned", "Location", "Shareable beyond the partnership", "Partner-country priority", "Commitment",
                "Funding source", "Funding programme", "Contributor", "Total budget", "EU contribution", "Summary",
                "Title in the other language", "Expected results", "Source", "Team Europe Initiative",
            ],
            Language.In("en-GB", () => InitiativeColumns.Exported.Select(InitiativeColumns.HeaderOf).ToList()));
        Assert.Equal(
            [
                "Code de référence", "Intitulé", "Pilier", "Domaines thématiques", "Chef de file", "Partenaires", "Partenaires de mise en œuvre", "Service responsable",
                "Début", "Fin", "Durée (mois)", "Note sur la période", "Début annoncé", "Fin annoncée",
                "État d'avancement", "Nouvelle ou déjà prévue", "Lieu", "Diffusable au-delà du partenariat", "Priorité du pays partenaire", "Engagement",
                "Source de financement", "Programme de financement", "Contributeur", "Budget total", "Contribution de l'UE", "Résumé",
                "Intitulé dans l'autre langue", "Résultats attendus", "Source", "Initiative Équipe Europe",
            ],
            Language.In("fr-FR", () => InitiativeColumns.Exported.Select(InitiativeColumns.HeaderOf).ToList()));
    }

    /// <summary>
    /// The column a message about a draft property is reported at, in a sheet with the exported columns, in a sheet that
    /// writes the period and the budget with the EU's contribution each in one cell, and in a sheet with no known column.
    /// </summary>
    [Theory]
    [InlineData("ReferenceCode", ReferenceCode, ReferenceCode, ReferenceCode)]
    [InlineData("Title", Title, Title, Title)]
    [InlineData("SecondLanguageTitle", SecondLanguageTitle, SecondLanguageTitle, SecondLanguageTitle)]
    [InlineData("Summary", Summary, Summary, Summary)]
    [InlineData("ExpectedResults", ExpectedResults, ExpectedResults, ExpectedResults)]
    [InlineData("Pillar", Pillar, Pillar, Pillar)]
    [InlineData("ThematicAreaIds", ThematicAreas, ThematicAreas, ThematicAreas)]
    [InlineData("LeadOrganisationId", Lead, Lead, Lead)]
    [InlineData("ResponsibleServiceId", ResponsibleService, ResponsibleService, ResponsibleService)]
    [InlineData("StartMonth", StartMonth, Period, StartMonth)]
    [InlineData("EndMonth", EndMonth, Period, EndMonth)]
    [InlineData("DurationMonths", DurationMonths, Period, DurationMonths)]
    [InlineData("PeriodNote", PeriodNote, Period, PeriodNote)]
    [InlineData("AnnouncedStartMonth", AnnouncedStartMonth, AnnouncedStartMonth, AnnouncedStartMonth)]
    [InlineData("AnnouncedEndMonth", AnnouncedEndMonth, AnnouncedEndMonth, AnnouncedEndMonth)]
    [InlineData("Status", Status, Status, Status)]
    [InlineData("Novelty", Novelty, Novelty, Novelty)]
    [InlineData("Location", Location, Location, Location)]
    [InlineData("IsShareable", Shareable, Shareable, Shareable)]
    [InlineData("Source", Source, Source, Source)]
    [InlineData("PartOfTeamEurope", PartOfTeamEurope, PartOfTeamEurope, PartOfTeamEurope)]
    [InlineData("CommitmentId", Commitment, Commitment, Commitment)]
    [InlineData("Priority", Priority, Priority, Priority)]
    [InlineData("Partners", Partners, Partners, Partners)]
    [InlineData("Partners[0].OrganisationId", Partners, Partners, Partners)]
    [InlineData("Partners[3].Role", Partners, Partners, Partners)]
    [InlineData("FundingLines", FundingProgramme, FundingProgramme, FundingProgramme)]
    [InlineData("FundingLines[0]", FundingProgramme, FundingProgramme, FundingProgramme)]
    [InlineData("FundingLines[0].Id", FundingProgramme, FundingProgramme, FundingProgramme)]
    [InlineData("FundingLines[0].Programme", FundingProgramme, FundingProgramme, FundingProgramme)]
    [InlineData("FundingLines[1].SourceKind", FundingSource, FundingSource, FundingSource)]
    [InlineData("FundingLines[0].ContributorId", Contributor, Contributor, Contributor)]
    [InlineData("FundingLines[0].TotalBudget", TotalBudget, BudgetAndEuContribution, TotalBudget)]
    [InlineData("FundingLines[2].EuContribution", EuContribution, BudgetAndEuContribution, EuContribution)]
    [InlineData("ContactPoints", Title, Title, Title)]
    [InlineData("ContactPoints[0].Email", Title, Title, Title)]
    [InlineData("Indicators", Title, Title, Title)]
    [InlineData("Indicators[1].Name", Title, Title, Title)]
    [InlineData("", Title, Title, Title)]
    public void A_message_about_a_draft_property_is_reported_at_its_column(string property, InitiativeColumn exported, InitiativeColumn combined, InitiativeColumn none)
    {
        Assert.Equal(exported, ImportPlanner.ColumnOf(Mapping(InitiativeColumns.Exported), property));
        Assert.Equal(combined, ImportPlanner.ColumnOf(Mapping(InitiativeColumns.Exported.Except([StartMonth, EndMonth, DurationMonths, PeriodNote, TotalBudget, EuContribution]).Concat([Period, BudgetAndEuContribution])), property));
        Assert.Equal(none, ImportPlanner.ColumnOf(Mapping([]), property));
    }

    private static ColumnMapping Mapping(IEnumerable<InitiativeColumn> columns)
    {
        var list = columns.ToList();
        return new ColumnMapping(1, [.. list.Select(InitiativeColumns.HeaderOf)], list.Select((c, i) => (c, i)).ToDictionary(x => x.i, x => x.c));
    }
}
