using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing;

/// <summary>
/// The preview's fingerprint, which the page hands back to the confirm so that nothing is stored when planning again
/// gives another result, tells previews apart by what they would store, at a size that does not grow with the sheet.
/// Before, it was every row's changes written out: megabytes for a sheet of ten thousand rows, built again each time.
/// </summary>
public sealed class ImportPreviewTests
{
    [Fact]
    public void A_fingerprint_is_as_long_for_ten_thousand_rows_as_for_one()
    {
        Assert.Equal(64, Preview(Rows(1)).Fingerprint.Length);
        Assert.Equal(64, Preview(Rows(10_000)).Fingerprint.Length);
    }

    [Fact]
    public void The_same_rows_give_the_same_fingerprint_and_any_other_change_another()
    {
        var rows = Rows(3);

        Assert.Equal(Preview(rows).Fingerprint, Preview(Rows(3)).Fingerprint);
        Assert.NotEqual(Preview(rows).Fingerprint, Preview([.. rows.Take(2), rows[2] with { Changes = [new FieldChange("Title", "Row 3", "Row three")] }]).Fingerprint);
        Assert.NotEqual(Preview(rows).Fingerprint, Preview([.. rows.Take(2), rows[2] with { Outcome = RowOutcome.Unchanged }]).Fingerprint);
        Assert.NotEqual(Preview(rows).Fingerprint, Preview([.. rows.Take(2), rows[2] with { InitiativeId = Guid.Empty }]).Fingerprint);
        Assert.NotEqual(Preview(rows).Fingerprint, Preview(Rows(2)).Fingerprint);
    }

    private static ImportPreview Preview(IReadOnlyList<PreviewRow> rows) => new(rows, [], [], [], BlankCellRule.KeepStored);

    private static List<PreviewRow> Rows(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new PreviewRow(i + 1, RowOutcome.Update, new Guid(i, 0, 0, new byte[8]), new InitiativeDraft(), [new FieldChange("Title", string.Empty, $"Row {i}")], [], false))];
}
