using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>One row of the sheet as it will be stored: the initiative it adds or updates, what changes, and what is wrong.</summary>
public sealed record PreviewRow(
    int Row,
    RowOutcome Outcome,
    Guid? InitiativeId,
    InitiativeDraft Draft,
    IReadOnlyList<FieldChange> Changes,
    IReadOnlyList<ImportProblem> Problems,
    bool Waiting)
{
    /// <summary>
    /// A refused row as the preview keeps it: nothing of it is stored, so its draft holds only what the page shows (the
    /// title and reference code) and its changes are shown values, each cut by <see cref="ShownCell"/>; a cell of
    /// megabytes stays neither on the page nor in the circuit. Its problems were found on the uncut draft.
    /// </summary>
    public static PreviewRow Refused(int row, Guid? initiativeId, InitiativeDraft draft, IReadOnlyList<FieldChange> changes, IReadOnlyList<ImportProblem> problems, bool waiting)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(changes);
        var shown = new InitiativeDraft { Title = ShownCell.Of(draft.Title), ReferenceCode = ShownCell.Of(draft.ReferenceCode) };
        return new PreviewRow(row, RowOutcome.Refused, initiativeId, shown, [.. changes.Select(c => c with { Old = ShownCell.Of(c.Old), New = ShownCell.Of(c.New) })], problems, waiting);
    }
}
