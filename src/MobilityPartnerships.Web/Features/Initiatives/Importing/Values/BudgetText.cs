using System.Text.RegularExpressions;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// Reads a cell that gives a total budget and the EU's part of it: "€1.495.000 / €1.196.000",
/// "€815.119,64, EU grant: €652.095,71", "€4.204.672,-/ €3.781.505,-". When one amount shows its decimal
/// separator, the other is read with the same one ("€553.073,00 / €448.291" is 448 291 euro). An EU part
/// above the total is refused.
/// </summary>
public static partial class BudgetText
{
    /// <summary>Reads one cell; "To be determined" makes both amounts to be determined.</summary>
    public static BudgetReading Read(string? text)
    {
        var cleaned = CellText.Clean(text);
        if (cleaned.Length == 0)
        {
            return new BudgetReading(new MoneyReading.Blank(), null);
        }

        if (ToBeDeterminedText.Matches(cleaned))
        {
            return new BudgetReading(new MoneyReading.ToBeDetermined(), new MoneyReading.ToBeDetermined());
        }

        var labels = EuLabel().Matches(cleaned);
        if (labels.Count > 1)
        {
            return Unreadable(cleaned);
        }

        string total;
        string? eu;
        if (labels.Count == 1)
        {
            (total, eu) = (cleaned[..labels[0].Index], cleaned[(labels[0].Index + labels[0].Length)..]);
        }
        else
        {
            var parts = cleaned.Split('/');
            if (parts.Length > 2)
            {
                return Unreadable(cleaned);
            }

            (total, eu) = (parts[0], parts.Length == 2 ? parts[1] : null);
        }

        total = TotalLabel().Replace(total.Trim().TrimEnd(',', ';', ' '), string.Empty);
        return Checked(Pair(total, eu?.Trim()), total, eu);
    }

    private static BudgetReading Pair(string total, string? eu)
    {
        var first = MoneyText.Parse(total, null);
        if (eu is null)
        {
            return new BudgetReading(first.Reading, null);
        }

        var second = MoneyText.Parse(eu, null);
        var totalReading = first.Reading is MoneyReading.Ambiguous && second.DecimalSeparator is { } fromEu
            ? MoneyText.Read(total, fromEu)
            : first.Reading;
        var euReading = second.Reading is MoneyReading.Ambiguous && first.DecimalSeparator is { } fromTotal
            ? MoneyText.Read(eu, fromTotal)
            : second.Reading;
        return new BudgetReading(totalReading, euReading);
    }

    private static BudgetReading Checked(BudgetReading reading, string total, string? eu) =>
        reading is { Total: MoneyReading.Amount { Value: var whole }, EuContribution: MoneyReading.Amount { Value: var part } } && part > whole
            ? reading with { EuContribution = new MoneyReading.Invalid(ResourceText.Format("Import_Value_EuAboveTotal", ShownCell.Of(CellText.Clean(eu)), ShownCell.Of(CellText.Clean(total)))) }
            : reading;

    private static BudgetReading Unreadable(string cleaned) =>
        new(new MoneyReading.Invalid(ResourceText.Format("Import_Value_MoreThanTwoAmounts", ShownCell.Of(cleaned))), null);

    /// <summary>", EU grant:", "EC contribution:", "of which EU": the words that introduce the EU's part.</summary>
    [GeneratedRegex(@"[,;]?\s*(?:\bof\s+which\s+|\bincl(?:uding|\.)?\s+)?\b(?:EU|EC)\b(?:\s+(?:grant|contribution|funding|share|part))?\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EuLabel();

    [GeneratedRegex(@"^\s*(?:total(?:\s+budget)?|budget|total\s+cost)\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalLabel();
}
