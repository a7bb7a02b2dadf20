using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// A title is read the same way through the API or the form and through the import (#5): stored trimmed, its inner
/// spaces as typed, so that the export of "Padded  title" imports back as no change.
/// </summary>
public sealed class PaddedTitleRoundTripTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_title_with_two_spaces_inside_is_stored_as_typed_and_its_export_imports_back_unchanged()
    {
        var scene = await Scene.StoreAsync(fixture);
        var editor = fixture.Get<EditInitiative>();
        var editing = (await editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        (draft.Title, draft.ReferenceCode) = ("  Padded  title  ", null);
        Assert.IsType<WriteOutcome.Done>(await editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token));
        Assert.Equal("Padded  title", (await editor.LoadAsync(scene.InitiativeId, Token))!.Draft.Title);

        var csv = await Exports.CsvAsync(fixture.Services, scene.PartnershipId, "columns=all");
        var preview = await Importing.PreviewAsync(fixture.Services, Importing.Request(fixture.Services, scene.PartnershipId, csv, "export.csv", new ImportSettings()));

        var row = Assert.Single(preview.Rows);
        Assert.True(row.Outcome == RowOutcome.Unchanged, $"The row would be {row.Outcome}: {string.Join("; ", row.Changes)} {string.Join("; ", row.Problems)}");
        Assert.Equal("Padded  title", row.Draft.Title);
    }
}
