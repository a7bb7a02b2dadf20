using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Features.Indicators.Details;

/// <summary>What the indicator page shows: the indicator, its initiative's implementation period and the values reported so far.</summary>
public sealed record IndicatorDetails(
    Guid InitiativeId,
    string InitiativeTitle,
    Guid PartnershipId,
    string PartnershipName,
    Guid IndicatorId,
    string Name,
    string? Description,
    string? Unit,
    IndicatorPoint? Baseline,
    IndicatorPoint? Target,
    string? MeansOfVerification,
    ImplementationPeriod Implementation,
    IReadOnlyList<ReportedValue> Values)
{
    public DateOnly? ImplementationStart => Implementation.StartMonth;

    public DateOnly? ImplementationEnd => Implementation.EndMonth;

    /// <summary>
    /// Whether <paramref name="value"/> lies outside the implementation period, by the rule a report is checked by: left
    /// there by a change of period stored before a period had to keep its values. It cannot be corrected, only removed;
    /// until then it counts as any other (decision 0035).
    /// </summary>
    public bool IsOutsideImplementation(ReportedValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return !PeriodInImplementation.Holds(Implementation, value.Period);
    }

    public IndicatorDirection? Direction => Baseline is { } b && Target is { } t ? IndicatorProgress.DirectionOf(b.Value, t.Value) : null;

    /// <summary>The value that counts: of the latest period, the latest report.</summary>
    public ReportedValue? Latest => ReportedValues.Latest(Values);

    public bool? IsOnTrack => ReportedValues.IsOnTrack(Baseline, Target, Latest);

    /// <summary>How its figures are written: to the precision of its baseline, target and values.</summary>
    public IndicatorFigures Figures => IndicatorFigures.Of(Unit, [Baseline?.Value, Target?.Value, .. Values.Select(v => (decimal?)v.Value)]);
}

/// <summary>
/// What an indicator's reported values say, defined once for its page, an initiative's read (the API) and, in SQL, the
/// scoreboard (whose statement orders the values the same way).
/// </summary>
public static class ReportedValues
{
    /// <summary>The value that counts: of the latest period, the latest report; null when none was reported.</summary>
    public static ReportedValue? Latest(IEnumerable<ReportedValue> values) =>
        values.OrderByDescending(v => v.Period.End).ThenByDescending(v => v.ReportedAt).FirstOrDefault();

    /// <summary>Whether the latest value is on track (see <see cref="IndicatorProgress.IsOnTrack"/>); null without a baseline, a target or a value.</summary>
    public static bool? IsOnTrack(IndicatorPoint? baseline, IndicatorPoint? target, ReportedValue? latest) =>
        IndicatorProgress.IsOnTrack(baseline, target, latest is { } l ? new IndicatorPoint(l.Value, l.Period.End) : null);
}

/// <summary>One reported value, with who reported it and when.</summary>
public sealed record ReportedValue(ReportingPeriod Period, decimal Value, string ReporterName, string? ReporterOrganisation, DateTimeOffset ReportedAt);
