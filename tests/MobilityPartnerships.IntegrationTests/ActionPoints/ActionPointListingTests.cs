using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.IntegrationTests.Meetings;
using MobilityPartnerships.Web.Features.ActionPoints.ChangingStatus;
using MobilityPartnerships.Web.Features.ActionPoints.Listing;
using MobilityPartnerships.Web.Features.ActionPoints.Recording;
using MobilityPartnerships.Web.Features.Meetings.Details;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.ActionPoints;

/// <summary>
/// Open action points on PostgreSQL: those of earlier meetings are carried into the next meeting's agenda and listed for
/// the partnership's page, a task force's kept from the partner country.
/// </summary>
public sealed class ActionPointListingTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private readonly MeetingSteps steps = new(world);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ClaimsPrincipal FocalPoint => steps.FocalPoint;

    [Fact]
    public async Task Open_action_points_of_earlier_meetings_are_carried_into_the_next_meetings_agenda_and_listed_for_the_partnership()
    {
        var platform = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2025, 3, 5));
        var taskForce = await steps.PlanAsync(MeetingKind.TaskForce, new DateOnly(2025, 3, 6));
        var nextPlatform = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 3, 5));
        var nextTaskForce = await steps.PlanAsync(MeetingKind.TaskForce, new DateOnly(2030, 3, 6));
        await using var scope = world.As(FocalPoint);
        var record = scope.ServiceProvider.GetRequiredService<RecordActionPoint>();
        Assert.IsType<WriteOutcome.Created>(await record.ExecuteAsync(platform, new ActionPointDraft { Text = "Platform: overdue point", OwnerOrganisationId = world.MemberStateA, DueOn = new DateOnly(2025, 4, 1) }, Ct));
        Assert.IsType<WriteOutcome.Created>(await record.ExecuteAsync(taskForce, new ActionPointDraft { Text = "Task force: internal point", OwnerPerson = "Desk officer", DueOn = new DateOnly(2040, 1, 1) }, Ct));
        var done = Assert.IsType<WriteOutcome.Created>(await record.ExecuteAsync(platform, new ActionPointDraft { Text = "Platform: done point", OwnerPerson = "Desk officer", DueOn = new DateOnly(2025, 4, 1) }, Ct));
        var doneVersion = await steps.ActionPointVersionAsync(done.Id);
        Assert.IsType<WriteOutcome.Done>(await scope.ServiceProvider.GetRequiredService<ChangeActionPointStatus>().ExecuteAsync(platform, done.Id, doneVersion, ActionPointStatus.Done, Ct));

        var get = scope.ServiceProvider.GetRequiredService<GetMeeting>();
        var carriedToPlatform = (await get.ExecuteAsync(nextPlatform, Ct))!.CarriedForward.Select(p => p.Text).ToList();
        var carriedToTaskForce = (await get.ExecuteAsync(nextTaskForce, Ct))!.CarriedForward.Select(p => p.Text).ToList();
        var open = await scope.ServiceProvider.GetRequiredService<GetOpenActionPoints>().ExecuteAsync(world.Inside, Ct);

        Assert.Contains("Platform: overdue point", carriedToPlatform);
        Assert.DoesNotContain("Task force: internal point", carriedToPlatform);
        Assert.DoesNotContain("Platform: done point", carriedToPlatform);
        Assert.Contains("Platform: overdue point", carriedToTaskForce);
        Assert.Contains("Task force: internal point", carriedToTaskForce);
        Assert.Empty((await get.ExecuteAsync(platform, Ct))!.CarriedForward);
        Assert.True(Assert.Single(open!, p => p.Text == "Platform: overdue point").IsOverdue);
        Assert.False(Assert.Single(open!, p => p.Text == "Task force: internal point").IsOverdue);
        Assert.DoesNotContain(open!, p => p.Text == "Platform: done point");

        await using var partnerCountry = world.As(world.Users["PartnerCountryOfficial"]);
        var theirs = await partnerCountry.ServiceProvider.GetRequiredService<GetOpenActionPoints>().ExecuteAsync(world.Inside, Ct);
        Assert.Contains(theirs!, p => p.Text == "Platform: overdue point");
        Assert.DoesNotContain(theirs!, p => p.Text == "Task force: internal point");
        Assert.Null(await partnerCountry.ServiceProvider.GetRequiredService<GetOpenActionPoints>().ExecuteAsync(world.Outside, Ct));
    }
}
