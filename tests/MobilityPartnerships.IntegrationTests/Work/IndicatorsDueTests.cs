using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.IntegrationTests.Calendar;
using MobilityPartnerships.Web.Features.Indicators.Reporting;
using MobilityPartnerships.Web.Features.Work.MyWork;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Work;

/// <summary>
/// "Indicator values due" (My work, and the reminders that read it) asks only for what the write path accepts: a period
/// within the initiative's implementation, at the indicator's cadence. Found by a tester: an initiative that ended in
/// 2021 was asked for 2026 Q3, which the write then refused; an indicator reported by half-year was asked for a quarter
/// whose value would then block its half-year.
/// </summary>
public sealed class IndicatorsDueTests(IndicatorsDueTests.World world) : IClassFixture<IndicatorsDueTests.World>
{
    private static readonly DateTimeOffset InDecember2026 = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset InJanuary2027 = new(2027, 1, 15, 10, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_indicators_whose_implementation_takes_the_quarter_are_due_and_each_one_listed_is_accepted()
    {
        world.Clock.Now = InDecember2026;
        var ended = await world.InitiativeAsync("Ended in 2021", new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 1));
        var endsWithin = await world.InitiativeAsync("Ends in August 2026", new DateOnly(2020, 1, 1), new DateOnly(2026, 8, 1));
        var startsWithin = await world.InitiativeAsync("Starts in August 2026", new DateOnly(2026, 8, 1), new DateOnly(2027, 12, 1));
        var runs = await world.InitiativeAsync("Runs through 2026", new DateOnly(2020, 1, 1), new DateOnly(2027, 12, 1));
        var open = await world.InitiativeAsync("Dates to be determined", null, null);

        var work = await ReadAsync();

        Assert.Equal(ReportingPeriod.Quarter(2026, 3), work.IndicatorQuarter);
        var mine = new[] { ended, endsWithin, startsWithin, runs, open }.Select(i => i.Indicator).ToHashSet();
        Assert.Equal([open.Indicator, runs.Indicator], work.IndicatorsDue.Where(d => mine.Contains(d.IndicatorId)).Select(d => d.IndicatorId));
        Assert.Equal(work.IndicatorsDue.Count, work.IndicatorsDueCount);

        // The write refuses what is not listed, and accepts every value listed, after which none is due.
        var refused = Assert.IsType<WriteOutcome.Invalid>(await ReportAsync(ended, "2026 Q3"));
        Assert.Equal("2026 Q3 ends after the initiative's implementation, which ends in December 2021.", Assert.Single(refused.Errors).Message);
        Assert.IsType<WriteOutcome.Invalid>(await ReportAsync(startsWithin, "2026 Q3"));
        Assert.IsType<WriteOutcome.Invalid>(await ReportAsync(endsWithin, "2026 Q3"));
        foreach (var due in work.IndicatorsDue)
        {
            Assert.IsType<WriteOutcome.Done>(await ReportAsync((due.InitiativeId, due.IndicatorId), due.Period.ToString()));
        }

        var after = await ReadAsync();
        Assert.Empty(after.IndicatorsDue);
        Assert.Equal(0, after.IndicatorsDueCount);
    }

    [Fact]
    public async Task An_indicator_reported_by_half_year_is_due_for_its_half_year_once_it_has_ended_never_for_a_quarter()
    {
        world.Clock.Now = InDecember2026;
        var halfYearly = await world.InitiativeAsync("Reported by half-year", new DateOnly(2020, 1, 1), new DateOnly(2027, 12, 1));
        var quarterly = await world.InitiativeAsync("Reported by quarter", new DateOnly(2020, 1, 1), new DateOnly(2027, 12, 1));
        Assert.IsType<WriteOutcome.Done>(await ReportAsync(halfYearly, "2026 H1"));
        Assert.IsType<WriteOutcome.Done>(await ReportAsync(quarterly, "2026 Q2"));

        // 2026 Q3 ended: the quarterly one is due; the half-yearly one is not (2026 H2 has not ended; a value for Q3
        // would block it: "2026 H2 overlaps 2026 Q3").
        var december = await ReadAsync();
        var dueInDecember = december.IndicatorsDue.Where(d => d.IndicatorId == halfYearly.Indicator || d.IndicatorId == quarterly.Indicator).ToList();
        Assert.Equal([(quarterly.Indicator, ReportingPeriod.Quarter(2026, 3))], dueInDecember.Select(d => (d.IndicatorId, d.Period)));
        Assert.Equal(december.IndicatorsDue.Count, december.IndicatorsDueCount);
        Assert.IsType<WriteOutcome.Done>(await ReportAsync(quarterly, "2026 Q3"));

        // 2026 Q4 ended, and with it 2026 H2: each is due for its own period, and the write takes both.
        world.Clock.Now = InJanuary2027;
        var january = await ReadAsync();
        var dueInJanuary = january.IndicatorsDue.Where(d => d.IndicatorId == halfYearly.Indicator || d.IndicatorId == quarterly.Indicator)
            .Select(d => (d.IndicatorId, d.Period)).ToHashSet();
        Assert.Equal([(halfYearly.Indicator, ReportingPeriod.HalfYear(2026, 2)), (quarterly.Indicator, ReportingPeriod.Quarter(2026, 4))], dueInJanuary);
        Assert.Equal(ReportingPeriod.Quarter(2026, 4), january.IndicatorQuarter);
        Assert.Equal(january.IndicatorsDue.Count, january.IndicatorsDueCount);
        Assert.IsType<WriteOutcome.Done>(await ReportAsync(halfYearly, "2026 H2"));
        Assert.IsType<WriteOutcome.Done>(await ReportAsync(quarterly, "2026 Q4"));
        Assert.DoesNotContain((await ReadAsync()).IndicatorsDue, d => d.IndicatorId == halfYearly.Indicator || d.IndicatorId == quarterly.Indicator);
    }

    private async Task<WriteOutcome> ReportAsync((Guid Initiative, Guid Indicator) target, string period)
    {
        await using var scope = world.As(world.Official);
        return await scope.ServiceProvider.GetRequiredService<ReportIndicatorValue>()
            .ExecuteAsync(target.Initiative, target.Indicator, new IndicatorValueDraft { Period = period, Value = "1" }, Token);
    }

    private async Task<MyWork> ReadAsync()
    {
        await using var scope = world.As(world.Official);
        return await scope.ServiceProvider.GetRequiredService<GetMyWork>().ExecuteAsync(Token)
            ?? throw new InvalidOperationException("No work read.");
    }

    /// <summary>A partnership a Member State signed, its official, and the app on a clock the tests set.</summary>
    public sealed class World : DatabaseFixture
    {
        public TodayInBrusselsTests.StoppedClock Clock { get; } = new();

        public ClaimsPrincipal Official { get; private set; } = new();

        private Guid partnershipId;
        private Guid stateId;

        protected override Action<IServiceCollection>? Replace => services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        };

        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            var holder = await Get<PresidencyCalendar>().HolderTodayAsync();
            await using var db = await CreateContextAsync();
            var state = await db.Organisations.Where(o => o.Kind == OrganisationKind.MemberState && o.MemberUntil == null && o.CountryCode != holder)
                .OrderBy(o => o.CountryCode).FirstAsync();
            var commission = Organisation.Create("European Commission (due)", "COM-D", OrganisationKind.EuInstitution);
            var country = Organisation.Create("Partner country (due)", null, OrganisationKind.ThirdCountry, "XJ");
            db.Organisations.AddRange(commission, country);
            var partnership = Partnership.Open("Partnership (due)", PartnershipKind.BilateralMigrationPartnership, country, PartnershipStatus.Negotiation);
            partnership.RecordSignature(new DateOnly(2010, 1, 15));
            partnership.RecordOriginalSignatory(commission);
            partnership.RecordOriginalSignatory(country);
            partnership.RecordOriginalSignatory(state);
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync();
            Official = await TestAccounts.CreateAsync(this, "Official (due)", Role.MemberStateOfficial, state.Id);
            (partnershipId, stateId) = (partnership.Id, state.Id);
        }

        /// <summary>An ongoing initiative the official's state leads, running over these months, with one indicator.</summary>
        public async Task<(Guid Initiative, Guid Indicator)> InitiativeAsync(string title, DateOnly? start, DateOnly? end)
        {
            await using var db = await CreateContextAsync();
            var partnership = await db.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == partnershipId);
            var initiative = Initiative.Propose(partnership, title, Pillar.LegalMigration, InitiativeStatus.Planned);
            initiative.AssignLead(partnership, stateId);
            initiative.ChangeStatus(InitiativeStatus.Ongoing, latestUpdate: null);
            initiative.Schedule(ImplementationPeriod.Create(start, end, null), []);
            var indicator = Indicator.Create($"Workers placed ({title})", null, "persons", null, null, null, null, null);
            initiative.AddIndicator(indicator);
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
            return (initiative.Id, indicator.Id);
        }
    }
}
