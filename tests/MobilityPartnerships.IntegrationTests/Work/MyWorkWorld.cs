using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.IntegrationTests.Work;

/// <summary>
/// Three partnerships. Member State A takes part in "First" and "Second", not in "Third". In First, A leads an initiative
/// without any progress update ("A leads"), and is only a partner in one led by B that ended long ago ("A partner, late");
/// B alone has "B only". In Second, A is a partner of "A partner, up to date", which has a recent update and an indicator
/// without a value for the last quarter. Third holds "Third, A named" (A a partner where it does not take part: outside an
/// official's scope). First has a coming task force with an agenda item proposed by A's official and an action point their
/// account owns, and a past one with draft minutes. The focal point keeps First; the task-force member is given First.
/// </summary>
public sealed class MyWorkWorld : DatabaseFixture
{
    public const string OfficialName = "Official of A (work)";

    private static readonly string[] CountryCodes = ["XC", "XD", "XE"];

    public Guid First { get; private set; }

    public Guid Second { get; private set; }

    public Guid Third { get; private set; }

    public Guid ComingMeeting { get; private set; }

    public Guid PastMeeting { get; private set; }

    public Guid SecondMeeting { get; private set; }

    public Guid OwnActionPoint { get; private set; }

    public Guid OthersActionPoint { get; private set; }

    public Guid StaleIndicator { get; private set; }

    public Guid MemberStateA { get; private set; }

    public Guid MemberStateB { get; private set; }

    public ClaimsPrincipal Official { get; private set; } = new();

    public ClaimsPrincipal OtherOfficial { get; private set; } = new();

    public ClaimsPrincipal FocalPoint { get; private set; } = new();

    public ClaimsPrincipal TaskForceMember { get; private set; } = new();

    public DateOnly Today { get; } = ProductDays.Today;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var holder = await Get<PresidencyCalendar>().HolderTodayAsync();
        await using var db = await CreateContextAsync();
        var states = await db.Organisations.Where(o => o.Kind == OrganisationKind.MemberState && o.MemberUntil == null && o.CountryCode != holder)
            .OrderBy(o => o.CountryCode).Take(2).ToListAsync();
        var (a, b) = (states[0], states[1]);
        var commission = Organisation.Create("European Commission (work)", "COM-W", OrganisationKind.EuInstitution);
        var countries = CountryCodes.Select(code => Organisation.Create($"Partner country {code}", null, OrganisationKind.ThirdCountry, code)).ToList();
        db.Organisations.Add(commission);
        db.Organisations.AddRange(countries);

        Partnership Open(string name, Organisation country, params Organisation[] members)
        {
            var partnership = Partnership.Open(name, PartnershipKind.BilateralMigrationPartnership, country, PartnershipStatus.Negotiation);
            partnership.RecordSignature(new DateOnly(2010, 1, 15));
            partnership.RecordOriginalSignatory(commission);
            partnership.RecordOriginalSignatory(country);
            foreach (var member in members)
            {
                partnership.RecordOriginalSignatory(member);
            }

            return partnership;
        }

        var first = Open("First partnership (work)", countries[0], a, b);
        var second = Open("Second partnership (work)", countries[1], a, b);
        var third = Open("Third partnership (work)", countries[2], b);
        db.Partnerships.AddRange(first, second, third);

        var aLeads = Led(first, a, "A leads");
        var aPartnerLate = Led(first, b, "A partner, late");
        aPartnerLate.AddPartner(a.Id, PartnerRole.Implementing);
        aPartnerLate.ChangeStatus(InitiativeStatus.Ongoing, latestUpdate: null);
        aPartnerLate.Schedule(ImplementationPeriod.Create(new DateOnly(2015, 1, 1), new DateOnly(2016, 12, 1), null), []);
        var bOnly = Led(first, b, "B only");
        var upToDate = Led(second, b, "A partner, up to date");
        upToDate.AddPartner(a.Id, PartnerRole.Participating);
        var indicator = Indicator.Create("Workers placed", null);
        upToDate.AddIndicator(indicator);
        var thirdNamed = Led(third, b, "Third, A named");
        thirdNamed.AddPartner(a.Id, PartnerRole.Participating);
        db.Initiatives.AddRange(aLeads, aPartnerLate, bOnly, upToDate, thirdNamed);
        db.ProgressUpdates.Add(ProgressUpdate.Post(upToDate, new ProgressAuthor("Official of B", b.Id, false), Today, ProgressRating.OnTrack, "On track.", Today, DateTimeOffset.UtcNow));
        db.ProgressUpdates.Add(ProgressUpdate.Post(bOnly, new ProgressAuthor("Official of B", b.Id, false), Today, ProgressRating.OnTrack, "On track.", Today, DateTimeOffset.UtcNow));

        var coming = Meeting.Plan(first, MeetingKind.TaskForce, "First task force (coming)", Today.AddDays(10), "Brussels", isOnline: false);
        var past = Meeting.Plan(first, MeetingKind.TaskForce, "First task force (past)", Today.AddDays(-20), "Brussels", isOnline: false);
        past.DraftMinutes("Draft minutes.", []);
        var secondMeeting = Meeting.Plan(second, MeetingKind.CooperationPlatform, "Second platform (coming)", Today.AddDays(5), "Capital", isOnline: false);
        db.Meetings.AddRange(coming, past, secondMeeting);
        await db.SaveChangesAsync();

        Official = await TestAccounts.CreateAsync(this, OfficialName, Role.MemberStateOfficial, a.Id);
        OtherOfficial = await TestAccounts.CreateAsync(this, "Official of B (work)", Role.MemberStateOfficial, b.Id);
        FocalPoint = await TestAccounts.CreateAsync(this, "Focal point (work)", Role.FocalPoint, commission.Id, first.Id);
        TaskForceMember = await TestAccounts.CreateAsync(this, "Task-force member (work)", Role.TaskForceMember, null, first.Id);

        var own = ActionPoint.Record(coming, "Send the figures", a.Id, null, Today.AddDays(20), AccountClaims.UserIdOf(Official));
        var others = ActionPoint.Record(coming, "Book the room", b.Id, null, Today.AddDays(20), AccountClaims.UserIdOf(OtherOfficial));
        db.ActionPoints.AddRange(own, others);
        db.AgendaItems.Add(AgendaItem.Propose(coming, "Seasonal workers", null, OfficialName, DateTimeOffset.UtcNow, ProductDays.Brussels, AccountClaims.UserIdOf(Official)));
        db.AgendaItems.Add(AgendaItem.Propose(secondMeeting, "Someone else's item", null, "Official of B (work)", DateTimeOffset.UtcNow, ProductDays.Brussels, AccountClaims.UserIdOf(OtherOfficial)));
        await db.SaveChangesAsync();

        (First, Second, Third, ComingMeeting, PastMeeting, SecondMeeting) = (first.Id, second.Id, third.Id, coming.Id, past.Id, secondMeeting.Id);
        (OwnActionPoint, OthersActionPoint, StaleIndicator, MemberStateA, MemberStateB) = (own.Id, others.Id, indicator.Id, a.Id, b.Id);
    }

    private static Initiative Led(Partnership partnership, Organisation lead, string title)
    {
        var initiative = Initiative.Propose(partnership, title, Pillar.LegalMigration, InitiativeStatus.Planned);
        initiative.AssignLead(partnership, lead.Id);
        return initiative;
    }
}
