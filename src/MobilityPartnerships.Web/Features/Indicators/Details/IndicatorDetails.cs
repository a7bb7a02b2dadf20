using MobilityPartnerships.Domain.Indicators;

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
    DateOnly? ImplementationStart,
    DateOnly? ImplementationEnd,
    IReadOnlyList<ReportedValue> Values)
{
    public IndicatorDirection? Direction => Baseline is { } b && Target is { } t ? IndicatorProgress.DirectionOf(b.Value, t.Value) : null;

    /// <summary>The value that counts: of the latest period, the latest report.</summary>
    public ReportedValue? Latest => Values.OrderByDescending(v => v.Period.End).ThenByDescending(v => v.ReportedAt).FirstOrDefault();

    public bool? IsOnTrack => IndicatorProgress.IsOnTrack(Baseline, Target, Latest is { } l ? new IndicatorPoint(l.Value, l.Period.End) : null);
}

/// <summary>One reported value, with who reported it and when.</summary>
public sealed record ReportedValue(ReportingPeriod Period, decimal Value, string ReporterName, string? ReporterOrganisation, DateTimeOffset ReportedAt);
