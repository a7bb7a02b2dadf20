using System.Globalization;
using MobilityPartnerships.Domain.Indicators;

namespace MobilityPartnerships.Web.Features.Indicators;

/// <summary>
/// An indicator's figure as the page and its chart show it, in the user's language with up to four decimals. A figure of
/// a unit that counts things (<see cref="IndicatorUnit.IsCount"/>) is a whole number: a computed one, such as the line
/// from baseline to target between two dates (686.9863 persons), is rounded as a reader expects (687 persons).
/// </summary>
public static class IndicatorFigures
{
    public const string Notation = "#,##0.####";

    public static string Format(decimal value, string? unit, IFormatProvider? culture = null) =>
        Shown(value, unit).ToString(Notation, culture ?? CultureInfo.CurrentCulture);

    /// <summary>The figure as shown: rounded to a whole number, half away from zero, where the unit counts things.</summary>
    public static decimal Shown(decimal value, string? unit) =>
        IndicatorUnit.IsCount(unit) ? decimal.Round(value, 0, MidpointRounding.AwayFromZero) : value;
}
