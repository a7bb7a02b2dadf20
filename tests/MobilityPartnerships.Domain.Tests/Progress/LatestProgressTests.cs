using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Domain.Tests.Progress;

/// <summary>The latest update is the one reported on the latest day, and of those the one recorded last; in memory as in a query.</summary>
public sealed class LatestProgressTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void The_latest_is_of_the_latest_day_and_then_the_last_recorded()
    {
        var (initiative, author) = Scene();
        var older = ProgressUpdate.Post(initiative, author, Today.AddDays(-30), ProgressRating.OnTrack, "Older", Today, DateTimeOffset.UnixEpoch);
        var first = ProgressUpdate.Post(initiative, author, Today.AddDays(-2), ProgressRating.AtRisk, "Same day, first", Today, DateTimeOffset.UnixEpoch);
        var second = ProgressUpdate.Post(initiative, author, Today.AddDays(-2), ProgressRating.Delayed, "Same day, second", Today, DateTimeOffset.UnixEpoch);
        var (earlier, later) = first.Id.CompareTo(second.Id) < 0 ? (first, second) : (second, first);
        ProgressUpdate[] updates = [earlier, older, later];

        Assert.Same(later, LatestProgress.Newest(updates, u => u.ReportedOn, u => u.Id));
        Assert.Equal(later.Rating, LatestProgress.RatingOf(updates.AsQueryable()));
        Assert.Equal([later, earlier, older], updates.AsQueryable().NewestFirst());
    }

    [Fact]
    public void No_update_has_no_rating()
    {
        Assert.Null(LatestProgress.RatingOf(Array.Empty<ProgressUpdate>().AsQueryable()));
        Assert.Null(LatestProgress.Newest(Array.Empty<ProgressUpdate>(), u => u.ReportedOn, u => u.Id));
    }

    private static (Initiative Initiative, ProgressAuthor Author) Scene()
    {
        var partnership = Known.SignedMobilityPartnership();
        var lead = Known.Portugal();
        partnership.RecordOriginalSignatory(lead);
        var initiative = Initiative.Propose(partnership, "Circular migration pilot", Pillar.LegalMigration, InitiativeStatus.Ongoing);
        initiative.AssignLead(partnership, lead.Id);
        return (initiative, new ProgressAuthor("Ana Popescu", lead.Id, false));
    }
}
