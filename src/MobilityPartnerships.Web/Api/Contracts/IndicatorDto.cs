namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>How an initiative's results are measured.</summary>
/// <param name="Id">The indicator's stable id.</param>
/// <param name="Name">The indicator.</param>
/// <param name="Description">What it counts or how, when stated.</param>
/// <param name="Unit">The unit its values are in, when stated.</param>
public sealed record IndicatorDto(Guid Id, string Name, string? Description, string? Unit);
