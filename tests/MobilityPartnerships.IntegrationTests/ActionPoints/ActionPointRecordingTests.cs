using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.IntegrationTests.Meetings;
using MobilityPartnerships.Web.Features.ActionPoints.Owners;
using MobilityPartnerships.Web.Features.ActionPoints.Recording;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.ActionPoints;

/// <summary>
/// Recording an action point on PostgreSQL: one the domain refuses is refused at its field, with its message, and nothing
/// is stored; an owning account is offered and accepted only when the access rules let it read the meeting.
/// </summary>
public sealed class ActionPointRecordingTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private readonly MeetingSteps steps = new(world);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ClaimsPrincipal FocalPoint => steps.FocalPoint;

    [Fact]
    public async Task An_action_point_due_before_its_meeting_is_refused_at_its_date_and_nothing_is_stored()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2026, 6, 10));
        var before = await steps.CountAsync(db => db.ActionPoints);
        await using var scope = world.As(FocalPoint);

        var outcome = await scope.ServiceProvider.GetRequiredService<RecordActionPoint>().ExecuteAsync(meeting, new ActionPointDraft { Text = "Send the indicator values", OwnerPerson = "Desk officer", DueOn = new DateOnly(2026, 6, 9) }, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(ActionPointDraft.DueOn), error.Path);
        Assert.StartsWith("An action point cannot be due on ", error.Message, StringComparison.Ordinal);
        Assert.Contains("before its meeting on ", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await steps.CountAsync(db => db.ActionPoints));
    }

    [Fact]
    public async Task An_action_point_due_in_the_year_9999_is_refused_at_its_date_and_nothing_is_stored()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2026, 6, 11));
        var before = await steps.CountAsync(db => db.ActionPoints);
        await using var scope = world.As(FocalPoint);

        var outcome = await scope.ServiceProvider.GetRequiredService<RecordActionPoint>().ExecuteAsync(meeting, new ActionPointDraft { Text = "Send the indicator values", OwnerPerson = "Desk officer", DueOn = new DateOnly(9999, 12, 31) }, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(ActionPointDraft.DueOn), error.Path);
        Assert.Contains("2100", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await steps.CountAsync(db => db.ActionPoints));
    }

    [Fact]
    public async Task An_owners_name_with_a_control_character_is_refused_at_that_name_and_nothing_is_stored()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2026, 6, 12));
        var before = await steps.CountAsync(db => db.ActionPoints);
        await using var scope = world.As(FocalPoint);

        var outcome = await scope.ServiceProvider.GetRequiredService<RecordActionPoint>().ExecuteAsync(meeting, new ActionPointDraft { Text = "Send the indicator values", OwnerPerson = "Desk\u0007officer", DueOn = new DateOnly(2026, 7, 1) }, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(ActionPointDraft.OwnerPerson), error.Path);
        Assert.Contains("U+0007", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await steps.CountAsync(db => db.ActionPoints));
    }

    [Fact]
    public async Task A_task_forces_action_point_is_offered_and_given_only_to_accounts_that_may_read_the_task_force()
    {
        var meeting = await steps.PlanAsync(MeetingKind.TaskForce, new DateOnly(2026, 6, 13));
        var partnerCountry = AccountOf("PartnerCountryOfficial");
        var memberState = AccountOf("MemberStateOfficial");
        var before = await steps.CountAsync(db => db.ActionPoints);
        await using var scope = world.As(FocalPoint);

        var offered = await scope.ServiceProvider.GetRequiredService<ActionPointOwners>().ExecuteAsync(meeting, Ct);
        var outcome = await scope.ServiceProvider.GetRequiredService<RecordActionPoint>().ExecuteAsync(meeting, new ActionPointDraft { Text = "Send the indicator values", OwnerAccountId = partnerCountry, DueOn = new DateOnly(2026, 7, 1) }, Ct);

        Assert.Contains(offered, o => o.Id == memberState);
        Assert.DoesNotContain(offered, o => o.Id == partnerCountry);
        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(ActionPointDraft.OwnerAccountId), error.Path);
        Assert.Equal("That account may not see this meeting (a task force is internal to the EU side): give the action point to an account that may.", error.Message);
        Assert.Equal(before, await steps.CountAsync(db => db.ActionPoints));
    }

    [Fact]
    public async Task A_cooperation_platforms_action_point_is_offered_and_given_to_the_partner_countrys_account()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2026, 6, 14));
        var partnerCountry = AccountOf("PartnerCountryOfficial");
        await using var scope = world.As(FocalPoint);

        var offered = await scope.ServiceProvider.GetRequiredService<ActionPointOwners>().ExecuteAsync(meeting, Ct);
        var outcome = await scope.ServiceProvider.GetRequiredService<RecordActionPoint>().ExecuteAsync(meeting, new ActionPointDraft { Text = "Send the indicator values", OwnerAccountId = partnerCountry, DueOn = new DateOnly(2026, 7, 1) }, Ct);

        Assert.Contains(offered, o => o.Id == partnerCountry);
        Assert.IsType<WriteOutcome.Created>(outcome);
    }

    private Guid AccountOf(string role) => AccountClaims.UserIdOf(world.Users[role])!.Value;
}
