using System.Globalization;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

/// <summary>
/// The columns of a published version's download and each row's values, taken from the version alone (never from
/// today's records): what the version showed, with its names, status words and money as stored. The columns are the
/// catalogue's published fields in its order (<see cref="InitiativeFields.ApiMembersInVersion"/>, each entry's members
/// then the facts it keeps), then the day of the last update; a field added to the catalogue reaches the download. An
/// amount partly not known is the sum of what is known, with the count of what it does not know beside it.
/// </summary>
public static class VersionSheet
{
    /// <summary>The day of the latest progress update, which is not an initiative's field.</summary>
    public const string LastUpdateField = "LastUpdateOn";

    /// <summary>
    /// How the download writes the members whose cells are not their value as it is, or whose headers it has always had
    /// (the initiatives sheet's own where they are the same words); a member not listed here is written by its value's
    /// kind (<see cref="CellOf"/>) under its field's label.
    /// </summary>
    private static readonly Dictionary<string, Written[]> WrittenByMember = new(StringComparer.Ordinal)
    {
        ["ReferenceCode"] = [new(InitiativeColumns.WordOf(InitiativeColumn.ReferenceCode), r => SheetValue.OfText(r.ReferenceCode))],
        ["Title"] = [new(InitiativeColumns.WordOf(InitiativeColumn.Title), r => SheetValue.OfText(r.Title), InitiativeColumn.Title)],
        ["Summary"] = [new(null, r => SheetValue.OfText(r.Summary), InitiativeColumn.Summary)],
        ["Pillar"] = [new(InitiativeColumns.WordOf(InitiativeColumn.Pillar), r => SheetValue.OfText(SheetLabels.Of(r.Pillar)))],
        ["ThematicAreas"] = [new(InitiativeColumns.WordOf(InitiativeColumn.ThematicAreas), r => List(r.ThematicAreas))],
        // A name not known (a lead still to be determined, no responsible service) leaves its cell blank, as the scoreboard's export does.
        ["Lead"] = [new(InitiativeColumns.WordOf(InitiativeColumn.Lead), r => SheetValue.OfText(r.Lead))],
        ["ResponsibleService"] = [new(InitiativeColumns.WordOf(InitiativeColumn.ResponsibleService), r => SheetValue.OfText(r.ResponsibleService))],
        ["Period"] =
        [
            new(new("Start month", "Mois de début"), r => SheetValue.OfMonth(r.StartMonth)),
            new(new("End month", "Mois de fin"), r => SheetValue.OfMonth(r.EndMonth)),
            new(InitiativeColumns.WordOf(InitiativeColumn.PeriodNote), r => SheetValue.OfText(r.PeriodNote)),
        ],
        ["Status"] = [new(InitiativeColumns.WordOf(InitiativeColumn.Status), r => SheetValue.OfText(SheetLabels.Of(r.Status)))],
        ["Novelty"] = [new(new("Novelty", "Nouveauté"), r => SheetValue.OfText(SheetLabels.Of(r.Novelty)))],
        ["Location"] = [new(InitiativeColumns.WordOf(InitiativeColumn.Location), r => SheetValue.OfText(r.Location))],
        ["IsShareable"] = [new(new("Shared beyond the partnership", "Diffusable au-delà du partenariat"), r => SheetValue.OfText(SheetLabels.Of(r.IsShareable)))],
        ["Partners"] = [new(InitiativeColumns.WordOf(InitiativeColumn.Partners), r => List(r.Partners.Select(Partner)))],
        ["FundingLines"] = [new(new("Funding lines", "Lignes de financement"), r => List(r.FundingLines.Select(FundingLine)))],
        ["TotalBudget"] = [new(new("Total budget (EUR)", "Budget total (EUR)"), r => SheetValue.OfTotal(r.TotalBudget)) { NotKnownBeside = true }],
        ["EuContribution"] = [new(new("EU contribution (EUR)", "Contribution de l'UE (EUR)"), r => SheetValue.OfTotal(r.EuContribution)) { NotKnownBeside = true }],
    };

    /// <summary>
    /// Members the download writes with another member's column, by the name of that member: the amount's cell holds the
    /// sum of what is known (empty when nothing is, never 0), and the column beside it how many funding lines have no
    /// amount (<see cref="NotKnownColumn"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> CarriedIn { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["TotalBudgetUnknown"] = "TotalBudget",
        ["EuContributionUnknown"] = "EuContribution",
    };

    private static readonly SheetWord LastUpdateHeader = new("Last update", "Dernière mise à jour");

    /// <summary>Every column, in order: the catalogue's published fields, then the day of the last update.</summary>
    public static IReadOnlyList<VersionColumn> Columns { get; } =
    [
        .. InitiativeFields.All.SelectMany(e => e.ApiInVersion.SelectMany(m => ColumnsOf(e, m))
            .Concat(e.KeptInVersions ? e.Stored.Select(FactColumn) : [])),
        new(LastUpdateField, () => LastUpdateHeader.Current, r => r.LastUpdateOn is { } day ? SheetValue.OfText(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : SheetValue.Empty),
    ];

    /// <summary>The headers, in the language of the user who downloads.</summary>
    public static IReadOnlyList<string> Headers => [.. Columns.Select(c => c.Header())];

    /// <summary>The column of the title, where totals rows write their label.</summary>
    public static int TitleColumn { get; } = IndexOf("Title");

    public static int TotalBudgetColumn { get; } = IndexOf("TotalBudget");

    public static int EuContributionColumn { get; } = IndexOf("EuContribution");

    /// <summary>The kind of column whose width column <paramref name="index"/> takes: long text wraps in a wider column.</summary>
    public static InitiativeColumn? KindOf(int index) => Columns[index].Kind;

    public static SheetValue[] Values(PublishedInitiative row) => [.. Columns.Select(c => c.Value(row))];

    private static IEnumerable<VersionColumn> ColumnsOf(InitiativeFieldEntry entry, ApiMember<PublishedInitiative> member)
    {
        if (CarriedIn.ContainsKey(member.Name))
        {
            return [];
        }

        if (!WrittenByMember.TryGetValue(member.Name, out var written))
        {
            return [new(member.Name, () => ResourceText.Of(LabelKeyOf(entry)), r => CellOf(member.Read(r)))];
        }

        return written.SelectMany(w =>
        {
            Func<string> header = w.Header is { } word ? () => word.Current : () => ResourceText.Of(LabelKeyOf(entry));
            var column = new VersionColumn(member.Name, header, w.Value, w.Kind);
            return w.NotKnownBeside
                ? [column, new VersionColumn(CountedBeside(member.Name), () => NotKnownColumn.HeaderBeside(header()), r => NotKnownColumn.Beside(w.Value(r)))]
                : new[] { column };
        });
    }

    /// <summary>The member whose count the column beside <paramref name="amount"/> writes: "TotalBudgetUnknown".</summary>
    private static string CountedBeside(string amount) => CarriedIn.Single(c => c.Value == amount).Key;

    /// <summary>A fact versions keep, written as the initiatives sheet writes its stored value; empty in a version published before it was kept.</summary>
    private static VersionColumn FactColumn(StoredValue stored) => new(
        stored.Name,
        () => ResourceText.Of(stored.LabelKey),
        r => r.Facts.TryGetValue(stored.Name, out var fact) ? stored.Cell(stored.FromFact(fact)) : SheetValue.Empty,
        stored.Column);

    /// <summary>The label the comparison of versions gives the field when it reports it as one, else its label on the form.</summary>
    private static string LabelKeyOf(InitiativeFieldEntry entry) => entry.Compared is [var only] ? only.LabelKey : entry.LabelKey;

    /// <summary>A value as a sheet writes its kind: text, names in one cell, an amount (empty when unknown), a month, a number, yes or no.</summary>
    private static SheetValue CellOf(object? value) => value switch
    {
        null => SheetValue.Empty,
        string text => SheetValue.OfText(text),
        IEnumerable<string> items => List(items),
        decimal amount => SheetValue.OfAmount(amount),
        DateOnly month => SheetValue.OfMonth(month),
        int number => SheetValue.OfWholeNumber(number),
        bool yes => SheetValue.OfText(SheetLabels.Of(yes)),
        IFormattable formattable => SheetValue.OfText(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => SheetValue.OfText(value.ToString()),
    };

    private static int IndexOf(string field)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Field == field)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"A published version's download has no column for {field}.");
    }

    private static SheetValue List(IEnumerable<string> items) => SheetValue.OfText(string.Join(SheetLabels.ListSeparator, items));

    private static readonly SheetWord FundingLineWords = new("{0}: total budget {1}, EU contribution {2}", "{0}\u00a0: budget total {1}, contribution de l'UE {2}");

    /// <summary>A partner as the version keeps it ("IOM (Participating)"), its role in the sheet's words: "IOM (participating partner)".</summary>
    private static string Partner(string stored) =>
        StoredVersionText.Partner(stored) is (var organisation, { } role) ? $"{organisation} ({SheetLabels.Word(role).Current})" : stored;

    /// <summary>A funding line as the version keeps it, in the sheet's words and the reader's notation: "EU programme (Sweden): total budget € 1,000.00, EU contribution € 500.00".</summary>
    private static string FundingLine(string stored)
    {
        if (StoredVersionText.FundingLine(stored) is not { } line)
        {
            return stored;
        }

        return string.Format(CultureInfo.CurrentCulture, FundingLineWords.Current, line.Funder(SheetLabels.Of), Money(line.TotalBudget), Money(line.EuContribution));
    }

    private static string Money(decimal? amount) => amount is { } known ? Display.Euro(known) : SheetLabels.ToBeDetermined;

    /// <summary>A member's column as the download has always written it: its header (null for its field's label), its cell, its kind of column.</summary>
    private sealed record Written(SheetWord? Header, Func<PublishedInitiative, SheetValue> Value, InitiativeColumn? Kind = null)
    {
        /// <summary>Its amounts may not be known: the column beside it counts what each does not know.</summary>
        public bool NotKnownBeside { get; init; }
    }
}
