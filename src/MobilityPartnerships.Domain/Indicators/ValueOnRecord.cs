namespace MobilityPartnerships.Domain.Indicators;

/// <summary>
/// A value on record for one of an initiative's indicators, as far as the initiative's own rules need it: which indicator,
/// and the period it was reported for. The values are records of their own (<see cref="IndicatorValue"/>); a handler
/// reads these of an initiative in one statement and hands them to the initiative's method that must keep them.
/// </summary>
public sealed record ValueOnRecord(Guid IndicatorId, ReportingPeriod Period);
