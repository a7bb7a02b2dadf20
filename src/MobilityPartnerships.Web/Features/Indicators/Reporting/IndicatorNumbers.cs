using System.Globalization;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Features.Indicators.Reporting;

/// <summary>
/// Reads an indicator's value as a user types it, in their own language's notation (<see cref="TypedNumber"/>), or in the
/// draft's own notation where it has one (a program's, invariant); null when blank or not a number.
/// </summary>
public static class IndicatorNumbers
{
    public static decimal? Parse(string? text, CultureInfo? notation = null) =>
        TypedNumber.TryRead(text, notation ?? CultureInfo.CurrentCulture, out var value) ? value : null;
}
