using System.Security.Cryptography;
using System.Text;

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

    /// <summary>
    /// A digest of what confirming would store (each row's outcome, initiative and changes), to tell whether the stored
    /// data changed since the user saw it: 64 hexadecimal digits however many rows, where the rows' text written out would
    /// take megabytes on the large object heap for a large sheet, each time it is asked.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var row in Rows)
            {
                digest.AppendData(Encoding.UTF8.GetBytes($"{row.Row}:{row.Outcome}:{row.InitiativeId}:{string.Join('|', row.Changes.Select(c => $"{c.Field}={c.Old}>{c.New}"))}\n"));
            }

            return Convert.ToHexString(digest.GetHashAndReset());
        }
    }
}
