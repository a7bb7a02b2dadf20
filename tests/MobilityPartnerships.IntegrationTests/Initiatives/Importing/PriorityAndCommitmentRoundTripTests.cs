using System.Text;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// An export writes the priority an initiative serves and the text of the commitment it carries out; imported
/// back it changes nothing, a changed cell changes them (the commitment found by its text), and a text the
/// partnership does not have is a problem at its row and column.
/// </summary>
public sealed class PriorityAndCommitmentRoundTripTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_exported_sheet_imports_back_with_the_priority_and_commitment_unchanged()
    {
        var scene = await Scene.StoreAsync(fixture);
        var linked = await PrioritiesAndCommitments.StoreAsync(fixture, scene.PartnershipId, scene.InitiativeId);
        var export = await Exports.LoadAsync(fixture.Services, scene.PartnershipId, "columns=all");
        using var stream = new MemoryStream();
        Web.Features.Scoreboards.Exporting.XlsxScoreboardWriter.Write(export!, stream);

        var csv = await CsvAsync(scene);
        var xlsx = await Importing.PreviewAsync(fixture.Services, Importing.Request(fixture.Services, scene.PartnershipId, stream.ToArray(), "export.xlsx", new ImportSettings()));

        Assert.Contains(InitiativeColumns.HeaderOf(InitiativeColumn.Priority), csv, StringComparison.Ordinal);
        Assert.Contains(linked.Priority, csv, StringComparison.Ordinal);
        Assert.Contains(linked.Commitment, csv, StringComparison.Ordinal);
        var row = Assert.Single(xlsx.Rows);
        Assert.True(row.Outcome == RowOutcome.Unchanged, string.Join("; ", row.Changes.Select(c => c.ToString()).Concat(row.Problems.Select(p => p.ToString()))));
        Assert.Equal((linked.Priority, linked.CommitmentId), (row.Draft.Priority, row.Draft.CommitmentId));
        Assert.Equal(RowOutcome.Unchanged, Assert.Single((await Importing.PreviewAsync(fixture.Services, Request(scene, csv))).Rows).Outcome);
    }

    [Fact]
    public async Task A_changed_priority_and_commitment_cell_updates_them()
    {
        var scene = await Scene.StoreAsync(fixture);
        var linked = await PrioritiesAndCommitments.StoreAsync(fixture, scene.PartnershipId, scene.InitiativeId);
        var csv = (await CsvAsync(scene))
            .Replace(linked.Priority, linked.OtherPriority.ToUpperInvariant(), StringComparison.Ordinal)
            .Replace(linked.Commitment, linked.OtherCommitment, StringComparison.Ordinal);

        var preview = await Importing.PreviewAsync(fixture.Services, Request(scene, csv));

        var row = Assert.Single(preview.Rows);
        Assert.Empty(row.Problems);
        Assert.Equal(RowOutcome.Update, row.Outcome);
        Assert.Equal(
            [("Carries out commitment", linked.Commitment, linked.OtherCommitment), ("Serves the partner country's priority", linked.Priority, linked.OtherPriority)],
            row.Changes.Select(c => (c.Field, c.Old, c.New)).OrderBy(c => c.Field, StringComparer.Ordinal));
        Assert.Equal(new Imported(0, 1, 0), await Importing.ConfirmAsync(fixture.Services, Request(scene, csv)));
        await using var db = await fixture.CreateContextAsync();
        var stored = await db.Initiatives.AsNoTracking().SingleAsync(i => i.Id == scene.InitiativeId, Ct);
        Assert.Equal((linked.OtherPriority, linked.OtherCommitmentId), (stored.Priority, stored.CommitmentId));
    }

    [Fact]
    public async Task A_priority_or_commitment_the_partnership_does_not_have_is_a_problem_at_its_cell()
    {
        var scene = await Scene.StoreAsync(fixture);
        var linked = await PrioritiesAndCommitments.StoreAsync(fixture, scene.PartnershipId, scene.InitiativeId);
        var csv = (await CsvAsync(scene))
            .Replace(linked.Priority, "Visa facilitation", StringComparison.Ordinal)
            .Replace(linked.Commitment, "Build a new border crossing", StringComparison.Ordinal);

        var preview = await Importing.PreviewAsync(fixture.Services, Request(scene, csv));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Refused, row.Outcome);
        Assert.Equal(
            [
                "Row 2, Commitment: \"Build a new border crossing\" is not a commitment recorded for this partnership; write the text of one of its commitments as its commitments page lists it, or leave the cell blank.",
                $"Row 2, Partner-country priority: \"Visa facilitation\" is not one of the partner country's priorities in this partnership. Its priorities are: {linked.Priority}; {linked.OtherPriority}.",
            ],
            row.Problems.Select(p => p.ToString()).Order(StringComparer.Ordinal));
        await using var db = await fixture.CreateContextAsync();
        var stored = await db.Initiatives.AsNoTracking().SingleAsync(i => i.Id == scene.InitiativeId, Ct);
        Assert.Equal((linked.Priority, linked.CommitmentId), (stored.Priority, stored.CommitmentId));
    }

    private async Task<string> CsvAsync(Scene scene) => Encoding.UTF8.GetString(await Exports.CsvAsync(fixture.Services, scene.PartnershipId, "columns=all"));

    private ImportRequest Request(Scene scene, string csv) =>
        Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes(csv), "sheet.csv", new ImportSettings());
}
