using System.ComponentModel.DataAnnotations;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>Settings under "Display": the time zone in which dates and times are shown to people.</summary>
public sealed class DisplayOptions
{
    public const string Section = "Display";

    /// <summary>An IANA time zone ("Europe/Brussels"); checked at start.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Brussels";

    /// <summary>Whether <see cref="TimeZone"/> names a zone this machine knows.</summary>
    public bool NamesAKnownZone() => System.TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);
}
