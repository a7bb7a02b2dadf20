namespace MobilityPartnerships.Domain.Indicators;

/// <summary>A value of an indicator at a date: its baseline, its target, or a reported value at the end of its period.</summary>
public readonly record struct IndicatorPoint(decimal Value, DateOnly Date);
