using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Features.ActionPoints.Recording;
using MobilityPartnerships.Web.Features.Meetings.Revising;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Meetings;

/// <summary>Revising a stored meeting on PostgreSQL, at the version the focal point read.</summary>
public sealed class MeetingRevisingTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private readonly MeetingSteps steps = new(world);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ClaimsPrincipal FocalPoint => steps.FocalPoint;

    [Fact]
    public async Task A_cooperation_platform_revised_into_a_task_force_is_stored_without_its_partner_country_chair()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 9, 1));
        await using var scope = world.As(FocalPoint);
        var revise = scope.ServiceProvider.GetRequiredService<ReviseMeeting>();
        var editing = (await revise.LoadAsync(meeting, Ct))!;
        Assert.NotNull(editing.Draft.PartnerCountryChairId);
        editing.Draft.Kind = MeetingKind.TaskForce;
        editing.Draft.PartnerCountryChairId = null;
        editing.Draft.Title = "Task force instead";

        var outcome = await revise.ExecuteAsync(meeting, editing.Version, editing.Draft, Ct);

        Assert.IsType<WriteOutcome.Done>(outcome);
        var stored = (await revise.LoadAsync(meeting, Ct))!.Draft;
        Assert.Equal((MeetingKind.TaskForce, "Task force instead", (Guid?)null), (stored.Kind, stored.Title, stored.PartnerCountryChairId));
        Assert.Equal(editing.Draft.CommissionChairId, stored.CommissionChairId);
    }

    [Fact]
    public async Task A_meeting_stored_beyond_its_minutes_bounds_is_refused_a_revision_with_why_until_they_are_put_right()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 9, 4));
        // As a meeting the app took before its minutes were bounded (migration MeetingMinutesBounded): 150 decisions,
        // under the check added NOT VALID, which checks the row again at its next change.
        await world.Database.ExecuteAsync($"""
            ALTER TABLE meetings DROP CONSTRAINT ck_meetings_decisions_in_range;
            UPDATE meetings SET decisions = array_fill('Decision'::text, ARRAY[{Meeting.MaxDecisions + 50}]) WHERE id = '{meeting}';
            ALTER TABLE meetings ADD CONSTRAINT ck_meetings_decisions_in_range CHECK (cardinality(decisions) <= {Meeting.MaxDecisions}) NOT VALID;
            """);
        await using var scope = world.As(FocalPoint);
        var revise = scope.ServiceProvider.GetRequiredService<ReviseMeeting>();
        var editing = (await revise.LoadAsync(meeting, Ct))!;
        editing.Draft.Title = "Renamed";

        var outcome = await revise.ExecuteAsync(meeting, editing.Version, editing.Draft, Ct);

        // Told why and what to do, at the form: not "the save failed" with a reference.
        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(FieldError.FormLevel, error.Path);
        Assert.StartsWith($"This meeting's minutes were recorded before a meeting's minutes were limited to {Meeting.MaxDecisions} decisions of at most 1,000 characters each", error.Message, StringComparison.Ordinal);
        var stored = (await revise.LoadAsync(meeting, Ct))!;
        Assert.Equal((editing.Version, "CooperationPlatform 2030-09-04"), (stored.Version, stored.Draft.Title));

        // Put right (as an administrator does for approved minutes), the same revision is taken.
        await world.Database.ExecuteAsync($"UPDATE meetings SET decisions = decisions[1:{Meeting.MaxDecisions}] WHERE id = '{meeting}'");
        var again = (await revise.LoadAsync(meeting, Ct))!;
        again.Draft.Title = "Renamed";
        Assert.IsType<WriteOutcome.Done>(await revise.ExecuteAsync(meeting, again.Version, again.Draft, Ct));
    }

    [Fact]
    public async Task A_revision_based_on_an_older_version_is_refused_as_stale_and_nothing_changes()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 9, 2));
        await using var scope = world.As(FocalPoint);
        var revise = scope.ServiceProvider.GetRequiredService<ReviseMeeting>();
        var first = (await revise.LoadAsync(meeting, Ct))!;
        var second = (await revise.LoadAsync(meeting, Ct))!;
        first.Draft.Title = "First title";
        Assert.IsType<WriteOutcome.Done>(await revise.ExecuteAsync(meeting, first.Version, first.Draft, Ct));
        second.Draft.Title = "Second title";

        var stale = await revise.ExecuteAsync(meeting, second.Version, second.Draft, Ct);

        Assert.Equal("Focal point", Assert.IsType<WriteOutcome.Stale>(stale).StoredBy);
        Assert.Equal("First title", (await revise.LoadAsync(meeting, Ct))!.Draft.Title);
    }

    [Fact]
    public async Task A_meeting_moved_after_the_day_one_of_its_action_points_falls_due_is_refused_at_its_date_and_nothing_changes()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 9, 3));
        await using var scope = world.As(FocalPoint);
        Assert.IsType<WriteOutcome.Created>(await scope.ServiceProvider.GetRequiredService<RecordActionPoint>().ExecuteAsync(meeting, new ActionPointDraft { Text = "Send the indicator values", OwnerPerson = "Desk officer", DueOn = new DateOnly(2030, 9, 20) }, Ct));
        var revise = scope.ServiceProvider.GetRequiredService<ReviseMeeting>();
        var editing = (await revise.LoadAsync(meeting, Ct))!;
        editing.Draft.HeldOn = new DateOnly(2030, 10, 1);
        editing.Draft.Title = "Moved";

        var outcome = await revise.ExecuteAsync(meeting, editing.Version, editing.Draft, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(editing.Draft.HeldOn), error.Path);
        Assert.Contains("20 September 2030", error.Message, StringComparison.Ordinal);
        var stored = (await revise.LoadAsync(meeting, Ct))!;
        Assert.Equal((new DateOnly(2030, 9, 3), editing.Version), (stored.Draft.HeldOn!.Value, stored.Version));
    }

    [Fact]
    public async Task A_meeting_moved_before_the_day_an_item_of_its_agenda_was_proposed_is_refused_at_its_date_and_nothing_changes()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 9, 20));
        // 23:30 UTC on 8 September is 01:30 on 9 September in Brussels: the item was proposed on 9 September.
        await steps.ProposedAsync(meeting, "Seasonal work pilot", new DateTimeOffset(2030, 9, 8, 23, 30, 0, TimeSpan.Zero));
        await using var scope = world.As(FocalPoint);
        var revise = scope.ServiceProvider.GetRequiredService<ReviseMeeting>();
        var editing = (await revise.LoadAsync(meeting, Ct))!;
        editing.Draft.HeldOn = new DateOnly(2030, 9, 8);
        editing.Draft.Title = "Moved";

        var outcome = await revise.ExecuteAsync(meeting, editing.Version, editing.Draft, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(editing.Draft.HeldOn), error.Path);
        Assert.Contains("9 September 2030", error.Message, StringComparison.Ordinal);
        var stored = (await revise.LoadAsync(meeting, Ct))!;
        Assert.Equal((new DateOnly(2030, 9, 20), "CooperationPlatform 2030-09-20", editing.Version), (stored.Draft.HeldOn!.Value, stored.Draft.Title, stored.Version));

        // The day it was proposed is still before the meeting, or the meeting itself.
        editing.Draft.HeldOn = new DateOnly(2030, 9, 9);
        Assert.IsType<WriteOutcome.Done>(await revise.ExecuteAsync(meeting, editing.Version, editing.Draft, Ct));
    }

    [Fact]
    public async Task A_declined_item_was_still_proposed_on_its_day_and_holds_the_meeting_on_or_after_it()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 10, 20));
        await steps.ProposedAsync(meeting, "Accepted early", new DateTimeOffset(2030, 10, 1, 9, 0, 0, TimeSpan.Zero));
        await steps.ProposedAsync(meeting, "Declined later", new DateTimeOffset(2030, 10, 12, 9, 0, 0, TimeSpan.Zero), declined: true);
        await using var scope = world.As(FocalPoint);
        var revise = scope.ServiceProvider.GetRequiredService<ReviseMeeting>();
        var editing = (await revise.LoadAsync(meeting, Ct))!;
        editing.Draft.HeldOn = new DateOnly(2030, 10, 11);

        var outcome = await revise.ExecuteAsync(meeting, editing.Version, editing.Draft, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(editing.Draft.HeldOn), error.Path);
        Assert.Contains("12 October 2030", error.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2030, 10, 20), (await revise.LoadAsync(meeting, Ct))!.Draft.HeldOn);
    }
}
