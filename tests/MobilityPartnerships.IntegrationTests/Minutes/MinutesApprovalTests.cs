using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.IntegrationTests.Meetings;
using MobilityPartnerships.Web.Features.Meetings.Details;
using MobilityPartnerships.Web.Features.Minutes.Approving;
using MobilityPartnerships.Web.Features.Minutes.Commenting;
using MobilityPartnerships.Web.Features.Minutes.Correcting;
using MobilityPartnerships.Web.Features.Minutes.Drafting;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Minutes;

/// <summary>
/// Minutes on PostgreSQL from the draft to approval: attendees comment on the draft, approved minutes are locked and
/// change only by corrigendum, up to as many as they take.
/// </summary>
public sealed class MinutesApprovalTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private readonly MeetingSteps steps = new(world);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ClaimsPrincipal FocalPoint => steps.FocalPoint;

    [Fact]
    public async Task The_draft_is_commented_and_approved_minutes_are_locked()
    {
        // Minutes are held to the meeting's date, so they are written for a meeting already held.
        var held = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2025, 5, 14));
        await using var scope = world.As(FocalPoint);
        var get = scope.ServiceProvider.GetRequiredService<GetMeeting>();

        Assert.IsType<WriteOutcome.Done>(await scope.ServiceProvider.GetRequiredService<DraftMinutes>().ExecuteAsync(held, await steps.VersionAsync(held), new MinutesDraft { Minutes = "What was said", Decisions = "Meet again in June.\n\nShare the report." }, Ct));
        await using (var attendee = world.As(world.Users["PartnerCountryOfficial"]))
        {
            Assert.IsType<WriteOutcome.Created>(await attendee.ServiceProvider.GetRequiredService<CommentOnMinutes>().ExecuteAsync(held, new MinutesCommentDraft { Text = "Point 2 is incomplete." }, Ct));
        }

        Assert.IsType<WriteOutcome.Done>(await scope.ServiceProvider.GetRequiredService<ApproveMinutes>().ExecuteAsync(held, await steps.VersionAsync(held), Ct));
        var locked = await scope.ServiceProvider.GetRequiredService<DraftMinutes>().ExecuteAsync(held, await steps.VersionAsync(held), new MinutesDraft { Minutes = "Changed afterwards" }, Ct);
        await using (var attendee = world.As(world.Users["PartnerCountryOfficial"]))
        {
            var late = await attendee.ServiceProvider.GetRequiredService<CommentOnMinutes>().ExecuteAsync(held, new MinutesCommentDraft { Text = "Too late" }, Ct);
            Assert.Equal("The minutes are approved; comments are taken on drafts only.", Assert.Single(Assert.IsType<WriteOutcome.Invalid>(late).Errors).Message);
        }

        Assert.Contains("are locked; a change is now a corrigendum.", Assert.Single(Assert.IsType<WriteOutcome.Invalid>(locked).Errors).Message, StringComparison.Ordinal);
        Assert.IsType<WriteOutcome.Done>(await scope.ServiceProvider.GetRequiredService<IssueCorrigendum>().ExecuteAsync(held, await steps.VersionAsync(held), new CorrigendumDraft { Text = "The report is shared in July." }, Ct));
        var view = (await get.ExecuteAsync(held, Ct))!;
        Assert.Equal(("What was said", "Focal point"), (view.Minutes, view.MinutesApprovedBy));
        Assert.Equal(["Meet again in June.", "Share the report."], view.Decisions);
        Assert.Equal("Official of C1", Assert.Single(view.Comments).Author);
        Assert.Equal(("The report is shared in July.", "Focal point"), (Assert.Single(view.Corrigenda).Text, view.Corrigenda[0].IssuedBy));
    }

    [Fact]
    public async Task A_corrigendum_beyond_as_many_as_approved_minutes_take_is_refused_at_its_text_and_nothing_is_stored()
    {
        var held = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2025, 5, 15));
        await using var scope = world.As(FocalPoint);
        Assert.IsType<WriteOutcome.Done>(await scope.ServiceProvider.GetRequiredService<DraftMinutes>().ExecuteAsync(held, await steps.VersionAsync(held), new MinutesDraft { Minutes = "What was said" }, Ct));
        Assert.IsType<WriteOutcome.Done>(await scope.ServiceProvider.GetRequiredService<ApproveMinutes>().ExecuteAsync(held, await steps.VersionAsync(held), Ct));
        var correct = scope.ServiceProvider.GetRequiredService<IssueCorrigendum>();
        for (var i = 1; i <= Meeting.MaxCorrigenda; i++)
        {
            Assert.IsType<WriteOutcome.Done>(await correct.ExecuteAsync(held, await steps.VersionAsync(held), new CorrigendumDraft { Text = $"Correction {i}" }, Ct));
        }

        var oneMore = await correct.ExecuteAsync(held, await steps.VersionAsync(held), new CorrigendumDraft { Text = "One more" }, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(oneMore).Errors);
        Assert.Equal((nameof(CorrigendumDraft.Text), "Approved minutes take at most 20 corrigenda."), (error.Path, error.Message));
        Assert.Equal(Meeting.MaxCorrigenda, (await scope.ServiceProvider.GetRequiredService<GetMeeting>().ExecuteAsync(held, Ct))!.Corrigenda.Count);
    }
}
