namespace MobilityPartnerships.Domain.Indicators;

/// <summary>How long a reporting period is, matching the rhythm of the partnership's meetings.</summary>
public enum ReportingPeriodLength
{
    Quarter,
    HalfYear,
}
