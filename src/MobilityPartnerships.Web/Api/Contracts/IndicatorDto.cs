using MobilityPartnerships.Web.Features.Indicators;
using MobilityPartnerships.Web.Features.Indicators.Details;
using MobilityPartnerships.Web.Features.Initiatives.Details;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>
/// How an initiative's results are measured, with the figures its page shows: a figure not known is null, never 0, and
/// each is written as given, without trailing zeros (<see cref="IndicatorFigures.Exact(decimal)"/>: 0.5, not 0.5000).
/// </summary>
/// <param name="Id">The indicator's stable id.</param>
/// <param name="Name">The indicator.</param>
/// <param name="Description">What it counts or how, when stated.</param>
/// <param name="Unit">The unit its values are in, when stated.</param>
/// <param name="Baseline">Where it started: a value at a date; null when no baseline is set.</param>
/// <param name="Target">Where it should arrive: a value by a date; null when no target is set.</param>
/// <param name="LatestValue">The value that counts: of the latest period, the latest report; null when none was reported.</param>
/// <param name="OnTrack">Whether the latest value is at or beyond the straight line from baseline to target at the end of its period, in the direction the indicator should move (as the scoreboard counts "2 of 3"); null without a baseline, a target or a value.</param>
/// <param name="ValueCount">How many values were reported, one per period.</param>
/// <param name="Values">The reported values, newest first: at most the newest 20 (see valueCount; the indicator's page lists them all).</param>
public sealed record IndicatorDto(
    Guid Id,
    string Name,
    string? Description,
    string? Unit,
    IndicatorPointDto? Baseline,
    IndicatorPointDto? Target,
    IndicatorValueDto? LatestValue,
    bool? OnTrack,
    int ValueCount,
    IReadOnlyList<IndicatorValueDto> Values)
{
    public static IndicatorDto From(IndicatorView indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new(
            indicator.Id,
            indicator.Name,
            indicator.Description,
            indicator.Unit,
            indicator.Baseline is { } baseline ? new IndicatorPointDto(IndicatorFigures.Exact(baseline.Value), baseline.Date) : null,
            indicator.Target is { } target ? new IndicatorPointDto(IndicatorFigures.Exact(target.Value), target.Date) : null,
            indicator.Latest is { } latest ? IndicatorValueDto.From(latest) : null,
            indicator.IsOnTrack,
            indicator.ValueCount,
            [.. indicator.NewestValues.Select(IndicatorValueDto.From)]);
    }
}

/// <summary>An indicator's value at a date: its baseline or its target.</summary>
/// <param name="Value">The value, in the indicator's unit.</param>
/// <param name="Date">The day it holds at.</param>
public sealed record IndicatorPointDto(decimal Value, DateOnly Date);

/// <summary>A value reported for an indicator, for a period, with who reported it and when, as the indicator's page shows it.</summary>
/// <param name="Period">The period it was reported for, such as "2026 Q3" or "2026 H2".</param>
/// <param name="PeriodStart">The period's first day.</param>
/// <param name="PeriodEnd">The period's last day: the day it is compared with the line from baseline to target.</param>
/// <param name="Value">The value, in the indicator's unit.</param>
/// <param name="ReporterName">Who reported it: the name of their account when they reported it.</param>
/// <param name="ReporterOrganisation">The organisation they reported it for, by its shown name; null when they had none (a value entered by a script, an account of no organisation).</param>
/// <param name="ReportedAt">When it was reported.</param>
public sealed record IndicatorValueDto(string Period, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, string ReporterName, string? ReporterOrganisation, DateTimeOffset ReportedAt)
{
    public static IndicatorValueDto From(ReportedValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value.Period.ToString(), value.Period.Start, value.Period.End, IndicatorFigures.Exact(value.Value), value.ReporterName, value.ReporterOrganisation, value.ReportedAt);
    }
}
