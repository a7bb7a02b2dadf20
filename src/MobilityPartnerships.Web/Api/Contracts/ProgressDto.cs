using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>A dated progress update on an initiative.</summary>
/// <param name="ReportedOn">The day the progress was reported.</param>
/// <param name="Rating">How the author judges the initiative's course.</param>
/// <param name="Narrative">What happened, in the author's words.</param>
/// <param name="Organisation">The organisation the author acts for, when stated.</param>
public sealed record ProgressDto(DateOnly ReportedOn, ProgressRating Rating, string Narrative, string? Organisation);
