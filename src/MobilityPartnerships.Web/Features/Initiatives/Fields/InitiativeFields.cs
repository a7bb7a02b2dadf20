using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Api.Contracts;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Indicators;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>
/// Every field of an initiative, once, in the order the edit form compares them (the order of <see cref="InitiativeField"/>).
/// The edit form's comparison, merge and words, and the history timeline's labels, are driven from here; guard tests
/// fail when a domain property, a draft property or a field value is in no entry.
/// </summary>
public static class InitiativeFields
{
    private const string InitiativeRecord = nameof(Initiative);
    private const string PeriodRecord = nameof(ImplementationPeriod);

    public static IReadOnlyList<InitiativeFieldEntry> All { get; } =
    [
        new()
        {
            Field = InitiativeField.ReferenceCode,
            Members = [Member<Initiative>(nameof(Initiative.ReferenceCode))],
            Draft = Text(nameof(InitiativeDraft.ReferenceCode), d => d.ReferenceCode, (d, v) => d.ReferenceCode = v, i => i.ReferenceCode),
            Words = (w, d) => w.Or(d.ReferenceCode),
            Details = [new(1, "Scoreboard_ReferenceCode", (t, d) => d.ReferenceCode ?? t["Common_NoneRecorded"])],
            Columns = [Written(InitiativeColumn.ReferenceCode, 1, new("Reference code", "Code de référence"), ["Reference", "Ref", "Ref.", "Code", "Project number", "Contract number", "Decision number", "Référence", "Numéro de projet", "Numéro de contrat", "Numéro de décision"], i => SheetValue.OfText(i.ReferenceCode), nameof(InitiativeDraft.ReferenceCode))],
            ReadTogether = new("A title may end with its reference code, which the import then takes from there.", (row, d) => row.ReadReferenceCode(d)),
            Compared = [new(ComparedField.ReferenceCode, "Published_Field_ReferenceCode", p => p.ReferenceCode)],
            GridColumns = [new(ScoreboardColumn.ReferenceCode, 1, "Scoreboard_ReferenceCode", ScoreboardSort.ReferenceCode, (t, r) => r.ReferenceCode, [InitiativeColumn.ReferenceCode])],
            Api = [ApiMember.OrNone("ReferenceCode", "The scoreboard's reference code, when it has one.", (InitiativeDetails d) => d.ReferenceCode)],
            ApiInRow = [ApiMember.OrNone("ReferenceCode", "The scoreboard's reference code, when it has one.", (ScoreboardRow r) => r.ReferenceCode)],
            ApiInVersion = [ApiMember.OrNone("ReferenceCode", "Its reference code, if any.", (PublishedInitiative p) => p.ReferenceCode)],
            History = [new(InitiativeRecord, nameof(Initiative.ReferenceCode))],
        },
        new()
        {
            Field = InitiativeField.Title,
            Members = [Member<Initiative>(nameof(Initiative.Title))],
            Draft = Text(nameof(InitiativeDraft.Title), d => d.Title, (d, v) => d.Title = v!, i => i.Title),
            Words = (_, d) => d.Title,
            DetailsShownIn = "the page's heading",
            Columns = [Written(InitiativeColumn.Title, 2, new("Title", "Intitulé"), ["Project name", "Project", "Initiative", "Name", "Project title", "Action", "Intitulé du projet", "Titre", "Nom du projet", "Projet"], i => SheetValue.OfText(i.Title), nameof(InitiativeDraft.Title))],
            ReadTogether = new("A title may end with its reference code, which then leaves the title.", (row, d) => row.ReadTitle(d)),
            Compared = [new(ComparedField.Title, "Published_Field_Title", p => p.Title)],
            Api = [ApiMember.Of("Title", "Its title.", (InitiativeDetails d) => d.Title)],
            ApiInRow = [ApiMember.Of("Title", "Its title.", (ScoreboardRow r) => r.Title)],
            ApiInVersion = [ApiMember.Of("Title", "Its title.", (PublishedInitiative p) => p.Title)],
            History = [new(InitiativeRecord, nameof(Initiative.Title))],
        },
        new()
        {
            Field = InitiativeField.SecondLanguageTitle,
            Members = [Member<Initiative>(nameof(Initiative.SecondLanguageTitle))],
            Draft = Text(nameof(InitiativeDraft.SecondLanguageTitle), d => d.SecondLanguageTitle, (d, v) => d.SecondLanguageTitle = v),
            Words = (w, d) => w.Or(d.SecondLanguageTitle),
            DetailsShownIn = "a paragraph of its own under the summary",
            Paragraph = new("Initiative_Field_SecondLanguageTitle", d => d.Stored[nameof(Initiative.SecondLanguageTitle)] as string),
            Stored = [Stored(nameof(Initiative.SecondLanguageTitle), "The title in the partnership's other language, where the initiative has one in both (\"Migrer les yeux ouverts\", \"Migrating with open eyes\"); null when it has one title only.", Initiative.SecondLanguageTitleMaxLength, InitiativeColumn.SecondLanguageTitle, 27, new("Title in the other language", "Intitulé dans l'autre langue"), ["Second-language title", "Title in French", "Title in English", "French title", "English title", "Intitulé en français", "Intitulé en anglais", "Titre en français", "Titre en anglais"], i => i.SecondLanguageTitle, d => d.SecondLanguageTitle, (d, v) => d.SecondLanguageTitle = v, new(FormSection.Description, HintKey: "Initiative_Field_SecondLanguageTitle_Hint"))],
            Apply = (d, i) => i.TitleInSecondLanguage(d.SecondLanguageTitle),
            Columns = [],
            Compared = [],
            KeptInVersions = true,
            History = [new(InitiativeRecord, nameof(Initiative.SecondLanguageTitle))],
        },
        new()
        {
            Field = InitiativeField.Summary,
            Members = [Member<Initiative>(nameof(Initiative.Summary))],
            Draft = Text(nameof(InitiativeDraft.Summary), d => d.Summary, (d, v) => d.Summary = v, i => i.Summary),
            Words = (w, d) => w.Or(d.Summary),
            Box = new(nameof(InitiativeDraft.Summary), d => d.Summary, (d, v) => d.Summary = v, new(FormSection.Description, Lines: 3)),
            DetailsShownIn = "the paragraph under the heading, when there is one",
            Columns = [Plain(InitiativeColumn.Summary, 26, new("Summary", "Résumé"), ["Description", "Objectives", "Objective", "Short description", "Activities", "Objectifs", "Objectif", "Description succincte", "Activités"], i => SheetValue.OfText(i.Summary), CellReading.Text(nameof(InitiativeDraft.Summary), (d, v) => d.Summary = v))],
            Compared = [new(ComparedField.Summary, "Published_Field_Summary", p => p.Summary)],
            Api = [ApiMember.OrNone("Summary", "What it does, when described.", (InitiativeDetails d) => d.Summary)],
            ApiInVersion = [ApiMember.OrNone("Summary", "Its summary.", (PublishedInitiative p) => p.Summary)],
            History = [new(InitiativeRecord, nameof(Initiative.Summary))],
        },
        new()
        {
            Field = InitiativeField.ExpectedResults,
            Members = [Member<Initiative>(nameof(Initiative.ExpectedResults))],
            Draft = Text(nameof(InitiativeDraft.ExpectedResults), d => d.ExpectedResults, (d, v) => d.ExpectedResults = v),
            Words = (w, d) => w.Or(d.ExpectedResults),
            DetailsShownIn = "a paragraph of its own under the summary",
            Paragraph = new("Initiative_Field_ExpectedResults", d => d.Stored[nameof(Initiative.ExpectedResults)] as string),
            Stored = [Stored(nameof(Initiative.ExpectedResults), "The results it is expected to bring about, as its description in the scoreboard or the programme states them; null when not stated.", Initiative.ExpectedResultsMaxLength, InitiativeColumn.ExpectedResults, 28, new("Expected results", "Résultats attendus"), ["Expected result", "Results", "Expected outputs", "Résultat attendu", "Résultats"], i => i.ExpectedResults, d => d.ExpectedResults, (d, v) => d.ExpectedResults = v, new(FormSection.Description, Lines: 2))],
            Apply = (d, i) => i.ExpectResults(d.ExpectedResults),
            Columns = [],
            Compared = [],
            KeptInVersions = true,
            History = [new(InitiativeRecord, nameof(Initiative.ExpectedResults))],
        },
        new()
        {
            Field = InitiativeField.Pillar,
            Members = [Member<Initiative>(nameof(Initiative.Pillar))],
            Draft = Value(nameof(InitiativeDraft.Pillar), d => d.Pillar, (d, v) => d.Pillar = v, i => i.Pillar),
            Words = (w, d) => w.Text.Name(d.Pillar),
            DetailsShownIn = "a chip under the heading",
            Columns = [Plain(InitiativeColumn.Pillar, 3, new("Pillar", "Pilier"), ["Area", "Priority area", "Domaine", "Domaine prioritaire"], i => SheetValue.OfText(SheetLabels.Of(i.Pillar)), CellReading.Pillar(nameof(InitiativeDraft.Pillar), (d, v) => d.Pillar = v))],
            Compared = [new(ComparedField.Pillar, "Published_Field_Pillar", p => p.Pillar)],
            GridColumns = [new(ScoreboardColumn.Pillar, 3, "Scoreboard_Pillar", ScoreboardSort.Pillar, (t, r) => t.Name(r.Pillar), [InitiativeColumn.Pillar]) { WideOnly = true, ShownWhenGroupedByPillar = true }],
            Filters =
            [
                FieldFilter.Choice<Pillar>("pillar", "pillar", $"Only initiatives of this pillar: {nameof(Pillar.LegalMigration)}, {nameof(Pillar.MigrationAndDevelopment)}, {nameof(Pillar.IllegalMigration)} or {nameof(Pillar.InternationalProtectionAndAsylum)}.", q => q.Pillar, (q, v) => q with { Pillar = v }, (initiatives, pillar) => initiatives.Where(i => i.Pillar == pillar)).ShownAt(new(1, "Scoreboard_Pillar")),
            ],
            Api = [ApiMember.Of("Pillar", "The pillar of the partnership it serves.", (InitiativeDetails d) => d.Pillar)],
            ApiInRow = [ApiMember.Of("Pillar", "The pillar of the partnership it serves.", (ScoreboardRow r) => r.Pillar)],
            ApiInVersion = [ApiMember.Of("Pillar", "The pillar of the Global Approach it belongs to.", (PublishedInitiative p) => p.Pillar)],
            History = [new(InitiativeRecord, nameof(Initiative.Pillar))],
        },
        new()
        {
            Field = InitiativeField.ThematicAreas,
            Members = [Member<Initiative>(nameof(Initiative.ThematicAreas)), Member<InitiativeThematicArea>(nameof(InitiativeThematicArea.ThematicAreaId))],
            Draft = Set(nameof(InitiativeDraft.ThematicAreaIds), d => d.ThematicAreaIds, (d, v) => d.ThematicAreaIds = v, id => id, i => [.. i.ThematicAreas.Select(t => t.ThematicAreaId)]),
            Words = (w, d) => w.List(d.ThematicAreaIds.Select(id => w.NameOf(id))),
            Details = [new(2, "Scoreboard_ThematicArea", (t, d) => Listed(t, d.ThematicAreas))],
            Columns = [Written(InitiativeColumn.ThematicAreas, 4, new("Thematic areas", "Domaines thématiques"), ["Thematic area", "Themes", "Theme", "Domaine thématique", "Thèmes", "Thème"], i => SheetValue.OfList(i.ThematicAreas), nameof(InitiativeDraft.ThematicAreaIds))],
            ReadTogether = new("Names thematic areas, looked up among those of the pillar the row gives.", (row, d) => row.ReadThematicAreas(d)),
            Compared = [new(ComparedField.ThematicAreas, "Published_Field_ThematicAreas", p => p.ThematicAreas)],
            Filters =
            [
                FieldFilter.Id("thematicAreaId", "area", "Only initiatives in this thematic area (its id).", q => q.ThematicAreaId, (q, v) => q with { ThematicAreaId = v }, FilterChoices.ByUse(s => s.KeptIds().Join(s.Db.ThematicAreas, k => k.Id, a => a.Id, (k, a) => new ChoiceRow { Id = a.Id, Name = ShownNames.Name(a.Name, a.FrenchName, PageLanguage.IsFrench), Position = 0, Uses = k.Uses })), (initiatives, areaId) => initiatives.Where(i => i.ThematicAreas.Any(a => a.ThematicAreaId == areaId))).ShownAt(new(2, "Scoreboard_ThematicArea")),
            ],
            Api = [ApiMember.Of("ThematicAreas", "The thematic areas it falls under, by name.", (InitiativeDetails d) => d.ThematicAreas)],
            ApiInVersion = [ApiMember.Of("ThematicAreas", "Its thematic areas' names.", (PublishedInitiative p) => p.ThematicAreas)],
            History = [new(nameof(InitiativeThematicArea), nameof(InitiativeThematicArea.ThematicAreaId))],
        },
        new()
        {
            Field = InitiativeField.Lead,
            Members = [Member<Initiative>(nameof(Initiative.LeadOrganisationId))],
            Draft = Value(nameof(InitiativeDraft.LeadOrganisationId), d => d.LeadOrganisationId, (d, v) => d.LeadOrganisationId = v, i => i.LeadOrganisationId),
            Words = (w, d) => w.NameOrToBeDetermined(d.LeadOrganisationId),
            Details = [new(3, "Scoreboard_Lead", (t, d) => t.Lead(d.Lead))],
            Columns = [Written(InitiativeColumn.Lead, 5, new("Lead", "Chef de file"), ["Lead partner", "Lead country", "Leading Member State", "Lead Member State", "Proposed by", "Pays chef de file", "État membre chef de file", "Proposé par"], i => SheetValue.OfText(i.Lead), nameof(InitiativeDraft.LeadOrganisationId))],
            ReadTogether = new("Names an organisation, looked up among those known, which may ask the user.", (row, d) => row.ReadLead(d)),
            Compared = [new(ComparedField.Lead, "Published_Field_Lead", p => p.Lead)],
            GridColumns = [new(ScoreboardColumn.Lead, 4, "Scoreboard_Lead", ScoreboardSort.Lead, (t, r) => t.Lead(r.Lead), [InitiativeColumn.Lead])],
            Filters =
            [
                FieldFilter.Id("leadId", "lead", "Only initiatives led by this organisation (its id).", q => q.LeadId, (q, v) => q with { LeadId = v }, FilterChoices.ByUse(s => s.KeptOrganisations()), (initiatives, leadId) => initiatives.Where(i => i.LeadOrganisationId == leadId)).ShownAt(new(4, "Scoreboard_Lead")),
            ],
            Api = [ApiMember.OrNone("Lead", "The lead partner's name; null when none is named.", (InitiativeDetails d) => d.Lead)],
            ApiInRow = [ApiMember.OrNone("Lead", "The lead partner's short name; null when none is named.", (ScoreboardRow r) => r.Lead)],
            ApiInVersion = [ApiMember.OrNone("Lead", "The lead partner's name; null while to be determined.", (PublishedInitiative p) => p.Lead)],
            History = [new(InitiativeRecord, nameof(Initiative.LeadOrganisationId))],
        },
        new()
        {
            Field = InitiativeField.ResponsibleService,
            Members = [Member<Initiative>(nameof(Initiative.ResponsibleServiceId))],
            Draft = Value(nameof(InitiativeDraft.ResponsibleServiceId), d => d.ResponsibleServiceId, (d, v) => d.ResponsibleServiceId = v, i => i.ResponsibleServiceId),
            Words = (w, d) => w.NameOrToBeDetermined(d.ResponsibleServiceId),
            Details = [new(6, "Initiative_ResponsibleService", (t, d) => d.ResponsibleService ?? t["Common_ToBeDetermined"])],
            Columns = [Written(InitiativeColumn.ResponsibleService, 8, new("Responsible service", "Service responsable"), ["Responsible DG", "Responsible DG/Del", "Responsible DG / Delegation", "DG", "Service", "DG responsable", "DG/Délégation responsable", "DG / Délégation responsable"], i => SheetValue.OfText(i.ResponsibleService), nameof(InitiativeDraft.ResponsibleServiceId))],
            ReadTogether = new("Names an organisation, looked up among those known, which may ask the user.", (row, d) => row.ReadResponsibleService(d)),
            Compared = [new(ComparedField.ResponsibleService, "Published_Field_ResponsibleService", p => p.ResponsibleService)],
            Api = [ApiMember.OrNone("ResponsibleService", "The Commission service responsible, when named.", (InitiativeDetails d) => d.ResponsibleService)],
            ApiInVersion = [ApiMember.OrNone("ResponsibleService", "The responsible service's name.", (PublishedInitiative p) => p.ResponsibleService)],
            History = [new(InitiativeRecord, nameof(Initiative.ResponsibleServiceId))],
        },
        new()
        {
            Field = InitiativeField.Period,
            Members =
            [
                Member<Initiative>(nameof(Initiative.Period)),
                Member<ImplementationPeriod>(nameof(ImplementationPeriod.StartMonth)),
                Member<ImplementationPeriod>(nameof(ImplementationPeriod.EndMonth)),
                Member<ImplementationPeriod>(nameof(ImplementationPeriod.DurationMonths)),
                Member<ImplementationPeriod>(nameof(ImplementationPeriod.Note)),
            ],
            Draft = new(
                [nameof(InitiativeDraft.StartMonth), nameof(InitiativeDraft.EndMonth), nameof(InitiativeDraft.DurationMonths), nameof(InitiativeDraft.PeriodNote)],
                d => PeriodOf(d),
                (a, b) => PeriodOf(a) == PeriodOf(b),
                (_, mine, result) => (result.StartMonth, result.EndMonth, result.DurationMonths, result.PeriodNote) = (mine.StartMonth, mine.EndMonth, mine.DurationMonths, mine.PeriodNote))
            {
                Load = (d, i) => (d.StartMonth, d.EndMonth, d.DurationMonths, d.PeriodNote) = (i.Period.StartMonth, i.Period.EndMonth, i.Period.DurationMonths, i.Period.Note),
            },
            Words = (w, d) => w.Text.Months(d.StartMonth, d.EndMonth)
                + (d.DurationMonths is { } months ? $" ({months})" : string.Empty)
                + (InitiativeDraftComparison.Text(d.PeriodNote) is { } note ? $", {note}" : string.Empty),
            Details = [new(7, "Scoreboard_Period", (t, d) => PeriodWords(t, d.Period))],
            Columns =
            [
                Combined(InitiativeColumn.Period, new("Implementation period", "Période de mise en œuvre"), ["Period", "Timing", "Timeframe", "Time frame", "Duration and timing", "Période", "Calendrier", "Durée et calendrier"], InitiativeColumn.StartMonth, InitiativeColumn.EndMonth, InitiativeColumn.DurationMonths, InitiativeColumn.PeriodNote),
                Plain(InitiativeColumn.StartMonth, 9, new("Start", "Début"), ["Start date", "Start month", "From", "Date de début", "Mois de début"], i => SheetValue.OfMonth(i.Period.StartMonth), CellReading.Month(nameof(InitiativeDraft.StartMonth), (d, v) => d.StartMonth = v, end: false)),
                Plain(InitiativeColumn.EndMonth, 10, new("End", "Fin"), ["End date", "End month", "Until", "To", "Date de fin", "Mois de fin"], i => SheetValue.OfMonth(i.Period.EndMonth), CellReading.Month(nameof(InitiativeDraft.EndMonth), (d, v) => d.EndMonth = v, end: true)),
                Plain(InitiativeColumn.DurationMonths, 11, new("Duration (months)", "Durée (mois)"), ["Duration", "Months", "Durée", "Mois"], i => SheetValue.OfWholeNumber(i.Period.DurationMonths), CellReading.WholeNumber(nameof(InitiativeDraft.DurationMonths), (d, v) => d.DurationMonths = v)),
                Plain(InitiativeColumn.PeriodNote, 12, new("Period note", "Note sur la période"), ["Note on timing", "Timing note", "Note sur le calendrier"], i => SheetValue.OfText(i.Period.Note), CellReading.Text(nameof(InitiativeDraft.PeriodNote), (d, v) => d.PeriodNote = v)),
            ],
            ReadTogether = new("A whole period may be written in one cell, which then stands for the others; the duration follows the months.", (row, d) => row.ReadPeriod(d)),
            Compared = [new(ComparedField.Period, "Published_Field_Period", p => new Domain.Scoreboards.PeriodValue(p.StartMonth, p.EndMonth, p.PeriodNote))],
            GridColumns = [new(ScoreboardColumn.Period, 7, "Scoreboard_Period", ScoreboardSort.Start, PeriodCell, [InitiativeColumn.StartMonth, InitiativeColumn.EndMonth, InitiativeColumn.DurationMonths, InitiativeColumn.PeriodNote])],
            Api = [ApiMember.Of("Period", "When it runs.", (InitiativeDetails d) => new PeriodDto(d.Period.StartMonth, d.Period.EndMonth, d.Period.DurationMonths, d.Period.Note))],
            ApiInRow =
            [
                ApiMember.Of("StartMonth", "The first day of the month it starts; null when not known.", (ScoreboardRow r) => r.StartMonth),
                ApiMember.Of("EndMonth", "The first day of the month it ends; null when not known.", (ScoreboardRow r) => r.EndMonth),
            ],
            ApiInVersion = [ApiMember.Of("Period", "When it runs.", (PublishedInitiative p) => new PeriodDto(p.StartMonth, p.EndMonth, null, p.PeriodNote))],
            History =
            [
                new(PeriodRecord, nameof(ImplementationPeriod.StartMonth)),
                new(PeriodRecord, nameof(ImplementationPeriod.EndMonth)),
                new(PeriodRecord, nameof(ImplementationPeriod.DurationMonths)),
                new(PeriodRecord, nameof(ImplementationPeriod.Note)),
            ],
        },
        new()
        {
            Field = InitiativeField.AnnouncedPeriod,
            Members = [Member<Initiative>(nameof(Initiative.AnnouncedStartMonth)), Member<Initiative>(nameof(Initiative.AnnouncedEndMonth))],
            Draft = new(
                [nameof(InitiativeDraft.AnnouncedStartMonth), nameof(InitiativeDraft.AnnouncedEndMonth)],
                d => (d.AnnouncedStartMonth, d.AnnouncedEndMonth),
                (a, b) => (a.AnnouncedStartMonth, a.AnnouncedEndMonth) == (b.AnnouncedStartMonth, b.AnnouncedEndMonth),
                (_, mine, result) => (result.AnnouncedStartMonth, result.AnnouncedEndMonth) = (mine.AnnouncedStartMonth, mine.AnnouncedEndMonth))
            {
                Load = (d, i) => (d.AnnouncedStartMonth, d.AnnouncedEndMonth) = (i.AnnouncedStartMonth, i.AnnouncedEndMonth),
            },
            Words = (w, d) => w.Text.Months(d.AnnouncedStartMonth, d.AnnouncedEndMonth),
            Details = [new(8, "Initiative_Field_AnnouncedPeriod", (t, d) => t.Months(d.AnnouncedStartMonth, d.AnnouncedEndMonth))],
            Columns =
            [
                Plain(InitiativeColumn.AnnouncedStartMonth, 13, new("Announced start", "Début annoncé"), ["Announced start month", "Start as announced", "Planned start", "Mois de début annoncé", "Début prévu"], i => SheetValue.OfMonth(i.AnnouncedStartMonth), CellReading.Month(nameof(InitiativeDraft.AnnouncedStartMonth), (d, v) => d.AnnouncedStartMonth = v, end: false)),
                Plain(InitiativeColumn.AnnouncedEndMonth, 14, new("Announced end", "Fin annoncée"), ["Announced end month", "End as announced", "Planned end", "Mois de fin annoncé", "Fin prévue"], i => SheetValue.OfMonth(i.AnnouncedEndMonth), CellReading.Month(nameof(InitiativeDraft.AnnouncedEndMonth), (d, v) => d.AnnouncedEndMonth = v, end: true)),
            ],
            Compared = [],
            NotPublishedBecause = "A published version is itself the scoreboard as announced then; comparing versions shows how the period moved.",
            Api = [ApiMember.Of("AnnouncedPeriod", "When it was to run as first announced in the scoreboard.", (InitiativeDetails d) => new AnnouncedPeriodDto(d.AnnouncedStartMonth, d.AnnouncedEndMonth))],
            History = [new(InitiativeRecord, nameof(Initiative.AnnouncedStartMonth)), new(InitiativeRecord, nameof(Initiative.AnnouncedEndMonth))],
        },
        new()
        {
            Field = InitiativeField.Status,
            Members = [Member<Initiative>(nameof(Initiative.Status))],
            Draft = Value(nameof(InitiativeDraft.Status), d => d.Status, (d, v) => d.Status = v, i => i.Status),
            Words = (w, d) => w.Text.Name(d.Status),
            DetailsShownIn = "a chip under the heading",
            Columns = [Plain(InitiativeColumn.Status, 15, new("Status", "État d'avancement"), ["State", "Stage", "Implementation status", "Statut", "État", "Stade"], i => SheetValue.OfText(SheetLabels.Of(i.Status)), CellReading.Status(nameof(InitiativeDraft.Status), (d, v) => d.Status = v))],
            Compared = [new(ComparedField.Status, "Published_Field_Status", p => p.Status)],
            GridColumns = [new(ScoreboardColumn.Status, 5, "Scoreboard_Status", ScoreboardSort.Status, (t, r) => t.Name(r.Status), [InitiativeColumn.Status])],
            Filters =
            [
                FieldFilter.Choice<InitiativeStatus>("status", "status", $"Only initiatives with this status: {nameof(InitiativeStatus.Proposed)}, {nameof(InitiativeStatus.Planned)}, {nameof(InitiativeStatus.Ongoing)}, {nameof(InitiativeStatus.Completed)} or {nameof(InitiativeStatus.Cancelled)}.", q => q.Status, (q, v) => q with { Status = v }, (initiatives, status) => initiatives.Where(i => i.Status == status)).ShownAt(new(3, "Scoreboard_Status")),
            ],
            Api = [ApiMember.Of("Status", "Where it stands.", (InitiativeDetails d) => d.Status)],
            ApiInRow = [ApiMember.Of("Status", "Where it stands.", (ScoreboardRow r) => r.Status)],
            ApiInVersion = [ApiMember.Of("Status", "Where it stood.", (PublishedInitiative p) => p.Status)],
            History = [new(InitiativeRecord, nameof(Initiative.Status))],
        },
        new()
        {
            Field = InitiativeField.Novelty,
            Members = [Member<Initiative>(nameof(Initiative.Novelty))],
            Draft = Value(nameof(InitiativeDraft.Novelty), d => d.Novelty, (d, v) => d.Novelty = v, i => i.Novelty),
            Words = (w, d) => w.Text.Name(d.Novelty),
            Details = [new(10, "Initiative_Novelty", (t, d) => t.Name(d.Novelty))],
            Columns = [Plain(InitiativeColumn.Novelty, 16, new("New or already planned", "Nouvelle ou déjà prévue"), ["Novelty", "New/planned", "New initiative", "Nouveauté", "Nouvelle initiative"], i => SheetValue.OfText(SheetLabels.Of(i.Novelty)), CellReading.Novelty(nameof(InitiativeDraft.Novelty), (d, v) => d.Novelty = v))],
            Compared = [new(ComparedField.Novelty, "Published_Field_Novelty", p => p.Novelty)],
            Filters =
            [
                FieldFilter.Choice<Novelty>("novelty", "novelty", $"Only initiatives that are {nameof(Novelty.New)}, {nameof(Novelty.AlreadyPlanned)} or where that is {nameof(Novelty.NotStated)}.", q => q.Novelty, (q, v) => q with { Novelty = v }, (initiatives, novelty) => initiatives.Where(i => i.Novelty == novelty)).ShownAt(new(9, "Dashboard_FilterNovelty")),
            ],
            Api = [ApiMember.Of("Novelty", "Whether it is new or was already planned before the partnership.", (InitiativeDetails d) => d.Novelty)],
            ApiInVersion = [ApiMember.Of("Novelty", "Whether it was new or already planned.", (PublishedInitiative p) => p.Novelty)],
            History = [new(InitiativeRecord, nameof(Initiative.Novelty))],
        },
        new()
        {
            Field = InitiativeField.Location,
            Members = [Member<Initiative>(nameof(Initiative.Location))],
            Draft = Text(nameof(InitiativeDraft.Location), d => d.Location, (d, v) => d.Location = v, i => i.Location),
            Words = (w, d) => w.Or(d.Location),
            Details = [new(9, "Scoreboard_Location", (t, d) => d.Location ?? t["Common_NoneRecorded"])],
            Columns = [Plain(InitiativeColumn.Location, 17, new("Location", "Lieu"), ["Place", "Country", "Region", "Where", "Pays", "Région", "Localisation"], i => SheetValue.OfText(i.Location), CellReading.Text(nameof(InitiativeDraft.Location), (d, v) => d.Location = v))],
            Compared = [new(ComparedField.Location, "Published_Field_Location", p => p.Location)],
            GridColumns = [new(ScoreboardColumn.Location, 11, "Scoreboard_Location", null, (t, r) => r.Location, [InitiativeColumn.Location])],
            Api = [ApiMember.OrNone("Location", "Where it takes place, when stated.", (InitiativeDetails d) => d.Location)],
            ApiInRow = [ApiMember.OrNone("Location", "Where it takes place, when stated.", (ScoreboardRow r) => r.Location)],
            ApiInVersion = [ApiMember.OrNone("Location", "Where it takes place.", (PublishedInitiative p) => p.Location)],
            History = [new(InitiativeRecord, nameof(Initiative.Location))],
        },
        new()
        {
            Field = InitiativeField.IsShareable,
            Members = [Member<Initiative>(nameof(Initiative.IsShareable))],
            Draft = Value(nameof(InitiativeDraft.IsShareable), d => d.IsShareable, (d, v) => d.IsShareable = v, i => i.IsShareable),
            Words = (w, d) => w.YesNo(d.IsShareable),
            DetailsShownIn = "a chip under the heading when it may not be shared beyond the partnership",
            Columns = [Plain(InitiativeColumn.Shareable, 18, new("Shareable beyond the partnership", "Diffusable au-delà du partenariat"), ["Shareable", "May be shared", "Public", "Diffusable", "Peut être diffusé"], i => SheetValue.OfText(SheetLabels.Of(i.IsShareable)), CellReading.YesNo(nameof(InitiativeDraft.IsShareable), (d, v) => d.IsShareable = v, whenBlank: true))],
            Compared = [new(ComparedField.Shareable, "Published_Field_Shareable", p => p.IsShareable, SharedOrNot)],
            Api = [ApiMember.Of("IsShareable", "False for a record not to be shared beyond the partnership; such records reach only the EU side.", (InitiativeDetails d) => d.IsShareable)],
            ApiInVersion = [ApiMember.Of("IsShareable", "Whether it may be shared beyond the partnership.", (PublishedInitiative p) => p.IsShareable)],
            History = [new(InitiativeRecord, nameof(Initiative.IsShareable))],
        },
        new()
        {
            Field = InitiativeField.Source,
            Members = [Member<Initiative>(nameof(Initiative.Source))],
            Draft = Text(nameof(InitiativeDraft.Source), d => d.Source, (d, v) => d.Source = v),
            Words = (w, d) => w.Or(d.Source),
            Details = [new(13, "Initiative_Source", (_, d) => d.Stored[nameof(Initiative.Source)] as string)],
            Stored = [Stored(nameof(Initiative.Source), "Where its facts come from: the source document and its section (\"COM(2007) 248, Annex II\"); null when not stated.", Initiative.SourceMaxLength, InitiativeColumn.Source, 29, new("Source", "Source"), ["Document", "Reference document", "Document de référence"], i => i.Source, d => d.Source, (d, v) => d.Source = v, new(FormSection.Situation))],
            Apply = (d, i) => i.CiteSource(d.Source),
            Columns = [],
            Compared = [],
            NotPublishedBecause = "A published version does not keep where its facts came from.",
            History = [new(InitiativeRecord, nameof(Initiative.Source))],
        },
        new()
        {
            Field = InitiativeField.Commitment,
            Members = [Member<Initiative>(nameof(Initiative.CommitmentId))],
            Draft = Value(nameof(InitiativeDraft.CommitmentId), d => d.CommitmentId, (d, v) => d.CommitmentId = v, i => i.CommitmentId),
            Words = (w, d) => w.NameOrNone(d.CommitmentId),
            Details = [new(12, "Initiative_Field_Commitment", (t, d) => d.Commitment ?? t["Common_NoneRecorded"])],
            Columns = [Written(InitiativeColumn.Commitment, 20, new("Commitment", "Engagement"), ["Commitment carried out", "Joint declaration commitment", "Commitment of the joint declaration", "Engagement mis en œuvre", "Engagement de la déclaration commune"], i => SheetValue.OfText(i.Commitment), nameof(InitiativeDraft.CommitmentId))],
            ReadTogether = new("Named by its text, matched among the partnership's commitments.", (row, d) => row.ReadCommitment(d)),
            Compared = [new(ComparedField.Commitment, "Published_Field_Commitment", p => p.Commitment, NoneInParticular) { OnlyWhereBothKept = true }],
            Filters =
            [
                FieldFilter.Id("commitment", "commitment", "Only initiatives carrying out this commitment of the joint declaration (its id).", q => q.CommitmentId, (q, v) => q with { CommitmentId = v }, FilterChoices.ByPosition(s => s.Db.Commitments.Where(c => c.PartnershipId == s.PartnershipId).Select(c => new ChoiceRow { Id = c.Id, Name = c.Text, Position = c.Position, Uses = 0 })), (initiatives, commitmentId) => initiatives.Where(i => i.CommitmentId == commitmentId)).ShownAt(new(8, "Scoreboard_FilterCommitment", Width: 3, HiddenWhenNone: true)),
            ],
            Api =
            [
                ApiMember.Of("CommitmentId", "The commitment of the joint declaration it carries out; null when none in particular.", (InitiativeDetails d) => d.CommitmentId),
                ApiMember.OrNone("Commitment", "That commitment's text.", (InitiativeDetails d) => d.Commitment),
            ],
            ApiInRow =
            [
                ApiMember.Of("CommitmentId", "The commitment of the joint declaration it carries out; null when none in particular.", (ScoreboardRow r) => r.CommitmentId),
                ApiMember.OrNone("Commitment", "That commitment's text.", (ScoreboardRow r) => r.Commitment),
            ],
            ApiInVersion = [ApiMember.OrNone("Commitment", "The text of the commitment of the joint declaration it carried out; null when none in particular, or in a version published before commitments were kept.", (PublishedInitiative p) => string.IsNullOrEmpty(p.Commitment) ? null : p.Commitment)],
            History = [new(InitiativeRecord, nameof(Initiative.CommitmentId))],
        },
        new()
        {
            Field = InitiativeField.Priority,
            Members = [Member<Initiative>(nameof(Initiative.Priority))],
            Draft = Text(nameof(InitiativeDraft.Priority), d => d.Priority, (d, v) => d.Priority = v, i => i.Priority),
            Words = (w, d) => string.IsNullOrWhiteSpace(d.Priority) ? w.Text["Common_NoneRecorded"] : d.Priority,
            Details = [new(11, "Initiative_Field_Priority", (t, d) => d.Priority ?? t["Common_NoneRecorded"])],
            Columns = [Written(InitiativeColumn.Priority, 19, new("Partner-country priority", "Priorité du pays partenaire"), ["Priority", "Partner country priority", "Country priority", "Priority served", "Priorité", "Priorité servie"], i => SheetValue.OfText(i.Priority), nameof(InitiativeDraft.Priority))],
            ReadTogether = new("Named by its text, matched among the partnership's priorities.", (row, d) => row.ReadPriority(d)),
            Compared = [new(ComparedField.Priority, "Published_Field_Priority", p => p.Priority, NoneInParticular) { OnlyWhereBothKept = true }],
            Filters =
            [
                FieldFilter.Text("priority", "priority", "Only initiatives serving this priority of the partner country (its exact text, as the partnership lists it).", Domain.Partnerships.Partnership.PriorityMaxLength, q => q.Priority, (q, v) => q with { Priority = v }, FilterChoices.AsListed(s => s.Priorities.Select(text => new ChoiceRow { Id = null, Name = text, Position = 0, Uses = 0 })), (initiatives, priority) => initiatives.Where(i => i.Priority == priority)).ShownAt(new(7, "Scoreboard_FilterPriority", Width: 3, HiddenWhenNone: true)),
            ],
            Api = [ApiMember.OrNone("Priority", "The partner country's priority it serves (the text of one of the partnership's priorities); null when none in particular.", (InitiativeDetails d) => d.Priority)],
            ApiInRow = [ApiMember.OrNone("Priority", "The partner country's priority it serves (the text of one of the partnership's priorities); null when none in particular.", (ScoreboardRow r) => r.Priority)],
            ApiInVersion = [ApiMember.OrNone("Priority", "The partner country's priority it served; null when none in particular, or in a version published before priorities were kept.", (PublishedInitiative p) => string.IsNullOrEmpty(p.Priority) ? null : p.Priority)],
            History = [new(InitiativeRecord, nameof(Initiative.Priority))],
        },
        new()
        {
            Field = InitiativeField.PartOfTeamEurope,
            Members = [Member<Initiative>(nameof(Initiative.PartOfTeamEurope))],
            Draft = Value(nameof(InitiativeDraft.PartOfTeamEurope), d => d.PartOfTeamEurope, (d, v) => d.PartOfTeamEurope = v),
            Words = (w, d) => StoredWords(w.Text, nameof(Initiative.PartOfTeamEurope), d.PartOfTeamEurope),
            Details = [StoredRow(14, nameof(Initiative.PartOfTeamEurope))],
            Stored = [StoredYesNo(nameof(Initiative.PartOfTeamEurope), "Whether it is part of a Team Europe Initiative, where the EU's institutions and Member States programme together around one theme or migration route; null when not stated.", InitiativeColumn.PartOfTeamEurope, 30, new("Team Europe Initiative", "Initiative Équipe Europe"), ["Part of a Team Europe Initiative", "Team Europe", "TEI", "Équipe Europe", "Initiative Team Europe"], i => i.PartOfTeamEurope, d => d.PartOfTeamEurope, (d, v) => d.PartOfTeamEurope = v, new(FormSection.Situation))],
            Apply = (d, i) => i.StateTeamEurope(d.PartOfTeamEurope),
            Columns = [],
            Compared = [],
            KeptInVersions = true,
            History = [new(InitiativeRecord, nameof(Initiative.PartOfTeamEurope))],
        },
        new()
        {
            Field = InitiativeField.Partners,
            Members = [Member<Initiative>(nameof(Initiative.Partners)), Member<InitiativePartner>(nameof(InitiativePartner.OrganisationId)), Member<InitiativePartner>(nameof(InitiativePartner.Role))],
            Draft = Set(nameof(InitiativeDraft.Partners), d => d.Partners, (d, v) => d.Partners = v, p => p, i => [.. i.Partners.Select(p => new PartnerDraft { OrganisationId = p.OrganisationId, Role = p.Role })]),
            Words = (w, d) => w.List(d.Partners.Select(p => $"{w.NameOf(p.OrganisationId)} ({w.Text.Name(p.Role)})")),
            Details =
            [
                new(4, "Initiative_ParticipatingPartners", (t, d) => Listed(t, d.ParticipatingPartners)),
                new(5, "Initiative_ImplementingPartners", (t, d) => Listed(t, d.ImplementingPartners)),
            ],
            // One list of partners with their roles in two columns: its messages are reported at the first.
            Columns =
            [
                Written(InitiativeColumn.Partners, 6, new("Partners", "Partenaires"), ["Participating partners", "Participating Member States", "Participants", "Other partners", "Partenaires participants", "États membres participants", "Autres partenaires"], i => SheetValue.OfList(i.ParticipatingPartners), SheetColumn.AnyOf(nameof(InitiativeDraft.Partners))),
                Written(InitiativeColumn.ImplementingPartners, 7, new("Implementing partners", "Partenaires de mise en œuvre"), ["Implementing partner", "Implementing organisation", "Implementing agency", "Implementer", "Partenaire de mise en œuvre", "Organisme de mise en œuvre", "Agence d'exécution"], i => SheetValue.OfList(i.ImplementingPartners)),
            ],
            ReadTogether = new("Names organisations, looked up among those known; the two columns make one list of partners with their roles.", (row, d) => row.ReadPartners(d)),
            Compared = [new(ComparedField.Partners, "Published_Field_Partners", p => p.Partners, PartnersWithRoles)],
            Api =
            [
                ApiMember.Of<InitiativeDetails, IReadOnlyList<InitiativePartnerDto>>("Partners", "The organisations that take part in it or implement it.", (InitiativeDetails d) =>
                [
                    .. d.ParticipatingPartners.Select(name => new InitiativePartnerDto(name, PartnerRole.Participating)),
                    .. d.ImplementingPartners.Select(name => new InitiativePartnerDto(name, PartnerRole.Implementing)),
                ]),
            ],
            ApiInVersion = [ApiMember.Of("Partners", "\"Organisation (role)\" for each partner.", (PublishedInitiative p) => p.Partners)],
            History = [new(nameof(InitiativePartner), nameof(InitiativePartner.OrganisationId)), new(nameof(InitiativePartner), nameof(InitiativePartner.Role))],
        },
        new()
        {
            Field = InitiativeField.FundingLines,
            Members =
            [
                Member<Initiative>(nameof(Initiative.FundingLines)),
                Member<FundingLine>(nameof(FundingLine.SourceKind)),
                Member<FundingLine>(nameof(FundingLine.Programme)),
                Member<FundingLine>(nameof(FundingLine.ContributorId)),
                Member<FundingLine>(nameof(FundingLine.TotalBudget)),
                Member<FundingLine>(nameof(FundingLine.EuContribution)),
            ],
            Draft = Set(nameof(InitiativeDraft.FundingLines), d => d.FundingLines, (d, v) => d.FundingLines = v, f => f.Id, i => [.. i.FundingLines.OrderBy(f => f.Id.ToString("N"), StringComparer.Ordinal).Select(f => new FundingLineDraft { Id = f.Id, SourceKind = f.SourceKind, Programme = f.Programme, ContributorId = f.ContributorId, TotalBudget = f.TotalBudget, EuContribution = f.EuContribution })]),
            Words = (w, d) => w.List(d.FundingLines.Select(line => FundingLineWords(w, line))),
            DetailsShownIn = "the funding section, a table of its lines with their totals",

            // One line fills these cells as it is; several are listed (each source, programme and contributor once), and the "Funding lines" sheet holds each of them. A line's
            // message is reported at the cell of the part it is about, any other (its programme, the line as a whole) at the programme.
            Columns =
            [
                Written(InitiativeColumn.FundingSource, 21, new("Funding source", "Source de financement"), ["Source of funding", "Funding type", "Type de financement"], i => SheetValue.OfList(i.FundingLines.Select(f => SheetLabels.Of(f.SourceKind)).Distinct(StringComparer.Ordinal)), SheetColumn.ItemProperty(nameof(InitiativeDraft.FundingLines), nameof(FundingLineDraft.SourceKind))),
                Written(InitiativeColumn.FundingProgramme, 22, new("Funding programme", "Programme de financement"), ["Programme", "Funding", "Financial instrument", "Budget line", "Financement", "Instrument financier", "Ligne budgétaire"], i => SheetValue.OfList(i.FundingLines.Select(f => f.Programme).Distinct(StringComparer.Ordinal)), SheetColumn.AnyOf(nameof(InitiativeDraft.FundingLines))),
                Written(InitiativeColumn.Contributor, 23, new("Contributor", "Contributeur"), ["Funded by", "Donor", "Contributing organisation", "Financé par", "Bailleur de fonds", "Donateur"], i => SheetValue.OfList(i.FundingLines.Select(f => f.Contributor).Distinct(StringComparer.Ordinal)), SheetColumn.ItemProperty(nameof(InitiativeDraft.FundingLines), nameof(FundingLineDraft.ContributorId))),
                Combined(InitiativeColumn.BudgetAndEuContribution, new("Budget/EC contribution", "Budget/contribution de l'UE"), ["Budget / EU contribution", "Budget and EU contribution", "Budget/EU contribution", "Budget/EC contribution (EUR)", "Budget/contribution CE", "Budget et contribution de l'UE", "Budget / contribution UE"], InitiativeColumn.TotalBudget, InitiativeColumn.EuContribution),
                Written(InitiativeColumn.TotalBudget, 24, new("Total budget", "Budget total"), ["Budget", "Total cost", "Total budget (EUR)", "Amount", "Cost", "Coût total", "Montant", "Coût", "Budget total (EUR)"], i => SheetValue.OfTotal(i.TotalBudget), SheetColumn.ItemProperty(nameof(InitiativeDraft.FundingLines), nameof(FundingLineDraft.TotalBudget))) with { NotKnownBeside = true },
                Written(InitiativeColumn.EuContribution, 25, new("EU contribution", "Contribution de l'UE"), ["EC contribution", "EU grant", "EU funding", "EU contribution (EUR)", "EC grant", "Contribution UE", "Contribution CE", "Subvention de l'UE", "Financement de l'UE", "Contribution de l'UE (EUR)"], i => SheetValue.OfTotal(i.EuContribution), SheetColumn.ItemProperty(nameof(InitiativeDraft.FundingLines), nameof(FundingLineDraft.EuContribution))) with { NotKnownBeside = true },
            ],
            ReadTogether = new("One line's parts are read from several cells, weighed against the \"Funding lines\" sheet and what is stored.", (row, d) => row.ReadFunding(d)),
            Compared =
            [
                new(ComparedField.FundingLines, "Published_Field_FundingLines", p => p.FundingLines, FundingLinesInWords),
                new(ComparedField.TotalBudget, "Published_Field_TotalBudget", p => p.TotalBudget),
                new(ComparedField.EuContribution, "Published_Field_EuContribution", p => p.EuContribution),
            ],
            GridColumns =
            [
                new(ScoreboardColumn.Programmes, 8, "Scoreboard_Programme", null, (t, r) => r.Programmes, [InitiativeColumn.FundingSource, InitiativeColumn.FundingProgramme, InitiativeColumn.Contributor]) { WideOnly = true },
                MoneyColumn(ScoreboardColumn.TotalBudget, 9, "Common_TotalBudget", ScoreboardSort.TotalBudget, r => r.TotalBudget, InitiativeColumn.TotalBudget, new("total-budget", s => s.TotalBudget)),
                MoneyColumn(ScoreboardColumn.EuContribution, 10, "Common_EuContribution", ScoreboardSort.EuContribution, r => r.EuContribution, InitiativeColumn.EuContribution, new("eu-contribution", s => s.EuContribution, TotalOf.EuContribution)),
            ],
            Filters =
            [
                FieldFilter.Text("programme", "programme", "Only initiatives with a funding line of this programme (its exact name).", FundingLine.ProgrammeMaxLength, q => q.Programme, (q, v) => q with { Programme = v }, FilterChoices.ByUse(s => s.KeptTexts().Select(k => new ChoiceRow { Id = k.NoId, Name = k.Text, Position = 0, Uses = k.Uses })), (initiatives, programme) => initiatives.Where(i => i.FundingLines.Any(f => f.Programme == programme))).ShownAt(new(5, "Scoreboard_Programme", Width: 3)),
                FieldFilter.Id("contributorId", "contributor", "Only initiatives with a funding line from this contributing organisation (its id).", q => q.ContributorId, (q, v) => q with { ContributorId = v }, FilterChoices.ByUse(s => s.KeptOrganisations()), (initiatives, contributorId) => initiatives.Where(i => i.FundingLines.Any(f => f.ContributorId == contributorId))).ShownAt(new(6, "Dashboard_FilterContributor", Width: 3)),
            ],
            Api =
            [
                ApiMember.Of<InitiativeDetails, IReadOnlyList<FundingLineDto>>("FundingLines", "Where its money comes from.", (InitiativeDetails d) => [.. d.FundingLines.Select(f => new FundingLineDto(f.SourceKind, f.Programme, f.Contributor, f.TotalBudget, f.EuContribution))]),
                .. MoneyMembers((InitiativeDetails d) => d.TotalBudget, (InitiativeDetails d) => d.EuContribution),
            ],
            ApiInRow =
            [
                ApiMember.OrNone("Programmes", "The funding programmes, comma-separated; null or empty when none is named.", (ScoreboardRow r) => r.Programmes),
                .. MoneyMembers((ScoreboardRow r) => r.TotalBudget, (ScoreboardRow r) => r.EuContribution),
            ],
            ApiInVersion =
            [
                ApiMember.Of("FundingLines", "\"Programme (contributor): total …, EU …\" for each funding line.", (PublishedInitiative p) => p.FundingLines),
                .. MoneyMembers((PublishedInitiative p) => p.TotalBudget, (PublishedInitiative p) => p.EuContribution),
            ],
            History =
            [
                new(nameof(FundingLine), nameof(FundingLine.SourceKind)),
                new(nameof(FundingLine), nameof(FundingLine.Programme)),
                new(nameof(FundingLine), nameof(FundingLine.ContributorId)),
                new(nameof(FundingLine), nameof(FundingLine.TotalBudget)),
                new(nameof(FundingLine), nameof(FundingLine.EuContribution)),
            ],
        },
        new()
        {
            Field = InitiativeField.ContactPoints,
            Members =
            [
                Member<Initiative>(nameof(Initiative.ContactPoints)),
                Member<ContactPoint>(nameof(ContactPoint.Name)),
                Member<ContactPoint>(nameof(ContactPoint.OrganisationId)),
                Member<ContactPoint>(nameof(ContactPoint.Function)),
                Member<ContactPoint>(nameof(ContactPoint.Email)),
                Member<ContactPoint>(nameof(ContactPoint.Phone)),
            ],
            Draft = Set(nameof(InitiativeDraft.ContactPoints), d => d.ContactPoints, (d, v) => d.ContactPoints = v, c => c, i => [.. i.ContactPoints.Select(c => new ContactPointDraft { Name = c.Name, OrganisationId = c.OrganisationId, Function = c.Function, Email = c.Email, Phone = c.Phone })]),
            Words = (w, d) => w.List(d.ContactPoints.Select(c => string.Join(", ", new[] { c.Name, w.NameOf(c.OrganisationId), c.Function, c.Email, c.Phone }.Where(s => !string.IsNullOrWhiteSpace(s))))),
            DetailsShownIn = "the contact points section",
            Columns = [],
            NotExportedBecause = "Contact points hold personal data; they are kept on the initiative's page, not in sheets.",
            Compared = [],
            NotPublishedBecause = "Contact points hold personal data; published versions leave them out.",
            Api = [ApiMember.Of<InitiativeDetails, IReadOnlyList<ContactPointDto>>("ContactPoints", "Whom to contact; e-mail and phone only for users with access to the partnership.", (InitiativeDetails d) => [.. d.ContactPoints.Select(c => new ContactPointDto(c.Name, c.Organisation, c.Function, c.Email, c.Phone))])],
            History =
            [
                new(nameof(ContactPoint), nameof(ContactPoint.Name)),
                new(nameof(ContactPoint), nameof(ContactPoint.OrganisationId)),
                new(nameof(ContactPoint), nameof(ContactPoint.Function)),
                new(nameof(ContactPoint), nameof(ContactPoint.Email)),
                new(nameof(ContactPoint), nameof(ContactPoint.Phone)),
            ],
        },
        new()
        {
            Field = InitiativeField.Indicators,
            Members =
            [
                Member<Initiative>(nameof(Initiative.Indicators)),
                Member<Indicator>(nameof(Indicator.Name)),
                Member<Indicator>(nameof(Indicator.Description)),
                Member<Indicator>(nameof(Indicator.Unit)),
                Member<Indicator>(nameof(Indicator.BaselineValue)),
                Member<Indicator>(nameof(Indicator.BaselineDate)),
                Member<Indicator>(nameof(Indicator.TargetValue)),
                Member<Indicator>(nameof(Indicator.TargetDate)),
                Member<Indicator>(nameof(Indicator.MeansOfVerification)),
            ],
            Draft = Set(nameof(InitiativeDraft.Indicators), d => d.Indicators, (d, v) => d.Indicators = v, i => i, i => [.. i.Indicators.Select(x => new IndicatorDraft { Id = x.Id, Name = x.Name, Description = x.Description, Unit = x.Unit, BaselineValue = IndicatorFigures.Exact(x.BaselineValue), BaselineDate = x.BaselineDate, TargetValue = IndicatorFigures.Exact(x.TargetValue), TargetDate = x.TargetDate, MeansOfVerification = x.MeansOfVerification })]),
            Words = (w, d) => w.List(d.Indicators.Select(i => i.Name)),
            DetailsShownIn = "the indicators section, each linking to its page",
            Columns = [],
            NotExportedBecause = "Indicators are edited on the initiative's page with their reported values; sheets do not carry them.",
            Compared = [],
            NotPublishedBecause = "Published versions do not keep indicators; progress is reported on the live record.",
            Api = [ApiMember.Of<InitiativeDetails, IReadOnlyList<IndicatorDto>>("Indicators", "How its results are measured, with their baseline, target, reported values and whether each is on track, as its page shows them.", (InitiativeDetails d) => [.. d.Indicators.Select(IndicatorDto.From)])],
            History =
            [
                new(nameof(Indicator), nameof(Indicator.Name)),
                new(nameof(Indicator), nameof(Indicator.Description)),
                new(nameof(Indicator), nameof(Indicator.Unit)),
                new(nameof(Indicator), nameof(Indicator.BaselineValue)),
                new(nameof(Indicator), nameof(Indicator.BaselineDate)),
                new(nameof(Indicator), nameof(Indicator.TargetValue)),
                new(nameof(Indicator), nameof(Indicator.TargetDate)),
                new(nameof(Indicator), nameof(Indicator.MeansOfVerification)),
            ],
        },
    ];

    /// <summary>
    /// The four members that carry an initiative's money in one of the API's answers: each sum of what is known, and how
    /// many funding lines are left out of it because their amount is not.
    /// </summary>
    private static ApiMember<TModel>[] MoneyMembers<TModel>(Func<TModel, Amount> totalBudget, Func<TModel, Amount> euContribution) =>
    [
        ApiMember.Of("TotalBudget", "The total budget of its funding lines, in euros; the sum of what is known, null when nothing is (never 0 for unknown).", (TModel m) => totalBudget(m).Sum),
        ApiMember.Of("TotalBudgetUnknown", "How many of its funding lines have no total budget (1 when it has no funding line): 0 when totalBudget is exact.", (TModel m) => totalBudget(m).Unknown),
        ApiMember.Of("EuContribution", "The EU's contribution in its funding lines, in euros; the sum of what is known, null when nothing is.", (TModel m) => euContribution(m).Sum),
        ApiMember.Of("EuContributionUnknown", "How many of its funding lines have no EU contribution (1 when it has no funding line): 0 when euContribution is exact.", (TModel m) => euContribution(m).Unknown),
    ];

    /// <summary>An amount's column in the scoreboard's grid: sorted, right-aligned on one line, its total in the footer.</summary>
    private static GridColumn MoneyColumn(ScoreboardColumn column, int position, string labelKey, ScoreboardSort sort, Func<ScoreboardRow, Amount> amount, InitiativeColumn exported, GridTotal total) =>
        new(column, position, labelKey, sort, (t, r) => t.Amount(amount(r)), [exported]) { CellClass = "text-right text-nowrap", HeaderClass = "text-right", Total = total };

    /// <summary>A row's period in the grid: its note when neither month is known and it has one, else its months.</summary>
    private static string PeriodCell(IStringLocalizer<Strings> text, ScoreboardRow row) =>
        row.StartMonth is null && row.EndMonth is null && row.PeriodNote is { } note ? note : text.Months(row.StartMonth, row.EndMonth);

    private static readonly Dictionary<InitiativeField, InitiativeFieldEntry> ByField = All.ToDictionary(e => e.Field);

    /// <summary>
    /// The scoreboard grid's columns that show a field, in the grid's order: the grid draws them, between the columns that
    /// are no field's (<see cref="ScoreboardGrid"/>), and an export "as shown" writes their sheet columns in this order.
    /// </summary>
    public static IReadOnlyList<GridColumn> GridColumns { get; } = [.. All.SelectMany(e => e.GridColumns).OrderBy(c => c.Position)];

    /// <summary>
    /// The scoreboard's filters that narrow initiatives by one of their fields, in the catalogue's order: the API reads
    /// them, the OpenAPI document lists them, the scoreboard query narrows and checks by them and the page's address
    /// carries them. The filters that are not one field are listed with their reasons in <see cref="ScoreboardQuery.NotFieldFilters"/>.
    /// </summary>
    public static IReadOnlyList<FieldFilter> Filters { get; } = [.. All.SelectMany(e => e.Filters)];

    private static readonly Dictionary<string, FieldFilter> FilterByProperty = Filters.ToDictionary(f => f.Property, StringComparer.Ordinal);

    /// <summary>The field filter whose chosen value is this <see cref="ScoreboardQuery"/> property; null when none is.</summary>
    public static FieldFilter? FilterOf(string queryProperty) => FilterByProperty.GetValueOrDefault(queryProperty);

    private static readonly Dictionary<(string Record, string Field), HistoryField> ByHistoryField =
        All.SelectMany(e => e.History).ToDictionary(h => (h.Record, h.Field));

    private static readonly Dictionary<ComparedField, ComparedPart> ByCompared = All.SelectMany(e => e.Compared).ToDictionary(c => c.Field);

    /// <summary>
    /// What the comparison of published versions compares, in <see cref="ComparedField"/> order (the order it reports
    /// changes in): the comparison page, briefing packs, e-mail digests and publishing pass it to <see cref="ScoreboardComparison"/>.
    /// </summary>
    public static IReadOnlyList<ComparedFieldReader> ComparedReaders { get; } = [.. All.SelectMany(e => e.Compared).OrderBy(c => c.Field).Select(c => c.Reader)];

    /// <summary>How the comparison of published versions labels and words a field.</summary>
    public static ComparedPart Compared(ComparedField field) =>
        ByCompared.TryGetValue(field, out var part) ? part : throw new ArgumentOutOfRangeException(nameof(field), field, null);

    public static InitiativeFieldEntry Of(InitiativeField field) =>
        ByField.TryGetValue(field, out var entry) ? entry : throw new ArgumentOutOfRangeException(nameof(field), field, null);

    /// <summary>The history timeline's label key for a field a history entry names; null when it is not an initiative's field.</summary>
    public static string? HistoryLabelKey(string record, string field) =>
        ByHistoryField.TryGetValue((record, field), out var found) ? found.LabelKey : null;

    /// <summary>The rows of the details page's facts list, in their order there.</summary>
    public static IReadOnlyList<DetailsRow> DetailsFacts { get; } = [.. All.SelectMany(e => e.Details).OrderBy(r => r.Position)];

    /// <summary>The paragraphs of the details page under the summary, in the catalogue's order.</summary>
    public static IReadOnlyList<DetailsParagraph> DetailsParagraphs { get; } = [.. All.Select(e => e.Paragraph).OfType<DetailsParagraph>()];

    /// <summary>Every value an initiative keeps on its own row that the catalogue carries to the surfaces, in the catalogue's order.</summary>
    public static IReadOnlyList<StoredValue> StoredValues { get; } = [.. All.SelectMany(e => e.Stored)];

    /// <summary>The members of the API's initiative that carry the fields besides their stored values, in the catalogue's order.</summary>
    public static IReadOnlyList<ApiMember<InitiativeDetails>> ApiMembers { get; } = [.. All.SelectMany(e => e.Api)];

    /// <summary>The members of a scoreboard's row in the API that carry the fields, in the catalogue's order.</summary>
    public static IReadOnlyList<ApiMember<ScoreboardRow>> ApiMembersInRow { get; } = [.. All.SelectMany(e => e.ApiInRow)];

    /// <summary>The members of a published version's row in the API that carry the fields besides their kept facts, in the catalogue's order.</summary>
    public static IReadOnlyList<ApiMember<PublishedInitiative>> ApiMembersInVersion { get; } = [.. All.SelectMany(e => e.ApiInVersion)];

    /// <summary>The stored values of the fields published versions keep (<see cref="InitiativeFieldEntry.KeptInVersions"/>): a version's facts.</summary>
    public static IReadOnlyList<StoredValue> StoredValuesKeptInVersions { get; } = [.. All.Where(e => e.KeptInVersions).SelectMany(e => e.Stored)];

    /// <summary>The inputs the edit form shows in a section, in the catalogue's order: the stored values' and the other free texts with a box.</summary>
    public static IReadOnlyList<FormInput> InputsIn(FormSection section) => InputsBySection.GetValueOrDefault(section) ?? [];

    private static readonly Dictionary<FormSection, FormInput[]> InputsBySection = All
        .SelectMany(e => e.Stored.Select(s => s.Input).Append(e.Box).OfType<FormInput>())
        .GroupBy(b => b.Place.Section)
        .ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly Dictionary<InitiativeColumn, StoredValue> StoredByColumn = StoredValues.ToDictionary(s => s.Column);

    private static readonly Dictionary<string, StoredValue> StoredByName = StoredValues.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>
    /// Every column of the initiatives sheet, in the catalogue's order, with its headers, its place in an export and what
    /// it reports; <see cref="InitiativeColumns"/> reads its headers and the export's order from here.
    /// </summary>
    public static IReadOnlyList<SheetColumn> SheetColumns { get; } = [.. All.SelectMany(e => e.SheetColumns)];

    private static readonly Dictionary<InitiativeColumn, SheetColumn> ByColumn = SheetColumns.ToDictionary(c => c.Column);

    private static readonly Dictionary<string, InitiativeColumn> ByReported = SheetColumns
        .SelectMany(c => c.Reports.Select(property => (property, c.Column))).ToDictionary(x => x.property, x => x.Column, StringComparer.Ordinal);

    private static readonly Dictionary<InitiativeColumn, InitiativeColumn> CombinedByColumn = SheetColumns
        .SelectMany(c => c.StandsFor.Select(own => (own, c.Column))).ToDictionary(x => x.own, x => x.Column);

    /// <summary>
    /// Where the import reports a message about a draft property that no column reports: contact points, indicators, a rule
    /// of the whole record. The title's column names the row, and every sheet the import takes has it.
    /// </summary>
    public const InitiativeColumn ColumnOfOtherMessages = InitiativeColumn.Title;

    /// <summary>
    /// The sheet column the import reports a message about a draft property at ("Summary", "FundingLines[2].TotalBudget",
    /// "" for the whole record): the column that reports the property, else the one that reports that property of any item
    /// of its collection, else the one that reports the collection, else <see cref="ColumnOfOtherMessages"/>.
    /// </summary>
    public static InitiativeColumn ReportedAt(string draftProperty)
    {
        ArgumentNullException.ThrowIfNull(draftProperty);
        if (ByReported.TryGetValue(draftProperty, out var column))
        {
            return column;
        }

        var collection = draftProperty.Split('[', '.')[0];
        if (draftProperty.Length > collection.Length && ByReported.TryGetValue(SheetColumn.ItemProperty(collection, draftProperty.Split('.')[^1]), out column))
        {
            return column;
        }

        return ByReported.TryGetValue(SheetColumn.AnyOf(collection), out column) ? column : ColumnOfOtherMessages;
    }

    /// <summary>The combined column that stands for a column where a sheet has it and not that one; null when none does.</summary>
    public static InitiativeColumn? CombinedFor(InitiativeColumn column) => CombinedByColumn.TryGetValue(column, out var combined) ? combined : null;

    /// <summary>The catalogue's sheet column: how an export writes its cell and how the import reads it.</summary>
    public static SheetColumn Column(InitiativeColumn column) =>
        ByColumn.TryGetValue(column, out var found) ? found : throw new ArgumentOutOfRangeException(nameof(column), column, null);

    /// <summary>The stored value a sheet column carries; null when the column is not one of them.</summary>
    public static StoredValue? StoredIn(InitiativeColumn column) => StoredByColumn.GetValueOrDefault(column);

    /// <summary>The label key of the field that keeps a published fact; null for a fact no entry keeps now.</summary>
    public static string? FactLabelKey(string fact) =>
        All.FirstOrDefault(e => e.KeptInVersions && e.Stored.Any(s => s.Name == fact))?.LabelKey;

    /// <summary>A published fact in words, as its stored value's kind says it; null for a fact no entry keeps now.</summary>
    public static string? FactWords(IStringLocalizer<Strings> text, string fact, string value) =>
        StoredByName.TryGetValue(fact, out var stored) && stored.FromFact(value) is { } kept ? stored.Words(text, kept) : null;

    /// <summary>The facts a published version keeps of an initiative: every stored value of the fields kept in versions, empty for none.</summary>
    public static Dictionary<string, string> FactsOf(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return StoredValuesKeptInVersions.ToDictionary(s => s.Name, s => s.Fact(s.ValueOf(initiative)), StringComparer.Ordinal);
    }

    private static string Member<T>(string property) => $"{typeof(T).Name}.{property}";

    /// <summary>
    /// A column an export writes at its place and the import reads on its own; the import reports the messages of the
    /// property its reading sets there.
    /// </summary>
    private static SheetColumn Plain(InitiativeColumn column, int exportedAt, SheetWord header, string[] aliases, Func<InitiativeDetails, SheetValue> write, CellReading read) =>
        new(column, header, aliases) { ExportedAt = exportedAt, Write = write, Read = read, Reports = [read.Property] };

    /// <summary>
    /// A column an export writes at its place and the import reads with others, by its entry's
    /// <see cref="InitiativeFieldEntry.ReadTogether"/>; the import reports the messages of <paramref name="reports"/> there.
    /// </summary>
    private static SheetColumn Written(InitiativeColumn column, int exportedAt, SheetWord header, string[] aliases, Func<InitiativeDetails, SheetValue> write, params string[] reports) =>
        new(column, header, aliases) { ExportedAt = exportedAt, Write = write, Reports = reports };

    /// <summary>
    /// A cell people write by hand for several of the columns an export writes (a whole period, a budget with the EU's part),
    /// which only the import reads: it reports their messages where the sheet has it and not them.
    /// </summary>
    private static SheetColumn Combined(InitiativeColumn column, SheetWord header, string[] aliases, params InitiativeColumn[] standsFor) =>
        new(column, header, aliases) { StandsFor = standsFor };

    private static StoredText Stored(string name, string description, int maxLength, InitiativeColumn column, int exportedAt, SheetWord header, string[] aliases, Func<Initiative, string?> read, Func<InitiativeDraft, string?> get, Action<InitiativeDraft, string?> set, FormPlace form) =>
        new() { Name = name, Description = description, Length = maxLength, Column = column, ExportedAt = exportedAt, Header = header, Aliases = aliases, Read = read, Get = get, Set = set, Form = form };

    private static StoredYesNo StoredYesNo(string name, string description, InitiativeColumn column, int exportedAt, SheetWord header, string[] aliases, Func<Initiative, bool?> read, Func<InitiativeDraft, bool?> get, Action<InitiativeDraft, bool?> set, FormPlace form) =>
        new() { Name = name, Description = description, Column = column, ExportedAt = exportedAt, Header = header, Aliases = aliases, Read = read, Get = get, Set = set, Form = form };

    /// <summary>A row of the details page's facts that words a stored value as its kind does ("Not stated" when it is none).</summary>
    private static DetailsRow StoredRow(int position, string name) =>
        new(position, $"Initiative_Field_{name}", (t, d) => StoredWords(t, name, d.Stored[name]));

    /// <summary>A stored value's value in the words of its kind.</summary>
    private static string StoredWords(IStringLocalizer<Strings> text, string name, object? value) => StoredByName[name].Words(text, value);

    private static (DateOnly?, DateOnly?, int?, string?) PeriodOf(InitiativeDraft d) =>
        (d.StartMonth, d.EndMonth, d.DurationMonths, InitiativeDraftComparison.Text(d.PeriodNote));

    /// <summary>An empty priority or commitment in a published version: none in particular, not "not stated".</summary>
    private static string? NoneInParticular(IStringLocalizer<Strings> text, object value) =>
        value is string { Length: 0 } ? text["Published_NoneInParticular"].Value : null;

    private static string? SharedOrNot(IStringLocalizer<Strings> text, object value) =>
        value is bool shared ? (shared ? text["Published_Shared"] : text["Published_NotShared"]).Value : null;

    /// <summary>Partners as a version stores them, "IOM (Participating)", with their roles in words.</summary>
    private static string? PartnersWithRoles(IStringLocalizer<Strings> text, object value) =>
        value is IReadOnlyList<string> { Count: > 0 } partners ? text.List(partners.Select(text.Partner)) : null;

    /// <summary>Funding lines as a version stores them, with their sources and amounts in words.</summary>
    private static string? FundingLinesInWords(IStringLocalizer<Strings> text, object value) =>
        value is IReadOnlyList<string> { Count: > 0 } lines ? text.List(lines.Select(text.FundingLine)) : null;

    private static string Listed(IStringLocalizer<Strings> text, IReadOnlyList<string> items) =>
        items.Count == 0 ? text["Common_NoneRecorded"] : string.Join(", ", items);

    /// <summary>"March 2024 – June 2025 · 16 months (from spring)", as the details page says a period.</summary>
    private static string PeriodWords(IStringLocalizer<Strings> text, PeriodView period)
    {
        var range = text.Months(period.StartMonth, period.EndMonth);
        var duration = period.DurationMonths is { } months ? " · " + text.Counted("Initiative_Months", months) : string.Empty;
        var note = period.Note is { } n ? $" ({n})" : string.Empty;
        return range + duration + note;
    }

    private static string FundingLineWords(FieldWords w, FundingLineDraft line) =>
        string.Join(" · ", new[] { w.Text.Name(line.SourceKind), line.Programme, w.NameOf(line.ContributorId), w.Text.Euro(line.TotalBudget), w.Text["Editing_EuShare", w.Text.Euro(line.EuContribution)] }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>A value compared as it is and copied as it is.</summary>
    private static DraftPart Value<T>(string property, Func<InitiativeDraft, T> get, Action<InitiativeDraft, T> set, Func<Initiative, T>? from = null) => new(
        [property],
        d => get(d),
        (a, b) => EqualityComparer<T>.Default.Equals(get(a), get(b)),
        (_, mine, result) => set(result, get(mine)))
    {
        Load = from is null ? null : (d, i) => set(d, from(i)),
    };

    /// <summary>A text compared as stored (trimmed, empty as none) and copied as typed.</summary>
    private static DraftPart Text(string property, Func<InitiativeDraft, string?> get, Action<InitiativeDraft, string?> set, Func<Initiative, string?>? from = null) => new(
        [property],
        d => InitiativeDraftComparison.Text(get(d)),
        (a, b) => InitiativeDraftComparison.Text(get(a)) == InitiativeDraftComparison.Text(get(b)),
        (_, mine, result) => set(result, get(mine)))
    {
        Load = from is null ? null : (d, i) => set(d, from(i)),
    };

    /// <summary>A collection compared as a set and merged item by item, items matched by <paramref name="key"/>.</summary>
    private static DraftPart Set<T, TKey>(string property, Func<InitiativeDraft, List<T>> get, Action<InitiativeDraft, List<T>> set, Func<T, TKey> key, Func<Initiative, List<T>> from) => new(
        [property],
        d => get(d),
        (a, b) => SameSet(get(a), get(b)),
        (original, mine, result) => set(result, MergeByKey(get(original), get(mine), get(result), key)))
    {
        Load = (d, i) => set(d, from(i)),
    };

    private static bool SameSet<T>(List<T> a, List<T> b) => a.Count == b.Count && a.TrueForAll(b.Contains) && b.TrueForAll(a.Contains);

    /// <summary>Applies to <paramref name="stored"/> the items removed, added or changed between <paramref name="original"/> and <paramref name="mine"/>.</summary>
    private static List<T> MergeByKey<T, TKey>(List<T> original, List<T> mine, List<T> stored, Func<T, TKey> key)
    {
        var comparer = EqualityComparer<TKey>.Default;
        var result = stored.ToList();
        foreach (var removed in original.Where(o => !mine.Exists(m => comparer.Equals(key(m), key(o)))))
        {
            result.RemoveAll(r => comparer.Equals(key(r), key(removed)));
        }

        foreach (var item in mine)
        {
            var before = original.Find(o => comparer.Equals(key(o), key(item)));
            if (before is not null && EqualityComparer<T>.Default.Equals(before, item))
            {
                continue;
            }

            var at = result.FindIndex(r => comparer.Equals(key(r), key(item)));
            if (at >= 0)
            {
                result[at] = item;
            }
            else
            {
                result.Add(item);
            }
        }

        return result;
    }
}
