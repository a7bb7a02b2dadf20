using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Domain.Tests.Progress;

/// <summary>
/// A progress update rates an initiative "Completed" only once its status says so: rated Completed while ongoing, the
/// dashboard counted it completed by its latest rating and not by its status. The status is changed first; and it stays
/// Completed while the latest update rates it so.
/// </summary>
public sealed class CompletedRatingTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(InitiativeStatus.Proposed)]
    [InlineData(InitiativeStatus.Planned)]
    [InlineData(InitiativeStatus.Ongoing)]
    [InlineData(InitiativeStatus.Cancelled)]
    public void An_initiative_whose_status_is_not_completed_cannot_be_rated_completed(InitiativeStatus status)
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), "Circular migration pilot", Pillar.LegalMigration, status);

        var refused = Assert.Throws<DomainRuleException>(() => Post(initiative, ProgressRating.Completed));

        Assert.Equal("progress.rating.completed-before-status", refused.Rule);
        Assert.Equal([status], refused.Arguments);
    }

    [Fact]
    public void A_completed_initiative_is_rated_completed_and_an_ongoing_one_otherwise()
    {
        var completed = Initiative.Propose(Known.SignedMobilityPartnership(), "Circular migration pilot", Pillar.LegalMigration, InitiativeStatus.Completed);
        var ongoing = Initiative.Propose(Known.SignedMobilityPartnership(), "Border management", Pillar.IllegalMigration, InitiativeStatus.Ongoing);

        Assert.Equal(ProgressRating.Completed, Post(completed, ProgressRating.Completed).Rating);
        Assert.Equal([ProgressRating.OnTrack, ProgressRating.AtRisk, ProgressRating.Delayed], new[] { ProgressRating.OnTrack, ProgressRating.AtRisk, ProgressRating.Delayed }.Select(r => Post(ongoing, r).Rating));
    }

    [Theory]
    [InlineData(InitiativeStatus.Proposed)]
    [InlineData(InitiativeStatus.Planned)]
    [InlineData(InitiativeStatus.Ongoing)]
    [InlineData(InitiativeStatus.Cancelled)]
    public void The_status_stays_completed_while_the_latest_update_rates_it_completed(InitiativeStatus status)
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), "Circular migration pilot", Pillar.LegalMigration, InitiativeStatus.Completed);

        var refused = Assert.Throws<DomainRuleException>(() => initiative.ChangeStatus(status, new LatestUpdate(ProgressRating.Completed, Today)));

        Assert.Equal("initiative.status.rated-completed", refused.Rule);
        Assert.Equal([Today, status], refused.Arguments);
        Assert.Equal(InitiativeStatus.Completed, initiative.Status);
    }

    [Fact]
    public void The_status_changes_once_the_latest_update_rates_it_otherwise_and_becomes_completed_whatever_the_rating()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), "Circular migration pilot", Pillar.LegalMigration, InitiativeStatus.Completed);

        initiative.ChangeStatus(InitiativeStatus.Completed, new LatestUpdate(ProgressRating.Completed, Today));
        initiative.ChangeStatus(InitiativeStatus.Ongoing, new LatestUpdate(ProgressRating.Delayed, Today));
        Assert.Equal(InitiativeStatus.Ongoing, initiative.Status);
        initiative.ChangeStatus(InitiativeStatus.Completed, new LatestUpdate(ProgressRating.Delayed, Today));
        initiative.ChangeStatus(InitiativeStatus.Cancelled, null);
        Assert.Equal(InitiativeStatus.Cancelled, initiative.Status);
    }

    private static ProgressUpdate Post(Initiative initiative, ProgressRating rating) =>
        ProgressUpdate.Post(initiative, new ProgressAuthor("Focal point", null, true), Today, rating, "Done.", Today, DateTimeOffset.UnixEpoch);
}
