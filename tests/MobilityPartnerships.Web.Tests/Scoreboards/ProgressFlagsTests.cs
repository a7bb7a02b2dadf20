using Bunit;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Tests.Scoreboards;

/// <summary>The flags a scoreboard row shows: late, the last rating when it is a worry, no recent update, archived.</summary>
public sealed class ProgressFlagsTests : ComponentTest
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static readonly ScoreboardRow Healthy = new()
    {
        Title = "Labour migration pilot",
        Status = InitiativeStatus.Ongoing,
        EndMonth = new DateOnly(2026, 12, 1),
        LastUpdateOn = Today.AddDays(-5),
        LastRating = ProgressRating.OnTrack,
    };

    private IRenderedComponent<ProgressFlags> Flags(ScoreboardRow row) =>
        Render<ProgressFlags>(p => p.Add(c => c.Row, row).Add(c => c.Today, Today).Add(c => c.StaleAfterDays, 30));

    [Fact]
    public void An_open_initiative_on_track_and_recently_updated_shows_no_flag()
    {
        var flags = Flags(Healthy);

        Assert.Empty(flags.FindAll(".mud-chip"));
    }

    [Fact]
    public void An_open_initiative_whose_end_month_is_over_is_late_and_says_which_month_ended()
    {
        var flags = Flags(Healthy with { EndMonth = new DateOnly(2026, 2, 1) });

        var late = flags.Find("[data-testid=flag-late]");
        Assert.Equal("Late", late.TextContent.Trim());
        Assert.Equal("Its end month (February 2026) is over and it is not completed.", late.GetAttribute("title"));
    }

    [Fact]
    public void An_initiative_in_its_end_month_is_not_late_yet()
    {
        var flags = Flags(Healthy with { EndMonth = new DateOnly(2026, 3, 1) });

        Assert.Empty(flags.FindAll("[data-testid=flag-late]"));
    }

    [Fact]
    public void A_completed_initiative_past_its_end_and_without_updates_is_neither_late_nor_waiting_for_an_update()
    {
        var flags = Flags(Healthy with { Status = InitiativeStatus.Completed, EndMonth = new DateOnly(2025, 1, 1), LastUpdateOn = null });

        Assert.Empty(flags.FindAll("[data-testid=flag-late]"));
        Assert.Empty(flags.FindAll("[data-testid=flag-stale]"));
    }

    [Theory]
    [InlineData(ProgressRating.Delayed, "Delayed", "mud-chip-color-error")]
    [InlineData(ProgressRating.AtRisk, "At risk", "mud-chip-color-warning")]
    public void A_worrying_last_rating_is_shown_in_its_colour(ProgressRating rating, string text, string colour)
    {
        var flags = Flags(Healthy with { LastRating = rating });

        var chip = flags.Find("[data-testid=flag-rating]");
        Assert.Equal(text, chip.TextContent.Trim());
        Assert.Contains(colour, chip.ClassList);
    }

    [Theory]
    [InlineData(ProgressRating.OnTrack)]
    [InlineData(ProgressRating.Completed)]
    public void A_reassuring_last_rating_is_not_a_flag(ProgressRating rating)
    {
        var flags = Flags(Healthy with { LastRating = rating });

        Assert.Empty(flags.FindAll("[data-testid=flag-rating]"));
    }

    [Fact]
    public void An_open_initiative_never_updated_says_so()
    {
        var flags = Flags(Healthy with { LastUpdateOn = null });

        Assert.Equal("No progress update yet", flags.Find("[data-testid=flag-stale]").TextContent.Trim());
    }

    [Fact]
    public void An_open_initiative_whose_last_update_is_older_than_the_limit_says_how_long_the_limit_is()
    {
        var flags = Flags(Healthy with { LastUpdateOn = Today.AddDays(-31) });

        Assert.Equal("No update for 30 days", flags.Find("[data-testid=flag-stale]").TextContent.Trim());
    }

    [Fact]
    public void An_update_exactly_at_the_limit_is_still_recent()
    {
        var flags = Flags(Healthy with { LastUpdateOn = Today.AddDays(-30) });

        Assert.Empty(flags.FindAll("[data-testid=flag-stale]"));
    }

    [Fact]
    public void An_archived_initiative_is_marked_archived()
    {
        var flags = Flags(Healthy with { IsArchived = true });

        Assert.Equal(["Archived"], flags.FindAll(".mud-chip").Select(c => c.TextContent.Trim()));
    }
}
