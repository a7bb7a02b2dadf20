using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.DemoData;

namespace MobilityPartnerships.IntegrationTests.Meetings;

/// <summary>The demo meetings of Moldova and Cape Verde, dated from the day of loading: a past task force and a past platform with approved minutes and action points, a coming task force with its agenda; a second load adds nothing.</summary>
public sealed class DemoMeetingsTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Mobility Partnership with the Republic of Moldova")]
    [InlineData("Mobility Partnership with the Republic of Cape Verde")]
    public async Task Each_partnership_has_past_meetings_with_approved_minutes_and_a_coming_task_force_with_its_agenda(string name)
    {
        await using var db = await fixture.CreateContextAsync();
        var partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Name == name, Ct);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.PartnershipId == partnership.Id).OrderBy(m => m.HeldOn).ToListAsync(Ct);
        var ids = meetings.Select(m => m.Id).ToList();
        var points = await db.ActionPoints.AsNoTracking().Where(a => ids.Contains(a.MeetingId)).ToListAsync(Ct);
        var agenda = await db.AgendaItems.AsNoTracking().Where(a => ids.Contains(a.MeetingId)).ToListAsync(Ct);

        var past = meetings.Where(m => m.MinutesLocked).ToList();
        Assert.Contains(past, m => m.Kind == MeetingKind.TaskForce);
        Assert.Contains(past, m => m.Kind is MeetingKind.CooperationPlatform or MeetingKind.LocalMonitoringGroup && m.Chairs.Any(c => c.Role == ChairRole.PartnerCountry));
        Assert.All(past, m => Assert.NotEmpty(m.Decisions));
        // The meetings are dated from the day the data was loaded: whenever that is, one is still to come.
        var loadedOn = fixture.Get<MobilityPartnerships.Web.Components.Common.ProductCalendar>().Today;
        Assert.Contains(points, p => p.IsOverdueOn(loadedOn));
        Assert.Contains(points, p => p.Status == ActionPointStatus.Done);
        Assert.All(past, m => Assert.True(m.HeldOn < loadedOn, $"{m.Title} on {m.HeldOn} has approved minutes but is not past"));
        var coming = Assert.Single(meetings, m => m.HeldOn > loadedOn);
        Assert.InRange(coming.HeldOn.DayNumber - loadedOn.DayNumber, 1, 31);
        Assert.Equal(MeetingKind.TaskForce, coming.Kind);
        Assert.DoesNotContain(coming.Chairs, c => c.Role == ChairRole.PartnerCountry);
        Assert.Contains(coming.Chairs, c => c.Role == ChairRole.Presidency);
        Assert.Contains(agenda, a => a.MeetingId == coming.Id && a.Status == AgendaItemStatus.Accepted);
        Assert.Contains(agenda, a => a.MeetingId == coming.Id && a.Status == AgendaItemStatus.Proposed);
    }

    /// <summary>
    /// The start-up creates the demo accounts after the demo data: each demo agenda item then names the account of the
    /// demo user who proposed it, so that their My work lists it (#12).
    /// </summary>
    [Fact]
    public async Task Each_demo_agenda_item_names_the_account_of_the_demo_user_who_proposed_it()
    {
        await using (var scope = fixture.As(fixture.Administrator))
        {
            await scope.ServiceProvider.GetRequiredService<DemoAccounts>().LoadAsync(Ct);
        }

        await using var db = await fixture.CreateContextAsync();
        var emails = DemoAccounts.All.Select(a => a.Email).ToList();
        var accounts = await db.Users.AsNoTracking().Where(a => emails.Contains(a.Email!)).ToDictionaryAsync(a => a.DisplayName, a => a.Id, Ct);
        var items = await db.AgendaItems.AsNoTracking().ToListAsync(Ct);

        Assert.Contains(items, i => i.ProposedBy == "Demo official of Sweden");
        Assert.All(items, i => Assert.Equal(accounts[i.ProposedBy], i.ProposedByAccountId));
    }

    [Fact]
    public async Task A_second_load_adds_no_meeting()
    {
        int Count(Web.Data.AppDbContext db) => db.Meetings.Count();
        await using var before = await fixture.CreateContextAsync();
        var count = Count(before);

        await fixture.Get<DemoDataLoader>().LoadAsync(Ct);

        await using var after = await fixture.CreateContextAsync();
        Assert.Equal(count, Count(after));
        Assert.Equal(6, count);
    }
}
