namespace MobilityPartnerships.Web.Features.Indicators.Reporting;

/// <summary>A reported indicator value as the user types it: the period ("2026 Q3", "2026 H2") and the value as text.</summary>
public sealed class IndicatorValueDraft
{
    public string? Period { get; set; }

    public string? Value { get; set; }
}
