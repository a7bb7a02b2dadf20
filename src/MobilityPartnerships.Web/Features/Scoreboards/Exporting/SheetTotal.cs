using System.Globalization;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// The count and money of some rows: unknown amounts count as nothing, so a total is the sum of what is known.
/// Its label starts with <see cref="LabelStart"/>: "Total Legal migration (12 initiatives)", "Total, all pillars (40 initiatives)".
/// </summary>
public sealed record SheetTotal(string Label, int Count, decimal TotalBudget, decimal EuContribution)
{
    public const string LabelStart = "Total";

    public static SheetTotal OfPillar(Pillar pillar, IReadOnlyCollection<ExportedInitiative> rows) =>
        Of($"{LabelStart} {SheetLabels.Of(pillar)}", rows);

    public static SheetTotal OfAll(IReadOnlyCollection<ExportedInitiative> rows) =>
        Of($"{LabelStart}, all pillars", rows);

    private static SheetTotal Of(string what, IReadOnlyCollection<ExportedInitiative> rows)
    {
        var count = rows.Count;
        var noun = count == 1 ? "initiative" : "initiatives";
        return new SheetTotal(
            string.Create(CultureInfo.InvariantCulture, $"{what} ({count:N0} {noun})"),
            count,
            rows.Sum(r => r.TotalBudget ?? 0m),
            rows.Sum(r => r.EuContribution ?? 0m));
    }
}
