using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>A status a partnership reached, and when.</summary>
/// <param name="Status">The status reached.</param>
/// <param name="On">The day it was reached; null when not known.</param>
/// <param name="Precision">Whether <paramref name="On"/> is known to the day or only to the month; "Unknown" when there is no date.</param>
public sealed record StatusChangeDto(PartnershipStatus Status, DateOnly? On, DatePrecision Precision);
