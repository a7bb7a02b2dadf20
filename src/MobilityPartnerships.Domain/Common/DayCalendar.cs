namespace MobilityPartnerships.Domain.Common;

/// <summary>
/// The calendar the product's users count days in: one time zone (Brussels, from the app's settings). The day a thing
/// happened and "today" are both judged in it, so a proposal made at 00:30 in Brussels on 11 March is of 11 March, as is
/// today at that moment. The zone's own rules place each moment, summer time included; never a fixed offset.
/// </summary>
public sealed class DayCalendar
{
    private readonly TimeZoneInfo zone;

    public DayCalendar(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        this.zone = zone;
    }

    /// <summary>The calendar day on which <paramref name="moment"/> falls for the product's users.</summary>
    public DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);
}
