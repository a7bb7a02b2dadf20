using System.Globalization;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Tests.Components.Common;

/// <summary>A moment is shown in the configured zone (Brussels by default), saying which, whatever the server's zone.</summary>
public sealed class MomentsTests : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;

    public MomentsTests() => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");

    public void Dispose() => CultureInfo.CurrentCulture = culture;

    private static Moments In(string? zone = null) =>
        new(Options.Create(zone is null ? new DisplayOptions() : new DisplayOptions { TimeZone = zone }));

    [Fact]
    public void A_winter_moment_reads_in_Brussels_time_as_CET_by_default()
    {
        Assert.Equal("5 December 2026, 14:30 CET", In().At(new DateTimeOffset(2026, 12, 5, 13, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_zone_is_abbreviated_the_same_when_a_French_page_loaded_it_first()
    {
        // The runtime names a zone in the language of the thread that loads it first, and keeps those names for the process.
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
            TimeZoneInfo.ClearCachedData();
            _ = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

            Assert.Equal("5 December 2026, 14:30 CET", In().At(new DateTimeOffset(2026, 12, 5, 13, 30, 0, TimeSpan.Zero)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    [Fact]
    public void A_summer_moment_reads_in_Brussels_summer_time_as_CEST()
    {
        Assert.Equal("5 July 2026, 15:30 CEST", In().At(new DateTimeOffset(2026, 7, 5, 13, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_same_moment_given_with_another_offset_reads_the_same()
    {
        Assert.Equal("5 December 2026, 14:30 CET", In().At(new DateTimeOffset(2026, 12, 5, 8, 30, 0, TimeSpan.FromHours(-5))));
    }

    [Fact]
    public void The_changes_of_clock_are_where_the_zone_has_them()
    {
        // Summer time in the EU starts on 29 March 2026 at 01:00 UTC.
        Assert.Equal("29 March 2026, 01:59 CET", In().At(new DateTimeOffset(2026, 3, 29, 0, 59, 0, TimeSpan.Zero)));
        Assert.Equal("29 March 2026, 03:00 CEST", In().At(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_day_of_a_moment_is_its_day_in_the_zone()
    {
        Assert.Equal(new DateOnly(2026, 12, 6), In().Day(new DateTimeOffset(2026, 12, 5, 23, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("Europe/London", 12, "5 December 2026, 13:30 GMT")]
    [InlineData("Europe/London", 7, "5 July 2026, 14:30 BST")]
    [InlineData("UTC", 7, "5 July 2026, 13:30 UTC")]
    [InlineData("Europe/Chisinau", 12, "5 December 2026, 15:30 EET")]
    public void Another_configured_zone_is_used_and_named(string zone, int month, string expected)
    {
        Assert.Equal(expected, In(zone).At(new DateTimeOffset(2026, month, 5, 13, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_setting_that_names_no_zone_is_refused()
    {
        Assert.True(new DisplayOptions().NamesAKnownZone());
        Assert.False(new DisplayOptions { TimeZone = "Europe/Atlantis" }.NamesAKnownZone());
    }
}
