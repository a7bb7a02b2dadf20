namespace MobilityPartnerships.Web.Features.Api.Contracts;

/// <summary>How an initiative's results are measured.</summary>
/// <param name="Name">The indicator.</param>
/// <param name="Description">What it counts or how, when stated.</param>
public sealed record IndicatorDto(string Name, string? Description);
