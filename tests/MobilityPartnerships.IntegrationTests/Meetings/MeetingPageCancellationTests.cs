using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.ActionPoints.Recording;
using MobilityPartnerships.Web.Features.Meetings.Cancelling;
using MobilityPartnerships.Web.Features.Meetings.Details;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Meetings;

/// <summary>
/// The tester's steps on the meeting's page, as administrator: the page is open, the meeting is cancelled in another
/// session, and an action point (owner "Someone", due 20 December 2026) is recorded on the page. It is refused and
/// nothing is stored; the page reads the meeting again, tells why, shows it cancelled and offers no write any more.
/// </summary>
public sealed class MeetingPageCancellationTests(DatabaseFixture fixture) : ComponentOnDatabaseTest(fixture), IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_action_point_recorded_on_a_page_that_missed_the_cancellation_is_refused_and_the_page_shows_the_meeting_cancelled()
    {
        var scene = await Scene.StoreAsync(Fixture);
        Guid meetingId;
        await using (var db = await Fixture.CreateContextAsync())
        {
            var meeting = Meeting.Plan(await db.Partnerships.SingleAsync(p => p.Id == scene.PartnershipId, Token), MeetingKind.CooperationPlatform, "Cooperation platform", new DateOnly(2026, 12, 10), "Brussels", isOnline: false);
            meeting.DraftMinutes("What would have been said", []);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync(Token);
            meetingId = meeting.Id;
        }

        var page = Render<MeetingPage>(p => p.Add(c => c.Id, meetingId));
        page.WaitForElement("[data-testid=meeting-edit]", Patience);
        var form = page.FindComponent<WriteForm<ActionPointDraft>>();

        await using (var elsewhere = Fixture.As(Fixture.Administrator))
        {
            var version = (await elsewhere.ServiceProvider.GetRequiredService<GetMeeting>().ExecuteAsync(meetingId, Token))!.Version;
            var cancelled = await elsewhere.ServiceProvider.GetRequiredService<CancelMeeting>().ExecuteAsync(meetingId, version, new CancellationDraft(), Token);
            Assert.IsType<WriteOutcome.Done>(cancelled);
        }

        var draft = form.Instance.Draft;
        (draft.Text, draft.OwnerPerson, draft.DueOn) = ("Send the figures", "Someone", new DateOnly(2026, 12, 20));
        page.Find("[data-testid=action-points] form").Submit();

        page.WaitForAssertion(() => Assert.Contains("The meeting was cancelled on ", page.Find("[data-testid=action-refused]").TextContent, StringComparison.Ordinal), Patience);
        Assert.NotNull(page.Find("[data-testid=meeting-cancellation]"));
        foreach (var write in new[] { "meeting-cancel", "meeting-edit", "minutes-edit", "minutes-approve", "briefing-pack" })
        {
            Assert.Empty(page.FindAll($"[data-testid={write}]"));
        }

        Assert.Empty(page.FindAll("[data-testid=action-points] form"));
        Assert.Empty(page.FindAll("[data-testid=minutes] form"));
        Assert.Empty(page.FindAll("[data-testid=agenda] form"));
        await using var read = await Fixture.CreateContextAsync();
        Assert.False(await read.ActionPoints.AnyAsync(a => a.MeetingId == meetingId, Token));
    }
}
