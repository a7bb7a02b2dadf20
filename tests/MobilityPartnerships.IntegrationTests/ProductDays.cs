using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.IntegrationTests;

/// <summary>The calendar the app counts days in by default (Display:TimeZone), for scenes that call the domain directly.</summary>
internal static class ProductDays
{
    public static readonly DayCalendar Brussels = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));

    /// <summary>Today as the app judges it on the system clock; the UTC date is yesterday's for an hour or two after midnight.</summary>
    public static DateOnly Today => Brussels.DayOf(DateTimeOffset.UtcNow);
}
