using System.Globalization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// Reads a row's funding: from the workbook's "Funding lines" sheet when it lists the initiative, else from the
/// row's own funding columns as one funding line. A stored initiative with several funding lines is not changed
/// from one budget cell — the cell cannot say which line changed — unless the cell agrees with their sums.
/// </summary>
internal sealed class FundingCells(ImportContext context, RowReader row, bool isNew)
{
    private static readonly InitiativeColumn[] Columns =
    [
        InitiativeColumn.FundingSource, InitiativeColumn.FundingProgramme, InitiativeColumn.Contributor,
        InitiativeColumn.TotalBudget, InitiativeColumn.EuContribution, InitiativeColumn.BudgetAndEuContribution,
    ];

    public void ApplyTo(InitiativeDraft draft)
    {
        if (context.FundingLines is { } sheet && FromSheet(sheet, draft))
        {
            return;
        }

        if (!Columns.Any(context.Mapping.Maps))
        {
            return;
        }

        if (Columns.All(c => row.Cell(c) is not { IsBlank: false }))
        {
            if (isNew || context.Settings.BlankCells == BlankCellRule.Clear)
            {
                draft.FundingLines = [];
            }

            return;
        }

        var line = draft.FundingLines.Count == 1 ? draft.FundingLines[0] with { } : new FundingLineDraft();
        var sourceGiven = ReadSource(line);
        var programme = Text(InitiativeColumn.FundingProgramme, line.Programme);
        var contributor = Contributor(line.ContributorId);
        var (total, eu) = Amounts(line);
        if (draft.FundingLines.Count > 1)
        {
            KeepSeveral(draft, total, eu);
            return;
        }

        line.Programme = programme;
        line.ContributorId = contributor;
        (line.TotalBudget, line.EuContribution) = (total, eu);
        if (!sourceGiven && draft.FundingLines.Count == 0)
        {
            line.SourceKind = eu > 0 || programme is not null || contributor is null ? FundingSourceKind.EuProgramme : FundingSourceKind.OwnFunds;
        }

        CheckShare(line);
        draft.FundingLines = [line];
    }

    private bool ReadSource(FundingLineDraft line)
    {
        if (!row.Given(InitiativeColumn.FundingSource, out var cell, out var clear) || clear)
        {
            return false;
        }

        line.SourceKind = row.Read(InitiativeColumn.FundingSource, ImportCellValues.FundingSource(cell));
        return true;
    }

    private string? Text(InitiativeColumn column, string? stored) =>
        row.Given(column, out var cell, out var clear) ? (clear ? null : cell.Text.Trim()) : stored;

    private Guid? Contributor(Guid? stored)
    {
        if (!row.Given(InitiativeColumn.Contributor, out var cell, out var clear))
        {
            return stored;
        }

        var names = clear ? [] : context.Names.Split(cell);
        if (names.Count > 1)
        {
            row.Report(InitiativeColumn.Contributor, $"one contributor per funding line is expected here, not {names.Count}; list several funding lines in the \"{FundingLinesSheet.Name}\" sheet or in the product.");
            return stored;
        }

        return names.Count == 0 ? null : row.Organisation(names[0]);
    }

    private (decimal? Total, decimal? Eu) Amounts(FundingLineDraft line)
    {
        var total = line.TotalBudget;
        var eu = line.EuContribution;
        if (row.Given(InitiativeColumn.BudgetAndEuContribution, out var both, out var clearBoth))
        {
            if (clearBoth)
            {
                (total, eu) = (null, null);
            }
            else
            {
                var (totalPart, euPart) = ImportCellValues.Budget(both);
                total = row.Read(InitiativeColumn.BudgetAndEuContribution, totalPart, part: 0);
                eu = euPart is null ? null : row.Read(InitiativeColumn.BudgetAndEuContribution, euPart, part: 1);
            }
        }

        if (row.Given(InitiativeColumn.TotalBudget, out var totalCell, out var clearTotal))
        {
            total = clearTotal ? null : row.Read(InitiativeColumn.TotalBudget, ImportCellValues.Amount(totalCell));
        }

        if (row.Given(InitiativeColumn.EuContribution, out var euCell, out var clearEu))
        {
            eu = clearEu ? null : row.Read(InitiativeColumn.EuContribution, ImportCellValues.Amount(euCell));
        }

        return (total, eu);
    }

    /// <summary>The EU's part cannot be above the total: said with the figures as the sheet writes them.</summary>
    private void CheckShare(FundingLineDraft line)
    {
        if (line.EuContribution is not { } eu || line.TotalBudget is not { } total || eu <= total)
        {
            return;
        }

        var column = context.Mapping.Maps(InitiativeColumn.EuContribution) ? InitiativeColumn.EuContribution : InitiativeColumn.BudgetAndEuContribution;
        row.Report(column, $"{Written(InitiativeColumn.EuContribution, eu)} is more than the total budget {Written(InitiativeColumn.TotalBudget, total)}.");
    }

    private string Written(InitiativeColumn column, decimal value) =>
        row.Cell(column) is { IsBlank: false, Number: null } cell ? cell.Text.Trim() : value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    private void KeepSeveral(InitiativeDraft draft, decimal? total, decimal? eu)
    {
        var storedTotal = Sum(draft.FundingLines.Select(f => f.TotalBudget));
        var storedEu = Sum(draft.FundingLines.Select(f => f.EuContribution));
        if (total != storedTotal || eu != storedEu)
        {
            row.Report(
                context.Mapping.Maps(InitiativeColumn.TotalBudget) ? InitiativeColumn.TotalBudget : InitiativeColumn.BudgetAndEuContribution,
                $"the initiative has {draft.FundingLines.Count} funding lines; one budget cell cannot say which of them changed. Change them in the initiative's page, or import the exported workbook with its \"{FundingLinesSheet.Name}\" sheet.");
        }
    }

    private static decimal? Sum(IEnumerable<decimal?> amounts)
    {
        var known = amounts.OfType<decimal>().ToList();
        return known.Count == 0 ? null : known.Sum();
    }

    /// <summary>Sets the draft's funding lines from the workbook's funding sheet; false when it does not list the initiative.</summary>
    private bool FromSheet(FundingLinesSheet sheet, InitiativeDraft draft)
    {
        var rows = sheet.LinesOf(draft.Title, draft.ReferenceCode);
        if (rows.Count == 0)
        {
            return false;
        }

        var stored = draft.FundingLines;
        var lines = new List<FundingLineDraft>();
        foreach (var line in rows)
        {
            var index = lines.Count;
            var draftLine = new FundingLineDraft { Id = index < stored.Count ? stored[index].Id : Guid.CreateVersion7() };
            draftLine.SourceKind = Cell(sheet, line, InitiativeColumn.FundingSource) is { IsBlank: false } source
                ? Sheet(line, ImportCellValues.FundingSource(source), FundingSourceKind.EuProgramme)
                : FundingSourceKind.EuProgramme;
            draftLine.Programme = Cell(sheet, line, InitiativeColumn.FundingProgramme) is { IsBlank: false } programme ? programme.Text.Trim() : null;
            draftLine.ContributorId = Cell(sheet, line, InitiativeColumn.Contributor) is { IsBlank: false } contributor ? row.Organisation(contributor.Text.Trim()) : null;
            draftLine.TotalBudget = Cell(sheet, line, InitiativeColumn.TotalBudget) is { IsBlank: false } total ? Sheet<decimal?>(line, ImportCellValues.Amount(total), null) : null;
            draftLine.EuContribution = Cell(sheet, line, InitiativeColumn.EuContribution) is { IsBlank: false } eu ? Sheet<decimal?>(line, ImportCellValues.Amount(eu), null) : null;
            CheckShare(draftLine);
            lines.Add(draftLine);
        }

        draft.FundingLines = lines;
        return true;
    }

    private static SheetCell? Cell(FundingLinesSheet sheet, SheetRow line, InitiativeColumn column) =>
        sheet.Mapping.IndexOf(column) is { } index ? line[index] : null;

    private T Sheet<T>(SheetRow line, Parsed<T> parsed, T fallback)
    {
        switch (parsed)
        {
            case Parsed<T>.Value value:
                return value.Result;
            case Parsed<T>.Invalid invalid:
                row.Report(FundingLinesSheet.Name, $"row {line.Number}: {invalid.Message}");
                return fallback;
            default:
                row.Report(FundingLinesSheet.Name, $"row {line.Number}: a number reads two ways; write it without thousands separators.");
                return fallback;
        }
    }
}
