namespace MobilityPartnerships.Domain.Progress;

/// <summary>An initiative's latest progress update (<see cref="LatestProgress"/>'s order) as its status is checked against it: its rating and the day it describes.</summary>
public sealed record LatestUpdate(ProgressRating Rating, DateOnly ReportedOn);
