namespace MobilityPartnerships.Domain.Indicators;

/// <summary>Whether an indicator should rise or fall from its baseline to its target.</summary>
public enum IndicatorDirection
{
    Rise,
    Fall,
}
