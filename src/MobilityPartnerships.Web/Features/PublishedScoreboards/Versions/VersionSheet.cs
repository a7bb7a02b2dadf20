using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

/// <summary>
/// The columns of a published version's download and each row's values, taken from the version alone (never from
/// today's records): what the version showed, with its names, status words and money as stored.
/// </summary>
public static class VersionSheet
{
    private static readonly (string Header, Func<PublishedInitiative, SheetValue> Value, bool Wide)[] Columns =
    [
        ("Reference code", r => SheetValue.OfText(r.ReferenceCode), false),
        ("Title", r => SheetValue.OfText(r.Title), true),
        ("Pillar", r => SheetValue.OfText(SheetLabels.Of(r.Pillar)), false),
        ("Thematic areas", r => List(r.ThematicAreas), false),
        ("Lead", r => SheetValue.OfText(r.Lead ?? SheetLabels.ToBeDetermined), false),
        ("Responsible service", r => SheetValue.OfText(r.ResponsibleService), false),
        ("Partners", r => List(r.Partners), false),
        ("Status", r => SheetValue.OfText(SheetLabels.Of(r.Status)), false),
        ("Novelty", r => SheetValue.OfText(SheetLabels.Of(r.Novelty)), false),
        ("Start month", r => SheetValue.OfMonth(r.StartMonth), false),
        ("End month", r => SheetValue.OfMonth(r.EndMonth), false),
        ("Period note", r => SheetValue.OfText(r.PeriodNote), false),
        ("Location", r => SheetValue.OfText(r.Location), false),
        ("Shared beyond the partnership", r => SheetValue.OfText(SheetLabels.Of(r.IsShareable)), false),
        ("Funding lines", r => List(r.FundingLines), false),
        ("Total budget (EUR)", r => SheetValue.OfAmount(r.TotalBudget.Sum), false),
        ("EU contribution (EUR)", r => SheetValue.OfAmount(r.EuContribution.Sum), false),
        ("Last update", r => r.LastUpdateOn is { } day ? SheetValue.OfText(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : SheetValue.Empty, false),
    ];

    public static IReadOnlyList<string> Headers { get; } = [.. Columns.Select(c => c.Header)];

    /// <summary>The column of the title, where totals rows write their label.</summary>
    public static int TitleColumn => 1;

    public static int TotalBudgetColumn => Columns.Length - 3;

    public static int EuContributionColumn => Columns.Length - 2;

    /// <summary>Whether column <paramref name="index"/> holds long text (wraps in a wider column).</summary>
    public static InitiativeColumn? KindOf(int index) => Columns[index].Wide ? InitiativeColumn.Title : null;

    public static SheetValue[] Values(PublishedInitiative row) => [.. Columns.Select(c => c.Value(row))];

    private static SheetValue List(IReadOnlyList<string> items) => SheetValue.OfText(string.Join(SheetLabels.ListSeparator, items));
}
