namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>When an initiative was to run as first announced in the scoreboard, beside its actual period.</summary>
/// <param name="StartMonth">The first day of the month first announced for its start; null when not known.</param>
/// <param name="EndMonth">The first day of the month first announced for its end; null when not known.</param>
public sealed record AnnouncedPeriodDto(DateOnly? StartMonth, DateOnly? EndMonth);
