using System.Text;
using System.Text.Json;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Api.Contracts;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Fields;

/// <summary>
/// Every value the catalogue of an initiative's fields keeps on the initiative's row (<see cref="InitiativeFields.StoredValues"/>),
/// of every kind, goes the whole way without being named anywhere else: saved through the edit form's write, read by the
/// details page and the API, written to an export that imports back unchanged and reads an edited cell, recorded in
/// history, and — when versions keep it — compared between a version and today.
/// </summary>
public sealed class StoredValuesRoundTripTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Names() => [.. InitiativeFields.StoredValues.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_stored_value_reaches_every_surface_and_comes_back_from_a_sheet(string name)
    {
        var stored = InitiativeFields.StoredValues.Single(s => s.Name == name);
        var entry = InitiativeFields.All.Single(e => e.Stored.Contains(stored));
        var sample = Sample.Of(stored);
        var scene = await Scene.StoreAsync(fixture);
        var before = await SnapshotAsync(scene.PartnershipId);
        var editor = fixture.Get<EditInitiative>();
        var editing = (await editor.LoadAsync(scene.InitiativeId, Ct))!;
        var draft = editing.Draft.Copy();
        sample.Set(draft, sample.Value);

        Assert.IsType<WriteOutcome.Done>(await editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Ct));
        Assert.Equal(sample.Value, stored.ValueIn((await editor.LoadAsync(scene.InitiativeId, Ct))!.Draft));

        var details = (await fixture.Get<GetInitiativeDetails>().ExecuteAsync(scene.InitiativeId, Ct))!;
        Assert.Equal(sample.Value, details.Stored[name]);
        var json = JsonSerializer.SerializeToElement(InitiativeDto.From(details, null), JsonSerializerOptions.Web);
        Assert.Equal(sample.Value, json.GetProperty(stored.ApiName).Deserialize(sample.Value.GetType(), JsonSerializerOptions.Web));

        var csv = Encoding.UTF8.GetString(await Exports.CsvAsync(fixture.Services, scene.PartnershipId, "columns=all"));
        Assert.Equal(sample.Cell, Csv.Cell(csv, stored.Header.English));
        var same = Assert.Single((await PreviewAsync(scene.PartnershipId, csv)).Rows);
        Assert.True(same.Outcome == RowOutcome.Unchanged, string.Join("; ", same.Changes.Select(c => c.ToString()).Concat(same.Problems.Select(p => p.ToString()))));
        var edited = Assert.Single((await PreviewAsync(scene.PartnershipId, Csv.WithCell(csv, stored.Header.English, sample.EditedCell))).Rows);
        Assert.Equal(RowOutcome.Update, edited.Outcome);
        Assert.Equal(sample.Edited, stored.ValueIn(edited.Draft));

        // A cell that does not read as the kind's value refuses the row with a problem at that column; nothing is stored.
        var bad = Assert.Single((await PreviewAsync(scene.PartnershipId, Csv.WithCell(csv, stored.Header.English, sample.BadCell))).Rows);
        Assert.Equal(RowOutcome.Refused, bad.Outcome);
        Assert.Contains(bad.Problems, p => p.Column == stored.Header.English && p.Message.Length > 0);
        Assert.Equal(sample.Value, stored.ValueIn((await editor.LoadAsync(scene.InitiativeId, Ct))!.Draft));

        var history = await fixture.Database.RowsAsync(
            "SELECT record_type || '.' || field FROM history_entries WHERE aggregate_id = $1 AND field = $2",
            scene.InitiativeId.ToString(), name);
        Assert.Equal(["Initiative." + name], history);
        Assert.NotNull(InitiativeFields.HistoryLabelKey("Initiative", name));

        var change = ScoreboardComparison.Differences(before.Single(r => r.InitiativeId == scene.InitiativeId), (await SnapshotAsync(scene.PartnershipId)).Single(r => r.InitiativeId == scene.InitiativeId), InitiativeFields.ComparedReaders)
            .SingleOrDefault(c => c.Fact == name);
        if (entry.KeptInVersions)
        {
            Assert.NotNull(change);
            Assert.Equal(stored.Fact(sample.Value), change.After);
            Assert.Equal(sample.Value, stored.FromFact((string)change.After!));
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

    /// <summary>
    /// A value of the stored value's kind to save, as an export writes it, an edit typed into its cell with the value
    /// the import reads from it, and a cell the import must refuse. A kind without a sample here fails the test, so that a
    /// new kind is tried too.
    /// </summary>
    private sealed record Sample(object Value, string Cell, string EditedCell, object Edited, string BadCell, Action<InitiativeDraft, object> Set)
    {
        public static Sample Of(StoredValue stored) => stored switch
        {
            StoredText text => new($"Stated {text.Name} of the initiative", $"Stated {text.Name} of the initiative", "Edited in the sheet", "Edited in the sheet", new string('x', text.Length + 1), (d, v) => text.Set(d, (string)v)),
            StoredYesNo yesNo => new(true, "Yes", "No", false, "Perhaps", (d, v) => yesNo.Set(d, (bool)v)),
            _ => throw new InvalidOperationException($"No sample of {stored.GetType().Name}: add one."),
        };
    }

    /// <summary>A comma-separated export's one data row, read and changed by its column's header.</summary>
    private static class Csv
    {
        public static string Cell(string csv, string header)
        {
            var (headers, row) = Read(csv);
            return row[Index(headers, header)];
        }

        public static string WithCell(string csv, string header, string value)
        {
            var (headers, row) = Read(csv);
            row[Index(headers, header)] = value;
            return string.Join("\r\n", Line(headers), Line(row)) + "\r\n";
        }

        private static int Index(List<string> headers, string header)
        {
            var at = headers.IndexOf(header);
            Assert.True(at >= 0, $"the export has no column \"{header}\"");
            return at;
        }

        private static (List<string> Headers, List<string> Row) Read(string csv)
        {
            using var reader = Sylvan.Data.Csv.CsvDataReader.Create(new StringReader(csv.TrimStart('\uFEFF')), new Sylvan.Data.Csv.CsvDataReaderOptions { Delimiter = ',' });
            var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            Assert.True(reader.Read(), "the export has no row");
            var row = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
            Assert.False(reader.Read(), "the export has more than one row");
            return (headers, row);
        }

        private static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }
}
