using System.Globalization;
using MobilityPartnerships.Domain.Indicators;

namespace MobilityPartnerships.Web.Features.Indicators;

/// <summary>
/// How an indicator's figures are written, on its page, its chart and in the API alike: a stored figure exactly as it was
/// given, without the trailing zeros the database's four decimals add (0.5, never 0.5000); a computed one, such as the
/// line from baseline to target between two dates, to the precision of the indicator's own figures (<see cref="Decimals"/>),
/// half away from zero: 307 % where the figures are whole, not 307.1066 %. A unit that counts things
/// (<see cref="IndicatorUnit.IsCount"/>) has whole figures (686.9863 persons is 687 persons).
/// </summary>
/// <param name="Unit">The indicator's unit.</param>
/// <param name="Decimals">The most decimals one of its figures is given with; 0 for a count.</param>
public sealed record IndicatorFigures(string? Unit, int Decimals)
{
    public const string Notation = "#,##0.####";

    /// <summary>The notation of an indicator whose figures (baseline, target, reported values) are <paramref name="given"/>.</summary>
    public static IndicatorFigures Of(string? unit, IEnumerable<decimal?> given)
    {
        ArgumentNullException.ThrowIfNull(given);
        return new(unit, IndicatorUnit.IsCount(unit) ? 0 : given.OfType<decimal>().Select(v => (int)Exact(v).Scale).DefaultIfEmpty(0).Max());
    }

    /// <summary>The figure as given, without trailing zeros: how the API writes a stored figure.</summary>
    public static decimal Exact(decimal value)
    {
        var scale = (int)value.Scale;
        while (scale > 0 && decimal.Round(value, scale - 1) == value)
        {
            scale--;
        }

        return decimal.Round(value, scale);
    }

    /// <summary>The figure as given, without trailing zeros; null when not set.</summary>
    public static decimal? Exact(decimal? value) => value is { } v ? Exact(v) : null;

    /// <summary>The figure as shown: to <see cref="Decimals"/>, half away from zero, without trailing zeros.</summary>
    public decimal Shown(decimal value) => Exact(decimal.Round(value, Decimals, MidpointRounding.AwayFromZero));

    public string Format(decimal value, IFormatProvider? culture = null) =>
        Shown(value).ToString(Notation, culture ?? CultureInfo.CurrentCulture);
}
