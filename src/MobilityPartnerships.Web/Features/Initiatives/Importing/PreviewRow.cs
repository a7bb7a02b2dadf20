using MobilityPartnerships.Web.Features.Initiatives.Editing;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>One row of the sheet as it will be stored: the initiative it adds or updates, what changes, and what is wrong.</summary>
public sealed record PreviewRow(
    int Row,
    RowOutcome Outcome,
    Guid? InitiativeId,
    InitiativeDraft Draft,
    IReadOnlyList<FieldChange> Changes,
    IReadOnlyList<ImportProblem> Problems,
    bool Waiting);
