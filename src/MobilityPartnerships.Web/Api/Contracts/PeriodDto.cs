namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>When an initiative runs, as far as the sources say.</summary>
/// <param name="StartMonth">The first day of the month it starts; null when not known.</param>
/// <param name="EndMonth">The first day of the month it ends; null when not known.</param>
/// <param name="DurationMonths">Its duration in months, when the sources give one.</param>
/// <param name="Note">What the sources say about the period in words, such as "ongoing since 2008".</param>
public sealed record PeriodDto(DateOnly? StartMonth, DateOnly? EndMonth, int? DurationMonths, string? Note);
