using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Features.Meetings;
using MobilityPartnerships.Web.Features.Meetings.Planning;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Meetings;

/// <summary>Planning a meeting on PostgreSQL: a meeting the domain refuses is refused at its field, with its message, and nothing is stored.</summary>
public sealed class MeetingPlanningTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private readonly MeetingSteps steps = new(world);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ClaimsPrincipal FocalPoint => steps.FocalPoint;

    [Fact]
    public async Task A_meeting_dated_before_the_partnerships_life_is_refused_at_its_date_and_nothing_is_stored()
    {
        var before = await steps.CountAsync(db => db.Meetings);
        await using var scope = world.As(FocalPoint);
        var draft = await steps.DraftAsync(scope, MeetingKind.TaskForce, new DateOnly(2009, 6, 1));

        var outcome = await scope.ServiceProvider.GetRequiredService<PlanMeeting>().ExecuteAsync(world.Inside, draft, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(MeetingDraft.HeldOn), error.Path);
        Assert.StartsWith("A meeting on ", error.Message, StringComparison.Ordinal);
        Assert.Contains("is before the partnership's life begins", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await steps.CountAsync(db => db.Meetings));
    }

    [Fact]
    public async Task A_task_force_with_a_partner_country_chair_is_refused_and_nothing_is_stored()
    {
        var before = await steps.CountAsync(db => db.Meetings);
        await using var scope = world.As(FocalPoint);
        var draft = await steps.DraftAsync(scope, MeetingKind.TaskForce, new DateOnly(2027, 2, 4));
        draft.PartnerCountryChairId = await steps.PartnerCountryAsync();

        var outcome = await scope.ServiceProvider.GetRequiredService<PlanMeeting>().ExecuteAsync(world.Inside, draft, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(MeetingDraft.PartnerCountryChairId), "The task force is internal EU coordination: it has no partner-country chair."), (error.Path, error.Message));
        Assert.Equal(before, await steps.CountAsync(db => db.Meetings));
    }
}
