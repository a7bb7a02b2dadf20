using System.Globalization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Hosting.Languages;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// The count and money of some rows: each amount the sum of what is known, and its label says how many rows it does
/// not fully know. The label starts with <see cref="LabelStart"/> and is the row's only text, so that an import skips
/// the row: "Total Legal migration (12 initiatives)", "Total, all pillars (40 initiatives; total budget not known for 3)",
/// written in the language of the user who exports ("Total, tous les piliers (40 initiatives; budget total inconnu pour 3)").
/// </summary>
public sealed record SheetTotal(string Label, int Count, Amount TotalBudget, Amount EuContribution)
{
    public const string LabelStart = "Total";

    public static SheetTotal OfPillar(Pillar pillar, IReadOnlyCollection<InitiativeDetails> rows) =>
        Of($"{LabelStart} {SheetLabels.Of(pillar)}", rows);

    public static SheetTotal OfAll(IReadOnlyCollection<InitiativeDetails> rows) =>
        Of(AllPillars, rows);

    /// <summary>"Total, all pillars", or in French "Total, tous les piliers".</summary>
    public static string AllPillars => new SheetWord($"{LabelStart}, all pillars", $"{LabelStart}, tous les piliers").Current;

    /// <summary>"Total Legal migration (12 initiatives; total budget not known for 3, EU contribution not known for 5)".</summary>
    public static string LabelOf(string what, int count, Amount totalBudget, Amount euContribution)
    {
        var french = Language.Current == Language.French;
        var culture = french ? Language.French.Culture : CultureInfo.InvariantCulture;
        var noun = Components.Common.Display.TakesSingular(count) ? "initiative" : "initiatives";
        var unknown = new List<string>();
        if (totalBudget.Unknown > 0)
        {
            unknown.Add(string.Format(culture, french ? "budget total inconnu pour {0:N0}" : "total budget not known for {0:N0}", totalBudget.Unknown));
        }

        if (euContribution.Unknown > 0)
        {
            unknown.Add(string.Format(culture, french ? "contribution de l'UE inconnue pour {0:N0}" : "EU contribution not known for {0:N0}", euContribution.Unknown));
        }

        var note = unknown.Count == 0 ? string.Empty : "; " + string.Join(", ", unknown);
        return string.Format(culture, "{0} ({1:N0} {2}{3})", what, count, noun, note);
    }

    private static SheetTotal Of(string what, IReadOnlyCollection<InitiativeDetails> rows)
    {
        var totalBudget = Amount.Total(rows.Select(r => r.TotalBudget));
        var euContribution = Amount.Total(rows.Select(r => r.EuContribution));
        return new SheetTotal(LabelOf(what, rows.Count, totalBudget, euContribution), rows.Count, totalBudget, euContribution);
    }
}
