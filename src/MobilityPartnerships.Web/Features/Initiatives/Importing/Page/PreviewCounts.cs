namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Page;

/// <summary>
/// What the preview panel shows of a whole preview — its counts, whether it can be confirmed, the rows that need
/// attention — counted once when the preview arrives: each count walks every row, and the panel renders many times.
/// </summary>
internal sealed record PreviewCounts(ImportPreview? Of, int Added, int Updated, int Unchanged, int Refused, int OpenQuestions, bool CanConfirm, IReadOnlyList<PreviewRow> NeedingAttention)
{
    public static readonly PreviewCounts None = new(null, 0, 0, 0, 0, 0, false, []);

    public static PreviewCounts Count(ImportPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return new(preview, preview.Added, preview.Updated, preview.Unchanged, preview.Refused, preview.OpenQuestions, preview.CanConfirm,
            [.. preview.Rows.Where(r => r.Outcome is RowOutcome.Refused or RowOutcome.Update)]);
    }
}
