using System.Globalization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// Reads a row's funding: from the row's own funding columns as one funding line, and from the workbook's
/// "Funding lines" sheet when it lists the initiative. Where both say something, they are weighed against what is
/// stored: an initiative with at most one funding line takes the value only one of them changed; where both
/// changed it differently the user is asked which holds. An initiative with several lines is changed in the
/// "Funding lines" sheet: a funding cell of the row that changed (a source, programme or contributor it lists, a
/// budget it sums) is pointed there, as one cell cannot say which line changed. Without that sheet, several stored
/// lines are kept, and a funding cell that no longer says what the export writes for them is refused.
/// </summary>
internal sealed class FundingCells(ImportContext context, RowReader row, bool isNew, string? storedTitle)
{
    /// <summary>The row's columns that list a part of every funding line of the initiative, as the export writes them.</summary>
    private static readonly InitiativeColumn[] Listing = [InitiativeColumn.FundingSource, InitiativeColumn.FundingProgramme, InitiativeColumn.Contributor];

    private static readonly InitiativeColumn[] Columns =
    [
        InitiativeColumn.FundingSource, InitiativeColumn.FundingProgramme, InitiativeColumn.Contributor,
        InitiativeColumn.TotalBudget, InitiativeColumn.EuContribution, InitiativeColumn.BudgetAndEuContribution,
    ];

    /// <summary>The parts of one funding line the two sheets may both give, each with the row's columns that give it.</summary>
    private static readonly LinePart[] Parts =
    [
        new(InitiativeColumn.FundingSource, [(InitiativeColumn.FundingSource, 0)], l => l?.SourceKind, (l, v) => l.SourceKind = (FundingSourceKind)v!),
        new(InitiativeColumn.FundingProgramme, [(InitiativeColumn.FundingProgramme, 0)], l => InitiativeDraftComparison.Text(l?.Programme), (l, v) => l.Programme = (string?)v),
        new(InitiativeColumn.Contributor, [(InitiativeColumn.Contributor, 0)], l => l?.ContributorId, (l, v) => l.ContributorId = (Guid?)v),
        new(InitiativeColumn.TotalBudget, [(InitiativeColumn.TotalBudget, 0), (InitiativeColumn.BudgetAndEuContribution, 0)], l => l?.TotalBudget, (l, v) => l.TotalBudget = (decimal?)v),
        new(InitiativeColumn.EuContribution, [(InitiativeColumn.EuContribution, 0), (InitiativeColumn.BudgetAndEuContribution, 1)], l => l?.EuContribution, (l, v) => l.EuContribution = (decimal?)v),
    ];

    public void ApplyTo(InitiativeDraft draft)
    {
        if (context.FundingLines is not { } sheet || sheet.LinesOf(draft.Title, draft.ReferenceCode) is not { Count: > 0 } listed)
        {
            FromRow(draft);
            return;
        }

        var stored = draft.FundingLines;
        CheckTitles(sheet, listed, draft.Title);
        var lines = FromSheet(sheet, listed, stored);
        if (Columns.Any(context.Mapping.Maps))
        {
            if (Math.Max(stored.Count, lines.Count) > 1)
            {
                PointToFundingLines(stored, lines, sheet, listed);
            }
            else
            {
                lines = [Weigh(stored.SingleOrDefault(), lines[0], sheet, listed[0])];
            }
        }

        draft.FundingLines = lines;
    }

    /// <summary>
    /// A line found by reference code names its initiative's title too: one that says neither the row's title nor the
    /// stored one is refused at its cell, as the title is changed in the initiative's own row.
    /// </summary>
    private void CheckTitles(FundingLinesSheet sheet, IReadOnlyList<SheetRow> listed, string? title)
    {
        var key = InitiativeColumns.Normalise(title ?? string.Empty);
        var storedKey = InitiativeColumns.Normalise(storedTitle ?? string.Empty);
        foreach (var line in listed)
        {
            if (sheet.UnknownPartnership(line) is var (partnershipCell, names))
            {
                row.Report(FundingLinesSheet.NameIn(context.FundingLines), context.Text["Import_FundingLinePartnership", partnershipCell, names, context.SheetName]);
            }

            if (Cell(sheet, line, InitiativeColumn.Title) is { IsBlank: false } cell
                && InitiativeColumns.Normalise(cell.Text) is var written && written != key && written != storedKey)
            {
                row.Report(FundingLinesSheet.NameIn(context.FundingLines), context.Text["Import_FundingLineTitle", FundingCell(sheet, line, InitiativeColumn.Title), ShownCell.Of(cell.Text.Trim()), ShownCell.Of(title ?? string.Empty)]);
            }
        }
    }

    /// <summary>The row's own funding columns as the initiative's one funding line (or, with several stored, a check that they still agree).</summary>
    private void FromRow(InitiativeDraft draft)
    {
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

        if (draft.FundingLines.Count > 1)
        {
            KeepSeveral(draft);
            return;
        }

        var line = draft.FundingLines.Count == 1 ? draft.FundingLines[0] with { } : new FundingLineDraft();
        var sourceGiven = ReadSource(line);
        var programme = Text(InitiativeColumn.FundingProgramme, line.Programme);
        var contributor = Contributor(line.ContributorId);
        var (total, eu) = Amounts(line, oneLine: true);
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

    /// <summary>
    /// One funding line that both sheets give: each part as the sheets agree, else as the one that changed what is
    /// stored says, else as the user answers (the row waits until then). Nothing is preferred silently.
    /// </summary>
    private FundingLineDraft Weigh(FundingLineDraft? stored, FundingLineDraft fromSheet, FundingLinesSheet sheet, SheetRow listed)
    {
        var (problems, waiting) = (row.Problems.Count, row.Waiting);
        var fromRow = new InitiativeDraft { FundingLines = stored is null ? [] : [stored] };
        FromRow(fromRow);
        if (row.Problems.Count > problems || (row.Waiting && !waiting))
        {
            return fromSheet;
        }

        // A row whose blanks clear its funding says nothing about a line the "Funding lines" sheet lists.
        if (fromRow.FundingLines.SingleOrDefault() is not { } rowLine)
        {
            return fromSheet;
        }

        var result = fromSheet with { };
        foreach (var part in Parts)
        {
            if (RowGives(part) is not var (column, index))
            {
                continue;
            }

            var (inRow, inSheet, before) = (part.Read(rowLine), part.Read(fromSheet), part.Read(stored));
            if (Equals(inRow, inSheet) || Equals(inRow, before))
            {
                continue;
            }

            if (Equals(inSheet, before))
            {
                part.Write(result, inRow);
                continue;
            }

            // Asked even once answered, so the answer shows and can be changed.
            var position = row.Position(column, index);
            HoldingSheet? answer = context.Decisions.Holding.TryGetValue(position, out var holding) ? holding : null;
            context.Ask(new FundingQuestion(
                position,
                context.HeaderOf(column),
                context.SheetName + "!" + CellAddress.LettersOf(position.Column) + row.Number.ToString(CultureInfo.InvariantCulture),
                Shown(row.Cell(column)!, index),
                FundingCell(sheet, listed, part.Column),
                Shown(Cell(sheet, listed, part.Column) ?? SheetCell.Empty, 0),
                answer));
            switch (answer)
            {
                case HoldingSheet.Row:
                    part.Write(result, inRow);
                    break;
                case null:
                    row.Wait();
                    break;
            }
        }

        CheckShare(result);
        return result;
    }

    /// <summary>The row's column (and part of its cell) that gives this part of the line, when it gives it.</summary>
    private (InitiativeColumn Column, int Part)? RowGives(LinePart part)
    {
        foreach (var (column, index) in part.RowColumns)
        {
            if (row.Cell(column) is { IsBlank: false } || (context.Mapping.Maps(column) && !isNew && context.Settings.BlankCells == BlankCellRule.Clear))
            {
                return (column, index);
            }
        }

        return null;
    }

    /// <summary>
    /// An initiative with several funding lines: a cell of the row's funding columns that changes what is stored and
    /// differs from the lines of the "Funding lines" sheet is refused, pointing to the cells to change there instead.
    /// The source, programme and contributor cells list every line's, as the export writes them; the budget cells sum them.
    /// </summary>
    private void PointToFundingLines(List<FundingLineDraft> stored, List<FundingLineDraft> lines, FundingLinesSheet sheet, IReadOnlyList<SheetRow> listed)
    {
        foreach (var column in Listing)
        {
            if (ListedChange(column, stored) is not { } cell)
            {
                continue;
            }

            var inSheet = listed.Select(l => Cell(sheet, l, column)).OfType<SheetCell>().Where(c => !c.IsBlank).ToList();
            if (SameItems(ItemsOf(column, cell), Keys(column, lines)))
            {
                continue;
            }

            var cells = string.Join(", ", listed.Select(l => FundingCell(sheet, l, column)));
            var sheetSays = ShownCell.Of(string.Join(SheetLabels.ListSeparator, inSheet.Select(c => c.Text.Trim())));
            row.Report(column, context.Text["Import_SeveralFundingLinesListed", lines.Count, Shown(cell, 0), cells, sheetSays.Length == 0 ? context.Text["Import_BlankCell"] : sheetSays]);
        }

        var (problems, waiting) = (row.Problems.Count, row.Waiting);
        var scratch = new FundingLineDraft();
        var (total, eu) = Amounts(oneLine: false, line: scratch with { TotalBudget = Sum(stored.Select(f => f.TotalBudget)), EuContribution = Sum(stored.Select(f => f.EuContribution)) });
        if (row.Problems.Count > problems || (row.Waiting && !waiting))
        {
            return;
        }

        foreach (var (amount, column, part) in new[] { (total, InitiativeColumn.TotalBudget, Parts[3]), (eu, InitiativeColumn.EuContribution, Parts[4]) })
        {
            var inSheet = Sum(lines.Select(l => (decimal?)part.Read(l)));
            var before = Sum(stored.Select(l => (decimal?)part.Read(l)));
            if (RowGives(part) is not var (rowColumn, _) || amount == inSheet || amount == before)
            {
                continue;
            }

            var cells = string.Join(", ", listed.Select(l => FundingCell(sheet, l, column)));
            row.Report(rowColumn, context.Text["Import_SeveralFundingLines", lines.Count, Shown(amount), cells, Shown(inSheet)]);
        }
    }

    /// <summary>"'Funding lines'!G3": where a part of a line is in the "Funding lines" sheet.</summary>
    private static string FundingCell(FundingLinesSheet sheet, SheetRow line, InitiativeColumn column) =>
        $"'{sheet.Name}'!" + (sheet.Mapping.IndexOf(column) is { } index ? CellAddress.LettersOf(index) : "?") + line.Number.ToString(CultureInfo.InvariantCulture);

    private string Shown(decimal? amount) => context.Text.Euro(amount);

    /// <summary>A cell's value as the sheet shows it: an amount in euro, a blank as such, else its text.</summary>
    private string Shown(SheetCell cell, int part)
    {
        if (cell.IsBlank)
        {
            return context.Text["Import_BlankCell"];
        }

        if (cell.Number is { } number && part == 0)
        {
            return Display.Euro(number);
        }

        return ShownCell.Of(cell.Text.Trim());
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
            row.Report(InitiativeColumn.Contributor, context.Text["Import_Row_OneContributor", names.Count, FundingLinesSheet.NameIn(context.FundingLines)]);
            return stored;
        }

        return names.Count == 0 ? null : row.Organisation(InitiativeColumn.Contributor, names[0]);
    }

    /// <summary>
    /// The amounts the row's cells give, else the line's. Read into <paramref name="oneLine"/>, an amount is one funding
    /// line's and holds at most <see cref="FundingLine.MaxAmount"/>; otherwise it is the sum of several lines, as the
    /// export writes it, which may be more.
    /// </summary>
    private (decimal? Total, decimal? Eu) Amounts(FundingLineDraft line, bool oneLine)
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
                total = row.Read(InitiativeColumn.BudgetAndEuContribution, Fitting(totalPart, both, 0, oneLine), part: 0);
                eu = euPart is null ? null : row.Read(InitiativeColumn.BudgetAndEuContribution, Fitting(euPart, both, 1, oneLine), part: 1);
            }
        }

        if (row.Given(InitiativeColumn.TotalBudget, out var totalCell, out var clearTotal))
        {
            total = clearTotal ? null : row.Read(InitiativeColumn.TotalBudget, Fitting(ImportCellValues.Amount(totalCell), totalCell, 0, oneLine));
        }

        if (row.Given(InitiativeColumn.EuContribution, out var euCell, out var clearEu))
        {
            eu = clearEu ? null : row.Read(InitiativeColumn.EuContribution, Fitting(ImportCellValues.Amount(euCell), euCell, 0, oneLine));
        }

        return (total, eu);
    }

    /// <summary>An amount read into one funding line: refused, quoting the cell, when it is more than a line holds.</summary>
    private Parsed<decimal?> Fitting(Parsed<decimal?> parsed, SheetCell cell, int part, bool oneLine) =>
        oneLine && parsed is Parsed<decimal?>.Value { Result: > FundingLine.MaxAmount }
            ? new Parsed<decimal?>.Invalid(context.Text["Import_Value_TooLargeForOneLine", Shown(cell, part), Display.Euro(FundingLine.MaxAmount)])
            : parsed;

    /// <summary>The EU's part cannot be above the total: said with the figures as the sheet writes them.</summary>
    private void CheckShare(FundingLineDraft line)
    {
        if (line.EuContribution is not { } eu || line.TotalBudget is not { } total || eu <= total)
        {
            return;
        }

        var column = context.Mapping.Maps(InitiativeColumn.EuContribution) ? InitiativeColumn.EuContribution : InitiativeColumn.BudgetAndEuContribution;
        row.Report(column, context.Text["Import_Row_EuAboveTotal", Written(InitiativeColumn.EuContribution, eu), Written(InitiativeColumn.TotalBudget, total)]);
    }

    private string Written(InitiativeColumn column, decimal value) =>
        row.Cell(column) is { IsBlank: false, Number: null } cell ? cell.Text.Trim() : value.ToString("#,##0.##", CultureInfo.CurrentCulture);

    /// <summary>
    /// Several stored lines and no "Funding lines" sheet that lists them: the row's funding cells must still say what
    /// the export writes for those lines (each line's source, programme and contributor listed, the amounts summed);
    /// a cell that says something else is refused, as it cannot say which line changed.
    /// </summary>
    private void KeepSeveral(InitiativeDraft draft)
    {
        var stored = draft.FundingLines;
        var message = context.Text["Import_SeveralFundingLinesWithoutSheet", stored.Count, FundingLinesSheet.NameIn(context.FundingLines)];
        foreach (var column in Listing)
        {
            if (ListedChange(column, stored) is not null)
            {
                row.Report(column, message);
            }
        }

        var storedTotal = Sum(stored.Select(f => f.TotalBudget));
        var storedEu = Sum(stored.Select(f => f.EuContribution));
        var (problems, waiting) = (row.Problems.Count, row.Waiting);
        var (total, eu) = Amounts(new FundingLineDraft { TotalBudget = storedTotal, EuContribution = storedEu }, oneLine: false);
        if (row.Problems.Count > problems || (row.Waiting && !waiting))
        {
            return;
        }

        if (total != storedTotal)
        {
            row.Report(context.Mapping.Maps(InitiativeColumn.TotalBudget) ? InitiativeColumn.TotalBudget : InitiativeColumn.BudgetAndEuContribution, message);
        }

        if (eu != storedEu)
        {
            row.Report(context.Mapping.Maps(InitiativeColumn.EuContribution) ? InitiativeColumn.EuContribution : InitiativeColumn.BudgetAndEuContribution, message);
        }
    }

    /// <summary>
    /// The row's cell of a column listing a part of every line (source, programme, contributor) when it says
    /// something other than the stored lines; null when the row leaves it, or lists the same items in any order.
    /// </summary>
    private SheetCell? ListedChange(InitiativeColumn column, IReadOnlyList<FundingLineDraft> stored)
    {
        if (!row.Given(column, out var cell, out _))
        {
            return null;
        }

        return SameItems(ItemsOf(column, cell), Keys(column, stored)) ? null : cell;
    }

    /// <summary>The items the export lists for these lines in the column (a line without a programme or contributor adds none; each item once), as keys.</summary>
    private static List<string> Keys(InitiativeColumn column, IEnumerable<FundingLineDraft> lines)
    {
        var keys = column switch
        {
            InitiativeColumn.FundingSource => lines.Select(l => SourceKey(l.SourceKind)).Distinct(StringComparer.Ordinal),
            InitiativeColumn.FundingProgramme => lines.SelectMany(l => (l.Programme ?? string.Empty).Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal),
            _ => lines.Select(l => l.ContributorId is { } id ? OrganisationKey(id) : null),
        };
        return [.. keys.Where(k => !string.IsNullOrEmpty(k)).Select(k => k!)];
    }

    /// <summary>The items a cell lists, each as a key that compares what it means: a source by its kind, a contributor by the organisation it names.</summary>
    private List<string> ItemsOf(InitiativeColumn column, SheetCell cell)
    {
        if (cell.IsBlank)
        {
            return [];
        }

        return column switch
        {
            InitiativeColumn.FundingSource => [.. ImportCellValues.Items(cell).Select(item =>
                ChoiceText.ReadFundingSource(item) is ChoiceReading<FundingSourceKind>.Chosen chosen ? SourceKey(chosen.Value) : "text:" + InitiativeColumns.Normalise(item))],
            InitiativeColumn.FundingProgramme => [.. ImportCellValues.Items(cell).Distinct(StringComparer.Ordinal)],
            _ => [.. context.Names.Split(cell).Select(name =>
                context.Names.Match(name) is NameMatch.Exact exact ? OrganisationKey(exact.OrganisationId) : "organisation:text:" + InitiativeColumns.Normalise(name))],
        };
    }

    /// <summary>The same items in any order, each counted once, as the export lists each source, programme and contributor once.</summary>
    private static bool SameItems(List<string> items, List<string> expected) =>
        items.ToHashSet(StringComparer.Ordinal).SetEquals(expected);

    private static string SourceKey(FundingSourceKind kind) => "source:" + kind.ToString();

    private static string OrganisationKey(Guid id) => "organisation:" + id.ToString("N");

    private static decimal? Sum(IEnumerable<decimal?> amounts)
    {
        var known = amounts.OfType<decimal>().ToList();
        return known.Count == 0 ? null : known.Sum();
    }

    /// <summary>
    /// The lines the workbook's "Funding lines" sheet gives the initiative. Each keeps the id of the stored line it is:
    /// the one alike in every part, else in source, programme and contributor, else the next one left, in order (the
    /// sheet lists lines in its own order, EU programmes first).
    /// </summary>
    private List<FundingLineDraft> FromSheet(FundingLinesSheet sheet, IReadOnlyList<SheetRow> rows, List<FundingLineDraft> stored)
    {
        var lines = new List<FundingLineDraft>();
        foreach (var line in rows)
        {
            var draftLine = new FundingLineDraft();
            draftLine.SourceKind = Cell(sheet, line, InitiativeColumn.FundingSource) is { IsBlank: false } source
                ? Sheet(line, ImportCellValues.FundingSource(source), FundingSourceKind.EuProgramme)
                : FundingSourceKind.EuProgramme;
            draftLine.Programme = Cell(sheet, line, InitiativeColumn.FundingProgramme) is { IsBlank: false } programme ? programme.Text.Trim() : null;
            draftLine.ContributorId = Cell(sheet, line, InitiativeColumn.Contributor) is { IsBlank: false } contributor ? row.Organisation(FundingLinesSheet.NameIn(context.FundingLines), OrganisationListText.Tidy(contributor.Text)) : null;
            draftLine.TotalBudget = Cell(sheet, line, InitiativeColumn.TotalBudget) is { IsBlank: false } total ? Sheet<decimal?>(line, Fitting(ImportCellValues.Amount(total), total, 0, oneLine: true), null) : null;
            draftLine.EuContribution = Cell(sheet, line, InitiativeColumn.EuContribution) is { IsBlank: false } eu ? Sheet<decimal?>(line, Fitting(ImportCellValues.Amount(eu), eu, 0, oneLine: true), null) : null;
            CheckShare(draftLine);
            lines.Add(draftLine);
        }

        KeepIds(lines, stored);
        return lines;
    }

    private static void KeepIds(List<FundingLineDraft> lines, List<FundingLineDraft> stored)
    {
        var left = stored.ToList();
        var matched = new HashSet<FundingLineDraft>();
        Func<FundingLineDraft, FundingLineDraft, bool>[] alike =
        [
            (a, b) => Parts.All(p => Equals(p.Read(a), p.Read(b))),
            (a, b) => Parts.Take(3).All(p => Equals(p.Read(a), p.Read(b))),
            (_, _) => true,
        ];
        foreach (var same in alike)
        {
            foreach (var line in lines.Where(l => !matched.Contains(l)))
            {
                if (left.Find(s => same(s, line)) is { } found)
                {
                    line.Id = found.Id;
                    left.Remove(found);
                    matched.Add(line);
                }
            }
        }
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
                row.Report(FundingLinesSheet.NameIn(context.FundingLines), context.Text["Import_Row_FundingLineProblem", line.Number, invalid.Message]);
                return fallback;
            default:
                row.Report(FundingLinesSheet.NameIn(context.FundingLines), context.Text["Import_Row_FundingLineReadsTwoWays", line.Number]);
                return fallback;
        }
    }

    /// <summary>A part of a funding line: how to read it from a line (null when there is none) and set it.</summary>
    private sealed record LinePart(InitiativeColumn Column, (InitiativeColumn Column, int Part)[] RowColumns, Func<FundingLineDraft?, object?> Read, Action<FundingLineDraft, object?> Write);
}
