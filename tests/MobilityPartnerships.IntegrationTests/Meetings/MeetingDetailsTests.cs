using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Features.Agenda.Proposing;
using MobilityPartnerships.Web.Features.Meetings.Calendar;
using MobilityPartnerships.Web.Features.Meetings.Details;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Meetings;

/// <summary>
/// Listing and opening meetings on PostgreSQL: task forces stay internal to the EU side, and a meeting a user may not
/// read is answered as one that does not exist.
/// </summary>
public sealed class MeetingDetailsTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ClaimsPrincipal FocalPoint => world.Users["FocalPoint"];

    [Fact]
    public async Task A_partner_country_official_neither_lists_nor_opens_a_task_force_but_sees_a_cooperation_platform()
    {
        await using var scope = world.As(world.Users["PartnerCountryOfficial"]);

        var calendar = await scope.ServiceProvider.GetRequiredService<ListMeetings>().ExecuteAsync(null, null, Ct);
        var listed = calendar.Coming.Concat(calendar.Past).Select(m => m.Id).ToList();
        var taskForce = await scope.ServiceProvider.GetRequiredService<GetMeeting>().ExecuteAsync(world.TaskForceMeeting, Ct);
        var platform = await scope.ServiceProvider.GetRequiredService<GetMeeting>().ExecuteAsync(world.PlatformMeeting, Ct);
        var proposal = await scope.ServiceProvider.GetRequiredService<ProposeAgendaItem>().ExecuteAsync(world.TaskForceMeeting, new AgendaItemDraft { Title = "Our item" }, Ct);

        Assert.DoesNotContain(world.TaskForceMeeting, listed);
        Assert.DoesNotContain(world.OutsideMeeting, listed);
        Assert.Contains(world.PlatformMeeting, listed);
        Assert.Null(taskForce);
        Assert.Equal("Cooperation platform", platform?.Title);
        Assert.IsType<WriteOutcome.NotFound>(proposal);

        await using var focalPoint = world.As(FocalPoint);
        var seen = await focalPoint.ServiceProvider.GetRequiredService<ListMeetings>().ExecuteAsync(null, MeetingKind.TaskForce, Ct);
        Assert.Contains(world.TaskForceMeeting, seen.Past.Select(m => m.Id));
        Assert.DoesNotContain(world.PlatformMeeting, seen.Past.Select(m => m.Id));
    }

    [Fact]
    public async Task An_unknown_meeting_is_not_found()
    {
        await using var scope = world.As(FocalPoint);

        Assert.Null(await scope.ServiceProvider.GetRequiredService<GetMeeting>().ExecuteAsync(Guid.NewGuid(), Ct));
        Assert.IsType<WriteOutcome.NotFound>(await scope.ServiceProvider.GetRequiredService<ProposeAgendaItem>().ExecuteAsync(Guid.NewGuid(), new AgendaItemDraft { Title = "Item" }, Ct));
    }
}
