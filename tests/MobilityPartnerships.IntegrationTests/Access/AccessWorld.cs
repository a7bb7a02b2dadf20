using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests.Access;

/// <summary>
/// Two partnerships stored through the domain, and one user per role. In the first partnership (with partner
/// country C1) Member State A leads the "own" initiative with C1 as a partner, Member State B leads the "other";
/// the second partnership (partner country C2, B only) holds the "outside" initiative. The focal point is assigned
/// the first partnership and the task-force member given it. The Presidency's official acts for the Member State
/// holding it today, which takes part in neither.
/// </summary>
public sealed class AccessWorld : DatabaseFixture
{
    /// <summary>
    /// The access-event tests count the commands that read an account through EF's diagnostic events, subscribed while
    /// the test runs; a pooled context (the app's contexts are pooled) remembers for EF's logging cache time (a second)
    /// that nobody listened, so here it asks every time.
    /// </summary>
    protected override Action<IServiceCollection>? Replace =>
        services => services.ConfigureDbContext<AppDbContext>((_, options) => options.ConfigureLoggingCacheTime(TimeSpan.Zero));

    public Guid Inside { get; private set; }

    public Guid Outside { get; private set; }

    public Guid OwnInitiative { get; private set; }

    public Guid OtherInitiative { get; private set; }

    public Guid OutsideInitiative { get; private set; }

    public Guid UnsharedInitiative { get; private set; }

    public Guid MemberStateA { get; private set; }

    /// <summary>A task force of the inside partnership: internal EU coordination.</summary>
    public Guid TaskForceMeeting { get; private set; }

    /// <summary>A cooperation platform of the inside partnership: the partner country at the table.</summary>
    public Guid PlatformMeeting { get; private set; }

    /// <summary>A meeting of the partnership outside the users' scope.</summary>
    public Guid OutsideMeeting { get; private set; }

    public Dictionary<string, ClaimsPrincipal> Users { get; } = [];

    /// <summary>Per role, an action point of the cooperation platform its user's account owns.</summary>
    public Dictionary<string, Guid> OwnActionPoints { get; } = [];

    /// <summary>Per role, an action point of the meeting outside the users' scope, owned by its user's account.</summary>
    public Dictionary<string, Guid> OutsideActionPoints { get; } = [];

    /// <summary>An action point of the cooperation platform owned by a person without an account.</summary>
    public Guid OtherActionPoint { get; private set; }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var holder = await Get<PresidencyCalendar>().HolderTodayAsync();
        await using var db = await CreateContextAsync();
        var states = await db.Organisations.Where(o => o.Kind == OrganisationKind.MemberState && o.MemberUntil == null && o.CountryCode != holder)
            .OrderBy(o => o.CountryCode).Take(2).ToListAsync();
        var (a, b) = (states[0], states[1]);
        var commission = Organisation.Create("European Commission (access)", "COM-A", OrganisationKind.EuInstitution);
        var c1 = Organisation.Create("Partner country one", null, OrganisationKind.ThirdCountry, "XA");
        var c2 = Organisation.Create("Partner country two", null, OrganisationKind.ThirdCountry, "XB");
        db.Organisations.AddRange(commission, c1, c2);

        var inside = Partnership.Open("Partnership inside", PartnershipKind.BilateralMigrationPartnership, c1, PartnershipStatus.Negotiation);
        inside.RecordSignature(new DateOnly(2010, 1, 15));
        inside.RecordOriginalSignatory(commission);
        inside.RecordOriginalSignatory(a);
        inside.RecordOriginalSignatory(b);
        inside.RecordOriginalSignatory(c1);
        var outside = Partnership.Open("Partnership outside", PartnershipKind.BilateralMigrationPartnership, c2, PartnershipStatus.Negotiation);
        outside.RecordSignature(new DateOnly(2011, 1, 15));
        outside.RecordOriginalSignatory(commission);
        outside.RecordOriginalSignatory(b);
        db.Partnerships.AddRange(inside, outside);

        var own = Led(inside, a, "Own initiative");
        own.AddPartner(c1.Id, PartnerRole.Participating);
        var other = Led(inside, b, "Other initiative");
        var unshared = Led(inside, b, "Unshared initiative");
        unshared.Situate(null, Novelty.New, isShareable: false);
        var beyond = Led(outside, b, "Outside initiative");
        db.Initiatives.AddRange(own, other, unshared, beyond);
        var taskForce = Meeting.Plan(inside, MeetingKind.TaskForce, "Task force", new DateOnly(2012, 3, 1), "Brussels", isOnline: false);
        var platform = Meeting.Plan(inside, MeetingKind.CooperationPlatform, "Cooperation platform", new DateOnly(2012, 4, 1), "Capital", isOnline: false);
        var elsewhere = Meeting.Plan(outside, MeetingKind.TaskForce, "Task force outside", new DateOnly(2012, 3, 1), null, isOnline: true);
        db.Meetings.AddRange(taskForce, platform, elsewhere);
        await db.SaveChangesAsync();
        (TaskForceMeeting, PlatformMeeting, OutsideMeeting) = (taskForce.Id, platform.Id, elsewhere.Id);

        (Inside, Outside, OwnInitiative, OtherInitiative, OutsideInitiative, UnsharedInitiative, MemberStateA) =
            (inside.Id, outside.Id, own.Id, other.Id, beyond.Id, unshared.Id, a.Id);
        Users["Administrator"] = Administrator;
        Users["FocalPoint"] = await TestAccounts.CreateAsync(this, "Focal point", Role.FocalPoint, commission.Id, inside.Id);
        Users["MemberStateOfficial"] = await TestAccounts.CreateAsync(this, "Official of A", Role.MemberStateOfficial, a.Id);
        Users["PartnerCountryOfficial"] = await TestAccounts.CreateAsync(this, "Official of C1", Role.PartnerCountryOfficial, c1.Id);
        Users["TaskForceMember"] = await TestAccounts.CreateAsync(this, "Task-force member", Role.TaskForceMember, null, inside.Id);
        if (holder is not null)
        {
            var holding = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.MemberState && o.CountryCode == holder);
            Users["PresidencyOfficial"] = await TestAccounts.CreateAsync(this, "Official of the Presidency", Role.MemberStateOfficial, holding.Id);
        }

        var someones = ActionPoint.Record(platform, "Someone's point", null, "A person", platform.HeldOn);
        db.ActionPoints.Add(someones);
        OtherActionPoint = someones.Id;
        foreach (var (role, user) in Users)
        {
            var owner = Web.Security.Accounts.AccountClaims.UserIdOf(user);
            var owned = ActionPoint.Record(platform, $"Point of {role}", null, null, platform.HeldOn, owner);
            var ownedOutside = ActionPoint.Record(elsewhere, $"Point of {role} outside", null, null, elsewhere.HeldOn, owner);
            db.ActionPoints.AddRange(owned, ownedOutside);
            (OwnActionPoints[role], OutsideActionPoints[role]) = (owned.Id, ownedOutside.Id);
        }

        await db.SaveChangesAsync();
    }

    private static Initiative Led(Partnership partnership, Organisation lead, string title)
    {
        var initiative = Initiative.Propose(partnership, title, Pillar.LegalMigration, InitiativeStatus.Planned);
        initiative.AssignLead(partnership, lead.Id);
        return initiative;
    }
}
