using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>A body that monitors a partnership, such as its task force or cooperation platform.</summary>
/// <param name="Kind">What kind of body it is.</param>
/// <param name="Name">Its name.</param>
/// <param name="MeetingFrequency">How often it meets, as the sources say it; null when not known.</param>
public sealed record MonitoringBodyDto(MonitoringBodyKind Kind, string Name, string? MeetingFrequency);
