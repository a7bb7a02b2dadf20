using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.History.Reading;

namespace MobilityPartnerships.IntegrationTests.History.Reading;

/// <summary>
/// Every change of a record is in its history (#3): a read returns at most <see cref="GetHistory.MaxEvents"/> changes,
/// newest first, and says where the older ones begin; reading on from there reaches the creation, each change once.
/// </summary>
public sealed class HistoryPagingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_initiative_with_more_changes_than_one_read_shows_all_of_them_across_reads_each_read_bounded()
    {
        var scene = await Scene.StoreAsync(fixture);
        await ChangeTitleAsync(scene.InitiativeId, GetHistory.MaxEvents + 2);
        var saved = await ChangeSetsAsync(scene.InitiativeId);
        var history = fixture.Get<GetHistory>();

        var reads = new List<HistoryPage> { await history.ExecuteAsync(nameof(Initiative), scene.InitiativeId, Ct) };
        while (reads[^1].Older is { } older && reads.Count <= saved)
        {
            reads.Add(await history.ExecuteAsync(nameof(Initiative), scene.InitiativeId, older, Ct));
        }

        Assert.Equal(GetHistory.MaxEvents, reads[0].Events.Count);
        Assert.NotNull(reads[0].Older);
        Assert.All(reads, read => Assert.InRange(read.Events.Count, 1, GetHistory.MaxEvents));
        Assert.Null(reads[^1].Older);
        var all = reads.SelectMany(r => r.Events).ToList();
        Assert.Equal(saved, all.Count);
        Assert.Equal($"Title: Title 101 → Title {GetHistory.MaxEvents + 2}", Assert.Single(all[0].Lines));
        Assert.Contains(all[^1].Lines, line => line.StartsWith("Initiative created: ", StringComparison.Ordinal));

        // Each title change once, newest first: none read twice, none left out between reads.
        var titles = all.SelectMany(e => e.Lines).Where(l => l.StartsWith("Title: Title ", StringComparison.Ordinal)).ToList();
        Assert.Equal(GetHistory.MaxEvents + 1, titles.Count);
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.At >= p.Second.At), "The changes are not newest first.");
    }

    [Fact]
    public async Task A_history_that_fits_in_one_read_says_none_is_older()
    {
        var scene = await Scene.StoreAsync(fixture);
        await ChangeTitleAsync(scene.InitiativeId, 2);

        var read = await fixture.Get<GetHistory>().ExecuteAsync(nameof(Initiative), scene.InitiativeId, Ct);

        Assert.Equal(await ChangeSetsAsync(scene.InitiativeId), read.Events.Count);
        Assert.Null(read.Older);
    }

    /// <summary>Saves the initiative <paramref name="times"/> times, each with a new title ("Title 1", "Title 2"…): one change each.</summary>
    private async Task ChangeTitleAsync(Guid initiativeId, int times)
    {
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.SingleAsync(i => i.Id == initiativeId, Ct);
        for (var n = 1; n <= times; n++)
        {
            initiative.Describe($"Title {n}", initiative.Summary, initiative.ReferenceCode);
            await db.SaveChangesAsync(Ct);
        }
    }

    private async Task<int> ChangeSetsAsync(Guid initiativeId)
    {
        await using var db = await fixture.CreateContextAsync();
        return await db.History.Where(h => h.AggregateType == nameof(Initiative) && h.AggregateId == initiativeId.ToString()).Select(h => h.ChangeSetId).Distinct().CountAsync(Ct);
    }
}
