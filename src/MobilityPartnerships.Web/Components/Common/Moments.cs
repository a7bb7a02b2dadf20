using System.Globalization;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// How the pages, files and messages write a moment (a date with a time): in the configured zone, Brussels time by
/// default, saying which — "5 December 2026, 14:30 CET", "5 July 2026, 14:30 CEST" — whatever the server's own zone.
/// </summary>
public sealed class Moments
{
    private readonly TimeZoneInfo zone;
    private readonly DayCalendar days;
    private readonly string standard;
    private readonly string daylight;

    public Moments(IOptions<DisplayOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        (zone, standard, daylight) = InEnglish(options.Value.TimeZone);
        days = new DayCalendar(zone);
    }

    /// <summary>"5 December 2026, 14:30 CET".</summary>
    public string At(DateTimeOffset moment)
    {
        var local = Local(moment);
        return $"{Display.Day(DateOnly.FromDateTime(local.DateTime))}, {local.ToString("HH:mm", CultureInfo.CurrentCulture)} {Zone(moment)}";
    }

    /// <summary>"5 December 2026, 14:30 CET", or the given words when there is no moment.</summary>
    public string At(DateTimeOffset? moment, string otherwise) => moment is { } value ? At(value) : otherwise;

    /// <summary>The calendar day the moment falls on in the zone (a version published at 00:30 in Brussels on 6 December is of 6 December).</summary>
    public DateOnly Day(DateTimeOffset moment) => days.DayOf(moment);

    /// <summary>The zone's abbreviation at that moment: "CET" in winter, "CEST" in summer; "UTC+01:00" where it has none.</summary>
    public string Zone(DateTimeOffset moment)
    {
        var local = Local(moment);
        var name = zone.IsDaylightSavingTime(local) ? daylight : standard;
        return name.Length > 0 ? name : Offset(local.Offset);
    }

    /// <summary>
    /// The zone, and its abbreviations from its English names. The runtime names a zone in the interface language of the
    /// thread that loads it first and keeps it so for the whole process: loaded first by a French page, Brussels would be
    /// "heure normale d’Europe centrale", which has no abbreviation, and every page would say "UTC+01:00" for "CET". So
    /// the zone is loaded again here in English (the app makes one <see cref="Moments"/>).
    /// </summary>
    private static (TimeZoneInfo Zone, string Standard, string Daylight) InEnglish(string id)
    {
        var language = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            TimeZoneInfo.ClearCachedData();
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return (zone, Abbreviation(zone.StandardName), Abbreviation(zone.DaylightName));
        }
        finally
        {
            CultureInfo.CurrentUICulture = language;
        }
    }

    private DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, zone);

    private static string Offset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "UTC" : "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// The usual abbreviation of a zone's name: its initials ("Eastern Standard Time" EST), European zones without
    /// "Standard" ("Central European Standard Time" CET, "Central European Summer Time" CEST), "Coordinated Universal
    /// Time" UTC. Empty when the name does not lend itself to one (then the offset is shown).
    /// </summary>
    internal static string Abbreviation(string name)
    {
        if (name is "Coordinated Universal Time" or "UTC")
        {
            return "UTC";
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count < 2 || !words.TrueForAll(w => w.All(char.IsAsciiLetter) && char.IsAsciiLetterUpper(w[0])))
        {
            return string.Empty;
        }

        if (words.Contains("European"))
        {
            words.Remove("Standard");
        }

        return string.Concat(words.Select(w => w[0]));
    }
}
