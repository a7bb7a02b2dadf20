using System.Globalization;
using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.History.Reading;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.IntegrationTests.History.Reading;

/// <summary>
/// An initiative's history as its page shows it, read from the database: the newest change first, each with when (the
/// machine-readable moment beside the words), who and, for a program's change, that it came through the API; and a
/// record without a change says so; one with more changes than a read shows says so, and shows the older ones on asking.
/// </summary>
public sealed class HistoryTimelineTests(DatabaseFixture fixture) : ComponentOnDatabaseTest(fixture), IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_newest_change_comes_first_with_when_who_and_a_programs_change_marked_as_via_the_API()
    {
        var scene = await Scene.StoreAsync(Fixture);
        await ChangeStatusThroughTheApiAsync(scene.InitiativeId);

        var timeline = Render<HistoryTimeline>(p => p.Add(h => h.AggregateType, nameof(Initiative)).Add(h => h.AggregateId, scene.InitiativeId));

        timeline.WaitForAssertion(() => Assert.Equal(2, timeline.FindAll("ol[data-testid=history] > li").Count), Patience);
        var changes = timeline.FindAll("ol[data-testid=history] > li");
        Assert.EndsWith("· by Reporting program via API", Text(changes[0].QuerySelector("p")!), StringComparison.Ordinal);
        Assert.Equal(["Status: Planned → Ongoing"], changes[0].QuerySelectorAll("[data-testid=history-line]").Select(Text));
        Assert.EndsWith($"· by {DatabaseFixture.AdministratorName}", Text(changes[1].QuerySelector("p")!), StringComparison.Ordinal);
        Assert.DoesNotContain("via API", Text(changes[1]), StringComparison.Ordinal);
        Assert.NotEmpty(changes[1].QuerySelectorAll("[data-testid=history-line]"));

        // The moment is written for machines in the attribute and for people in the app's time zone, and they agree.
        var newest = await NewestChangeAsync(scene.InitiativeId);
        var at = changes[0].QuerySelector("time[data-testid=history-at]")!;
        Assert.Equal(newest, DateTimeOffset.Parse(at.GetAttribute("datetime")!, CultureInfo.InvariantCulture));
        Assert.Equal(Words(Fixture.Get<Moments>().At(newest)), Text(at));
    }

    [Fact]
    public void A_record_without_changes_says_none_are_recorded()
    {
        var timeline = Render<HistoryTimeline>(p => p.Add(h => h.AggregateType, nameof(Initiative)).Add(h => h.AggregateId, Guid.NewGuid()));

        timeline.WaitForAssertion(() => Assert.Equal("No changes recorded yet.", Text(timeline.Find("section p"))), Patience);
        Assert.Empty(timeline.FindAll("[data-testid=history]"));
        Assert.Equal("History", Text(timeline.Find("h2")));
    }

    [Fact]
    public async Task A_history_longer_than_one_read_says_older_changes_follow_and_shows_them_down_to_the_creation()
    {
        var scene = await Scene.StoreAsync(Fixture);
        await using (var db = await Fixture.CreateContextAsync())
        {
            var initiative = await db.Initiatives.SingleAsync(i => i.Id == scene.InitiativeId, Xunit.TestContext.Current.CancellationToken);
            for (var n = 1; n <= GetHistory.MaxEvents + 2; n++)
            {
                initiative.Describe($"Title {n}", initiative.Summary, initiative.ReferenceCode);
                await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
            }
        }

        int saved;
        await using (var db = await Fixture.CreateContextAsync())
        {
            saved = await db.History.Where(h => h.AggregateId == scene.InitiativeId.ToString()).Select(h => h.ChangeSetId).Distinct().CountAsync(Xunit.TestContext.Current.CancellationToken);
        }

        var timeline = Render<HistoryTimeline>(p => p.Add(h => h.AggregateType, nameof(Initiative)).Add(h => h.AggregateId, scene.InitiativeId));

        timeline.WaitForAssertion(() => Assert.Equal(GetHistory.MaxEvents, timeline.FindAll("ol[data-testid=history] > li").Count), Patience);
        Assert.Equal($"Showing the {GetHistory.MaxEvents} most recent changes. Older changes are recorded too.", Text(timeline.Find("[data-testid=history-older]")));

        timeline.Find("button[data-testid=history-show-older]").Click();

        timeline.WaitForAssertion(() => Assert.Equal(saved, timeline.FindAll("ol[data-testid=history] > li").Count), Patience);
        Assert.Empty(timeline.FindAll("[data-testid=history-older]"));
        Assert.Empty(timeline.FindAll("[data-testid=history-show-older]"));
        Assert.Contains(timeline.FindAll("ol[data-testid=history] > li")[^1].QuerySelectorAll("[data-testid=history-line]"), line => Text(line).StartsWith("Initiative created: ", StringComparison.Ordinal));
    }

    /// <summary>Changes the initiative's status as a program with a personal access token does: its changes are marked as via the API.</summary>
    private async Task ChangeStatusThroughTheApiAsync(Guid initiativeId)
    {
        var program = AccountClaims.Principal(Guid.CreateVersion7(), "Reporting program", Role.Administrator, null, null, [], DateTimeOffset.UtcNow);
        ((ClaimsIdentity)program.Identity!).AddClaim(new Claim(TokenClaims.Via, TokenClaims.ViaApi));
        await using var scope = Fixture.As(program);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken);
        var initiative = await db.Initiatives.SingleAsync(i => i.Id == initiativeId, Xunit.TestContext.Current.CancellationToken);
        initiative.ChangeStatus(InitiativeStatus.Ongoing, latestUpdate: null);
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
    }

    private async Task<DateTimeOffset> NewestChangeAsync(Guid initiativeId)
    {
        await using var db = await Fixture.CreateContextAsync();
        return await db.History.Where(h => h.AggregateId == initiativeId.ToString()).MaxAsync(h => h.OccurredAt, Xunit.TestContext.Current.CancellationToken);
    }

    private static string Text(IElement element) => Words(element.TextContent);

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
