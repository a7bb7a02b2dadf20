using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Features.Work.MyWork;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Work;

/// <summary>
/// My work counts what is in the database, not the rows it lists: those are capped, so a count taken from them is wrong
/// as soon as one partnership has more than are listed. A focal point's rows are each partnership's own first ones
/// (<see cref="GetMyWork.StalePerPartnership"/>), read per partnership: one holding more than a whole list across
/// partnerships (<see cref="GetMyWork.MaxInitiatives"/>) crowds no other card out ("Showing 0 of 3").
/// </summary>
public sealed class MyWorkCountsTests(MyWorkCountsTests.World world) : IClassFixture<MyWorkCountsTests.World>
{
    [Fact]
    public async Task Each_partnership_counts_all_its_initiatives_needing_an_update_however_many_the_list_holds()
    {
        var work = await ReadAsync(world.FocalPoint);

        var initiatives = Assert.IsType<WorkInitiatives>(work.Initiatives);
        Assert.Equal(World.BigStale + World.SmallStale, initiatives.NeedingUpdate);
        Assert.Equal(World.BigStale, initiatives.NeedingUpdateIn(world.Big));
        Assert.Equal(World.SmallStale, initiatives.NeedingUpdateIn(world.Small));
        Assert.Equal(World.BigStale, BriefingPackReadiness.Of(MeetingOf(work, world.Big), work).InitiativesNeedingUpdate);
        var small = BriefingPackReadiness.Of(MeetingOf(work, world.Small), work);
        Assert.Equal(new BriefingPackReadiness(true, World.SmallStale, 0), small);
        Assert.False(small.IsReady);
    }

    [Fact]
    public async Task Each_partnership_lists_its_own_first_initiatives_needing_an_update_whatever_another_holds()
    {
        var work = await ReadAsync(world.FocalPoint);

        var rows = Assert.IsType<WorkInitiatives>(work.Initiatives).Rows;
        // The big partnership holds more than a whole list across partnerships, led by a country whose name sorts first:
        // it lists its own first rows (by lead), the small one all of its own.
        var big = rows.Where(r => r.PartnershipId == world.Big).ToList();
        Assert.Equal(GetMyWork.StalePerPartnership, big.Count);
        Assert.All(big, r => Assert.StartsWith("Big ", r.Title, StringComparison.Ordinal));
        Assert.Equal(["Small 1", "Small 2", "Small 3"], rows.Where(r => r.PartnershipId == world.Small).Select(r => r.Title).Order(StringComparer.Ordinal));
        Assert.Equal(GetMyWork.StalePerPartnership + World.SmallStale, rows.Count);
    }

    [Fact]
    public async Task Minutes_wait_for_approval_only_once_the_meeting_is_held()
    {
        var work = await ReadAsync(world.FocalPoint);

        // Draft minutes of a meeting held today and of a past one wait; those of the coming meeting do not yet.
        Assert.Equal([world.PastMeetingWithMinutes, world.MeetingToday], work.MinutesToApprove.Select(m => m.MeetingId));
    }

    [Fact]
    public async Task An_official_counts_every_indicator_value_due_while_the_list_is_capped()
    {
        var work = await ReadAsync(world.Official);

        Assert.Equal(GetMyWork.MaxInitiatives, work.IndicatorsDue.Count);
        Assert.Equal(World.IndicatorsDue, work.IndicatorsDueCount);
    }

    private static WorkMeeting MeetingOf(MyWork work, Guid partnershipId) => work.Meetings.First(m => m.PartnershipId == partnershipId);

    private async Task<MyWork> ReadAsync(ClaimsPrincipal user)
    {
        await using var scope = world.As(user);
        return await scope.ServiceProvider.GetRequiredService<GetMyWork>().ExecuteAsync(TestContext.Current.CancellationToken)
            ?? throw new InvalidOperationException("No work read.");
    }

    /// <summary>
    /// Two partnerships a focal point keeps. "Big" holds more initiatives needing an update than the page lists, led by a
    /// country whose name sorts first, and five more led by a Member State, each with indicators without a value. "Small"
    /// holds three needing an update, led by a country whose name sorts last, a published version, no agenda proposal,
    /// and draft minutes of a past meeting, of one held today and of its coming meeting.
    /// </summary>
    public sealed class World : DatabaseFixture
    {
        public const int BigStale = GetMyWork.MaxInitiatives + 1 + OfficialsInitiatives;

        public const int SmallStale = 3;

        public const int OfficialsInitiatives = 5;

        public const int IndicatorsPerInitiative = 41;

        public const int IndicatorsDue = OfficialsInitiatives * IndicatorsPerInitiative;

        public Guid Big { get; private set; }

        public Guid Small { get; private set; }

        public Guid PastMeetingWithMinutes { get; private set; }

        public Guid MeetingToday { get; private set; }

        public ClaimsPrincipal FocalPoint { get; private set; } = new();

        public ClaimsPrincipal Official { get; private set; } = new();

        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            var today = ProductDays.Today;
            await using var db = await CreateContextAsync();
            var holder = await Get<PresidencyCalendar>().HolderTodayAsync();
            var state = await db.Organisations.Where(o => o.Kind == OrganisationKind.MemberState && o.MemberUntil == null && o.CountryCode != holder)
                .OrderBy(o => o.CountryCode).FirstAsync();
            var commission = Organisation.Create("European Commission (counts)", "COM-C", OrganisationKind.EuInstitution);
            var first = Organisation.Create("Aaa partner country (counts)", null, OrganisationKind.ThirdCountry, "XH");
            var last = Organisation.Create("Zzz partner country (counts)", null, OrganisationKind.ThirdCountry, "XI");
            db.Organisations.AddRange(commission, first, last);

            Partnership Open(string name, Organisation country)
            {
                var partnership = Partnership.Open(name, PartnershipKind.BilateralMigrationPartnership, country, PartnershipStatus.Negotiation);
                partnership.RecordSignature(new DateOnly(2010, 1, 15));
                partnership.RecordOriginalSignatory(commission);
                partnership.RecordOriginalSignatory(country);
                partnership.RecordOriginalSignatory(state);
                return partnership;
            }

            var big = Open("Big partnership (counts)", first);
            var small = Open("Small partnership (counts)", last);
            db.Partnerships.AddRange(big, small);
            db.Initiatives.AddRange(Enumerable.Range(1, GetMyWork.MaxInitiatives + 1).Select(n => Led(big, first, $"Big {n:D3}")));
            db.Initiatives.AddRange(Enumerable.Range(1, OfficialsInitiatives).Select(n =>
            {
                var initiative = Led(big, state, $"Official's {n}");
                foreach (var k in Enumerable.Range(1, IndicatorsPerInitiative))
                {
                    initiative.AddIndicator(Indicator.Create($"Indicator {k:D2}", null));
                }

                return initiative;
            }));
            db.Initiatives.AddRange(Enumerable.Range(1, SmallStale).Select(n => Led(small, last, $"Small {n}")));

            var bigComing = Meeting.Plan(big, MeetingKind.TaskForce, "Big task force (coming)", today.AddDays(10), "Brussels", isOnline: false);
            var smallComing = Meeting.Plan(small, MeetingKind.TaskForce, "Small task force (coming)", today.AddDays(10), "Brussels", isOnline: false);
            smallComing.DraftMinutes("Minutes written ahead.", []);
            var held = Meeting.Plan(small, MeetingKind.TaskForce, "Small task force (today)", today, "Brussels", isOnline: false);
            held.DraftMinutes("Minutes of today.", []);
            var past = Meeting.Plan(small, MeetingKind.TaskForce, "Small task force (past)", today.AddDays(-20), "Brussels", isOnline: false);
            past.DraftMinutes("Minutes of the past meeting.", []);
            db.Meetings.AddRange(bigComing, smallComing, held, past);
            await db.SaveChangesAsync();

            Assert.IsType<WriteOutcome.Created>(await Get<PublishScoreboard>().ExecuteAsync(small.Id, new PublishDraft(), CancellationToken.None));
            FocalPoint = await TestAccounts.CreateAsync(this, "Focal point (counts)", Role.FocalPoint, commission.Id, big.Id, small.Id);
            Official = await TestAccounts.CreateAsync(this, "Official (counts)", Role.MemberStateOfficial, state.Id);
            (Big, Small, PastMeetingWithMinutes, MeetingToday) = (big.Id, small.Id, past.Id, held.Id);
        }

        private static Initiative Led(Partnership partnership, Organisation lead, string title)
        {
            var initiative = Initiative.Propose(partnership, title, Pillar.LegalMigration, InitiativeStatus.Planned);
            initiative.AssignLead(partnership, lead.Id);
            return initiative;
        }
    }
}
