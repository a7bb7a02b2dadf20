using System.Globalization;
using System.Text.Json.Serialization;
using MobilityPartnerships.Web.Features.Indicators.Reporting;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// An indicator's value as a program reports it. The value is a number as JSON writes it — a JSON number, or the same in a
/// string — as every number the API reads (an amount, a baseline): never in a language's notation, whatever language the
/// request names. (The page's <see cref="IndicatorValueDraft"/> reads what a person types, in their language.)
/// </summary>
public sealed record IndicatorValueReport
{
    /// <summary>The period, a quarter ("2026 Q3") or a half-year ("2026 H2"), as the page's form reads it.</summary>
    public string? Period { get; init; }

    /// <summary>The value, with up to four decimals.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public decimal? Value { get; init; }

    /// <summary>True to replace the value the period already has.</summary>
    public bool ReplaceConfirmed { get; init; }

    /// <summary>The report as the page's draft, its value written so that it reads back exactly.</summary>
    internal IndicatorValueDraft ToDraft() => new()
    {
        Period = Period,
        Value = Value?.ToString(CultureInfo.InvariantCulture),
        Notation = CultureInfo.InvariantCulture,
        ReplaceConfirmed = ReplaceConfirmed,
    };
}
