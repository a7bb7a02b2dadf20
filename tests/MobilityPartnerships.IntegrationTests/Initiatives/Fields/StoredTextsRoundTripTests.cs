using System.Text;
using System.Text.Json;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.Api.Contracts;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Fields;

/// <summary>
/// Every text the catalogue of an initiative's fields carries (<see cref="InitiativeFields.StoredTexts"/>) goes the whole
/// way without being named anywhere else: saved through the edit form's write, read by the details page and the API,
/// written to an export that imports back unchanged and reads an edited cell, recorded in history, and — when versions
/// keep it — compared between a version and today.
/// </summary>
public sealed class StoredTextsRoundTripTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Names() => [.. InitiativeFields.StoredTexts.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_stored_text_reaches_every_surface_and_comes_back_from_a_sheet(string name)
    {
        var stored = InitiativeFields.StoredTexts.Single(s => s.Name == name);
        var entry = InitiativeFields.All.Single(e => e.Stored.Contains(stored));
        var scene = await Scene.StoreAsync(fixture);
        var before = await SnapshotAsync(scene.PartnershipId);
        var editor = fixture.Get<EditInitiative>();
        var editing = (await editor.LoadAsync(scene.InitiativeId, Ct))!;
        var draft = editing.Draft.Copy();
        var value = $"Stated {name} of the initiative";
        stored.Set(draft, value);

        Assert.IsType<WriteOutcome.Done>(await editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Ct));
        Assert.Equal(value, stored.Get((await editor.LoadAsync(scene.InitiativeId, Ct))!.Draft));

        var details = (await fixture.Get<GetInitiativeDetails>().ExecuteAsync(scene.InitiativeId, Ct))!;
        Assert.Equal(value, details.Stored[name]);
        var json = JsonSerializer.SerializeToElement(InitiativeDto.From(details, null), JsonSerializerOptions.Web);
        Assert.Equal(value, json.GetProperty(stored.ApiName).GetString());

        var csv = Encoding.UTF8.GetString(await Exports.CsvAsync(fixture.Services, scene.PartnershipId, "columns=all"));
        Assert.Contains(stored.Header.English, csv, StringComparison.Ordinal);
        Assert.Contains(value, csv, StringComparison.Ordinal);
        var same = Assert.Single((await PreviewAsync(scene.PartnershipId, csv)).Rows);
        Assert.True(same.Outcome == RowOutcome.Unchanged, string.Join("; ", same.Changes.Select(c => c.ToString()).Concat(same.Problems.Select(p => p.ToString()))));
        var edited = Assert.Single((await PreviewAsync(scene.PartnershipId, csv.Replace(value, "Edited in the sheet", StringComparison.Ordinal))).Rows);
        Assert.Equal(RowOutcome.Update, edited.Outcome);
        Assert.Equal("Edited in the sheet", stored.Get(edited.Draft));

        var history = await fixture.Database.RowsAsync(
            "SELECT record_type || '.' || field FROM history_entries WHERE aggregate_id = $1 AND field = $2",
            scene.InitiativeId.ToString(), name);
        Assert.Equal(["Initiative." + name], history);
        Assert.NotNull(InitiativeFields.HistoryLabelKey("Initiative", name));

        var change = ScoreboardComparison.Differences(before.Single(r => r.InitiativeId == scene.InitiativeId), (await SnapshotAsync(scene.PartnershipId)).Single(r => r.InitiativeId == scene.InitiativeId))
            .SingleOrDefault(c => c.Fact == name);
        if (entry.KeptInVersions)
        {
            Assert.NotNull(change);
            Assert.Equal(value, change.After);
        }
        else
        {
            Assert.Null(change);
        }
    }

    private async Task<List<PublishedInitiative>> SnapshotAsync(Guid partnershipId)
    {
        await using var db = await fixture.CreateContextAsync();
        return await ScoreboardSnapshot.TakeAsync(db, partnershipId, Ct);
    }

    private Task<ImportPreview> PreviewAsync(Guid partnershipId, string csv) =>
        Importing.Importing.PreviewAsync(fixture.Services, Importing.Importing.Request(fixture.Services, partnershipId, Encoding.UTF8.GetBytes(csv), "sheet.csv", new ImportSettings()));
}
