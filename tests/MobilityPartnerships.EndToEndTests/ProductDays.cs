using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.EndToEndTests;

/// <summary>Today as the app judges it (Display:TimeZone, Brussels by default); the UTC date is yesterday's for an hour or two after midnight.</summary>
internal static class ProductDays
{
    private static readonly DayCalendar Brussels = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));

    public static DateOnly Today => Brussels.DayOf(DateTimeOffset.UtcNow);
}
