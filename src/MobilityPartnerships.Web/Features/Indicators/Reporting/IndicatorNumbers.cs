using System.Globalization;

namespace MobilityPartnerships.Web.Features.Indicators.Reporting;

/// <summary>Reads a number as a user types it, in their own culture's notation or the invariant one ("1234.5").</summary>
public static class IndicatorNumbers
{
    public static decimal? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.CurrentCulture, out var local) ? local
            : decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var invariant) ? invariant
            : null;
    }
}
