using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Domain.Tests.Initiatives;

/// <summary>The derived rules, and the database's form of them, agree for every day of a year and every status.</summary>
public sealed class InitiativeFlagsTests
{
    [Fact]
    public void The_late_rule_and_the_end_month_the_database_filters_by_agree()
    {
        var endMonths = Enumerable.Range(0, 30).Select(m => new DateOnly(2025, 1, 1).AddMonths(m)).ToList();
        for (var today = new DateOnly(2026, 1, 1); today.Year == 2026; today = today.AddDays(1))
        {
            var endingBy = InitiativeFlags.LateIfEndingBy(today);
            foreach (var end in endMonths)
            {
                Assert.Equal(end <= endingBy, InitiativeFlags.IsLate(end, InitiativeStatus.Ongoing, today));
            }
        }
    }

    [Theory]
    [InlineData(InitiativeStatus.Proposed, true)]
    [InlineData(InitiativeStatus.Planned, true)]
    [InlineData(InitiativeStatus.Ongoing, true)]
    [InlineData(InitiativeStatus.Completed, false)]
    [InlineData(InitiativeStatus.Cancelled, false)]
    public void Only_open_initiatives_are_late_or_need_an_update(InitiativeStatus status, bool open)
    {
        var today = new DateOnly(2026, 12, 5);
        Assert.Equal(open, InitiativeFlags.IsOpen(status));
        Assert.Equal(open, InitiativeFlags.IsLate(new DateOnly(2020, 1, 1), status, today));
        Assert.Equal(open, InitiativeFlags.NeedsUpdate(status, null, today, 90));
        Assert.Equal(open, InitiativeFlags.Open.Compile()(Initiative.Propose(Known.SignedMobilityPartnership(), "Anything", Pillars.Pillar.LegalMigration, status)));
    }

    [Fact]
    public void An_update_within_the_threshold_is_recent_and_one_day_older_is_not()
    {
        var today = new DateOnly(2026, 12, 5);
        Assert.False(InitiativeFlags.NeedsUpdate(InitiativeStatus.Ongoing, today.AddDays(-90), today, 90));
        Assert.True(InitiativeFlags.NeedsUpdate(InitiativeStatus.Ongoing, today.AddDays(-91), today, 90));
        Assert.False(InitiativeFlags.IsLate(null, InitiativeStatus.Ongoing, today));
    }
}
