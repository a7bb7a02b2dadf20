using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Data.Mail;

namespace MobilityPartnerships.IntegrationTests.Mail;

/// <summary>
/// The app (its own host, over the test's database) sending to a <see cref="TestSmtpServer"/>, and a world to remind:
/// partnership "Inside" (Member States A and B, partner country C1) with initiatives A leads — one to update, one not to
/// be shared (C1 a partner), one archived, one completed, one updated last week — one B leads, and one added after
/// version 1 was published (not to be shared); a task force in three days (participants A and C1) and a cooperation
/// platform in five (A and C1), with an accepted agenda item. Partnership "Outside" (B only) has an initiative B leads.
/// Accounts: officials of A, B and C1, a focal point assigned Inside, a task-force member given it, an official of A
/// who opted out of Inside, and a deactivated official of A; A's official owns an action point of the task force. The job does not run by itself: tests run it.
/// </summary>
public sealed class MailWorld : DatabaseFixture, IAsyncDisposable
{
    public const string Sender = "scoreboards@mail.test";
    public static readonly Uri BaseUrl = new("http://mail.test/");

    private WebApplicationFactory<Program>? host;

    public TestSmtpServer Smtp { get; private set; } = default!;

    public IServiceProvider App => host?.Services ?? throw new InvalidOperationException("Not started.");

    /// <summary>The text of the action point A's official owns.</summary>
    public const string ActionPointOfA = "Send the list of labour mobility pilots";

    public Guid Inside { get; private set; }

    public Guid Outside { get; private set; }

    public Guid TaskForce { get; private set; }

    public Guid Platform { get; private set; }

    public Dictionary<string, Guid> Initiatives { get; } = [];

    public Dictionary<string, string> Emails { get; } = [];

    public Dictionary<string, Guid> Ids { get; } = [];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Smtp = TestSmtpServer.Start();
        host = await AppHost.StartAsync(Database.ConnectionString, builder => builder
            .UseSetting("Mail:Host", "127.0.0.1")
            .UseSetting("Mail:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Mail:Tls", "None")
            .UseSetting("Mail:Sender", Sender)
            .UseSetting("Mail:BaseUrl", BaseUrl.ToString())
            .UseSetting("Mail:FirstRetryAfter", "01:00:00")
            .UseSetting("Mail:RunInBackground", "false"));

        var holder = await Get<PresidencyCalendar>().HolderTodayAsync();
        var today = ProductDays.Today;
        await using var db = await CreateContextAsync();
        var states = await db.Organisations.Where(o => o.Kind == OrganisationKind.MemberState && o.MemberUntil == null && o.CountryCode != holder)
            .OrderBy(o => o.CountryCode).Take(2).ToListAsync();
        var (a, b) = (states[0], states[1]);
        var commission = Organisation.Create("European Commission (mail)", "COM-M", OrganisationKind.EuInstitution);
        var c1 = Organisation.Create("Partner country (mail)", null, OrganisationKind.ThirdCountry, "XM");
        db.Organisations.AddRange(commission, c1);
        var inside = Partnership.Open("Inside", PartnershipKind.BilateralMigrationPartnership, c1, PartnershipStatus.Negotiation);
        inside.RecordSignature(new DateOnly(2010, 1, 15));
        inside.RecordOriginalSignatory(commission);
        inside.RecordOriginalSignatory(a);
        inside.RecordOriginalSignatory(b);
        inside.RecordOriginalSignatory(c1);
        var outside = Partnership.Open("Outside", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        outside.RecordSignature(new DateOnly(2011, 1, 15));
        outside.RecordOriginalSignatory(commission);
        outside.RecordOriginalSignatory(b);
        db.Partnerships.AddRange(inside, outside);

        var own = Led(inside, a, "Own initiative to update");
        own.AddPartner(c1.Id, PartnerRole.Participating);
        var unshared = Led(inside, a, "Own initiative not to be shared");
        unshared.AddPartner(c1.Id, PartnerRole.Participating);
        unshared.Situate(null, Novelty.New, isShareable: false);
        var archived = Led(inside, a, "Own archived initiative");
        archived.Archive();
        var completed = Led(inside, a, "Own completed initiative", InitiativeStatus.Completed);
        var updated = Led(inside, a, "Own initiative updated last week");
        var other = Led(inside, b, "Initiative B leads");
        var beyond = Led(outside, b, "Initiative of Outside");
        db.Initiatives.AddRange(own, unshared, archived, completed, updated, other, beyond);
        db.ProgressUpdates.Add(ProgressUpdate.Post(updated, new ProgressAuthor("Official of A", a.Id, false), today.AddDays(-7), ProgressRating.OnTrack, "Going well.", today, DateTimeOffset.UtcNow));

        var taskForce = Meeting.Plan(inside, MeetingKind.TaskForce, "Task force of Inside", today.AddDays(3), "Brussels", isOnline: false);
        taskForce.SetParticipants([new MeetingParticipant(a.Id, null), new MeetingParticipant(c1.Id, null)]);
        var platform = Meeting.Plan(inside, MeetingKind.CooperationPlatform, "Cooperation platform of Inside", today.AddDays(5), "Capital", isOnline: false);
        platform.SetParticipants([new MeetingParticipant(a.Id, null), new MeetingParticipant(c1.Id, null)]);
        db.Meetings.AddRange(taskForce, platform);
        var item = AgendaItem.Propose(taskForce, "Labour mobility pilots", null, "Focal point", DateTimeOffset.UtcNow, ProductDays.Brussels);
        item.Accept(taskForce, 1);
        db.AgendaItems.Add(item);
        await db.SaveChangesAsync();

        (Inside, Outside, TaskForce, Platform) = (inside.Id, outside.Id, taskForce.Id, platform.Id);
        foreach (var initiative in new[] { own, unshared, archived, completed, updated, other, beyond })
        {
            Initiatives[initiative.Title] = initiative.Id;
        }

        // Version 1 of Inside, then an initiative added after it (not to be shared: the partner country's official must not see it).
        await using (var scope = App.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(Administrator);
            var published = await scope.ServiceProvider.GetRequiredService<PublishScoreboard>().ExecuteAsync(inside.Id, new PublishDraft(), CancellationToken.None);
            Assert.IsType<WriteOutcome.Created>(published);
        }

        await using (var later = await CreateContextAsync())
        {
            var stored = await later.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == inside.Id);
            var added = Led(stored, a, "Added after version 1, not to be shared");
            added.Situate(null, Novelty.New, isShareable: false);
            later.Initiatives.Add(added);

            // A fact versions keep, stated after version 1.
            (await later.Initiatives.SingleAsync(i => i.Id == own.Id)).ExpectResults("Forty seasonal workers placed");
            await later.SaveChangesAsync();
            Initiatives[added.Title] = added.Id;
        }

        await AccountAsync("OfficialA", Role.MemberStateOfficial, a.Id);
        await AccountAsync("OfficialB", Role.MemberStateOfficial, b.Id);
        await AccountAsync("OfficialC1", Role.PartnerCountryOfficial, c1.Id);
        await AccountAsync("FocalPoint", Role.FocalPoint, commission.Id, inside.Id);
        await AccountAsync("TaskForceMember", Role.TaskForceMember, null, inside.Id);
        await AccountAsync("OptedOutA", Role.MemberStateOfficial, a.Id);
        await AccountAsync("DeactivatedA", Role.MemberStateOfficial, a.Id);
        await using var last = await CreateContextAsync();
        last.MailOptOuts.Add(new MailOptOut { AccountId = Ids["OptedOutA"], PartnershipId = inside.Id, At = DateTimeOffset.UtcNow });

        // An action point of the task force that A's official owns by their account.
        var held = await last.Meetings.SingleAsync(m => m.Id == TaskForce);
        last.ActionPoints.Add(ActionPoint.Record(held, ActionPointOfA, a.Id, null, today.AddDays(10), Ids["OfficialA"]));
        await last.SaveChangesAsync();
        await last.Users.Where(u => u.Id == Ids["DeactivatedA"]).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));
    }

    /// <summary>A scope of the app's host acting for nobody in particular (the job's own).</summary>
    public AsyncServiceScope AppScope() => App.CreateAsyncScope();

    public HttpClient AnonymousClient() => host!.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost/") });

    private async Task AccountAsync(string key, Role role, Guid? organisation, params Guid[] partnerships)
    {
        ClaimsPrincipal principal = await TestAccounts.CreateAsync(this, key, role, organisation, partnerships);
        var id = AccountClaims.UserIdOf(principal)!.Value;
        Ids[key] = id;
        Emails[key] = $"{id:N}@test.example";
    }

    private static Initiative Led(Partnership partnership, Organisation lead, string title, InitiativeStatus status = InitiativeStatus.Planned)
    {
        var initiative = Initiative.Propose(partnership, title, Pillar.LegalMigration, status);
        initiative.AssignLead(partnership, lead.Id);
        return initiative;
    }

    public new async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }
}
