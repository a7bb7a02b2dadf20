namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// Every row of the sheet as it will be stored, with each problem at its row and column, and the questions the
/// user must answer first. Confirming stores exactly this, in one transaction, or nothing.
/// </summary>
public sealed record ImportPreview(
    IReadOnlyList<PreviewRow> Rows,
    IReadOnlyList<ImportProblem> SheetProblems,
    IReadOnlyList<OrganisationQuestion> OrganisationQuestions,
    IReadOnlyList<NumberQuestion> NumberQuestions,
    BlankCellRule BlankCells)
{
    /// <summary>Parts of a funding line the row and the "Funding lines" sheet both changed, differently: which holds.</summary>
    public IReadOnlyList<FundingQuestion> FundingQuestions { get; init; } = [];

    public int Added => Rows.Count(r => r.Outcome == RowOutcome.Add);

    public int Updated => Rows.Count(r => r.Outcome == RowOutcome.Update);

    public int Unchanged => Rows.Count(r => r.Outcome == RowOutcome.Unchanged);

    public int Refused => Rows.Count(r => r.Outcome == RowOutcome.Refused);

    public IEnumerable<ImportProblem> Problems => SheetProblems.Concat(Rows.SelectMany(r => r.Problems));

    public int OpenQuestions => OrganisationQuestions.Count(q => q.Answer is null) + NumberQuestions.Count(q => q.Answer is null) + FundingQuestions.Count(q => q.Answer is null);

    /// <summary>Confirming stores something and nothing stands in the way.</summary>
    public bool CanConfirm => Refused == 0 && SheetProblems.Count == 0 && OpenQuestions == 0 && Added + Updated > 0;

    /// <summary>A summary of what confirming would store, to tell whether the stored data changed since the user saw it.</summary>
    public string Fingerprint => string.Join('\n', Rows.Select(r => $"{r.Row}:{r.Outcome}:{r.InitiativeId}:{string.Join('|', r.Changes.Select(c => $"{c.Field}={c.Old}>{c.New}"))}"));
}
