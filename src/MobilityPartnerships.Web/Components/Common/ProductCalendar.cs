using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// "Today" as the product's users know it, and the day of any moment: in the zone the pages show times in
/// (<see cref="DisplayOptions.TimeZone"/>, Brussels by default), whatever the server's own zone. Every rule that asks
/// what day it is (a date in the future, late or stale work, a meeting already held) asks here, never the UTC date.
/// </summary>
public sealed class ProductCalendar
{
    private readonly TimeProvider clock;

    public ProductCalendar(TimeProvider clock, IOptions<DisplayOptions> options)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        this.clock = clock;
        Days = new DayCalendar(TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone));
    }

    /// <summary>The calendar the domain judges days in.</summary>
    public DayCalendar Days { get; }

    /// <summary>Today's date for the product's users.</summary>
    public DateOnly Today => Days.DayOf(clock.GetUtcNow());

    /// <summary>The day on which <paramref name="moment"/> fell for the product's users.</summary>
    public DateOnly DayOf(DateTimeOffset moment) => Days.DayOf(moment);
}
