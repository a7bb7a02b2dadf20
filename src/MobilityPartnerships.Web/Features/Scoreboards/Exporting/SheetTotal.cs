using System.Globalization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// The count and money of some rows: each amount the sum of what is known, and its label says how many rows it does
/// not fully know. The label starts with <see cref="LabelStart"/> and is the row's only text, so that an import skips
/// the row: "Total Legal migration (12 initiatives)", "Total, all pillars (40 initiatives; total budget not known for 3)".
/// </summary>
public sealed record SheetTotal(string Label, int Count, Amount TotalBudget, Amount EuContribution)
{
    public const string LabelStart = "Total";

    public static SheetTotal OfPillar(Pillar pillar, IReadOnlyCollection<ExportedInitiative> rows) =>
        Of($"{LabelStart} {SheetLabels.Of(pillar)}", rows);

    public static SheetTotal OfAll(IReadOnlyCollection<ExportedInitiative> rows) =>
        Of($"{LabelStart}, all pillars", rows);

    /// <summary>"Total Legal migration (12 initiatives; total budget not known for 3, EU contribution not known for 5)".</summary>
    public static string LabelOf(string what, int count, Amount totalBudget, Amount euContribution)
    {
        var noun = count == 1 ? "initiative" : "initiatives";
        var unknown = new List<string>();
        if (totalBudget.Unknown > 0)
        {
            unknown.Add(string.Create(CultureInfo.InvariantCulture, $"total budget not known for {totalBudget.Unknown:N0}"));
        }

        if (euContribution.Unknown > 0)
        {
            unknown.Add(string.Create(CultureInfo.InvariantCulture, $"EU contribution not known for {euContribution.Unknown:N0}"));
        }

        var note = unknown.Count == 0 ? string.Empty : "; " + string.Join(", ", unknown);
        return string.Create(CultureInfo.InvariantCulture, $"{what} ({count:N0} {noun}{note})");
    }

    private static SheetTotal Of(string what, IReadOnlyCollection<ExportedInitiative> rows)
    {
        var totalBudget = Amount.Total(rows.Select(r => r.TotalBudget));
        var euContribution = Amount.Total(rows.Select(r => r.EuContribution));
        return new SheetTotal(LabelOf(what, rows.Count, totalBudget, euContribution), rows.Count, totalBudget, euContribution);
    }
}
