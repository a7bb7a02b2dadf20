using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// Reads one row into a draft: a new initiative's, or a stored one's with the row's values laid over it. A cell
/// the sheet leaves blank keeps the stored value unless the user chose to clear blanks; a column the sheet does
/// not have is never touched. Problems and open questions are collected at their row and column.
/// </summary>
internal sealed class RowReader(ImportContext context, SheetRow row, bool isNew)
{
    private readonly List<ImportProblem> problems = [];

    public IReadOnlyList<ImportProblem> Problems => problems;

    /// <summary>The row needs a decision of the user before it can be stored.</summary>
    public bool Waiting { get; private set; }

    public int Number => row.Number;

    public void Report(InitiativeColumn column, string message)
    {
        var header = context.HeaderOf(column);
        if (!problems.Exists(p => p.Column == header))
        {
            problems.Add(new ImportProblem(row.Number, header, message));
        }
    }

    public void Report(string header, string message)
    {
        if (!problems.Exists(p => p.Column == header))
        {
            problems.Add(new ImportProblem(row.Number, header, message));
        }
    }

    /// <summary>The row's cell for the column: not in the sheet (null), or the cell, blank or not.</summary>
    public SheetCell? Cell(InitiativeColumn column) => context.Mapping.IndexOf(column) is { } index ? row[index] : null;

    public CellPosition Position(InitiativeColumn column, int part = 0) => new(row.Number, context.Mapping.IndexOf(column) ?? -1, part);

    /// <summary>True when the cell's value should be applied; false when it is absent or a blank that keeps the stored value. <paramref name="clear"/> says a blank clears.</summary>
    public bool Given(InitiativeColumn column, out SheetCell cell, out bool clear)
    {
        clear = false;
        if (Cell(column) is not { } found)
        {
            cell = SheetCell.Empty;
            return false;
        }

        cell = found;
        if (!found.IsBlank)
        {
            if (found.FormulaWithoutValue)
            {
                Report(column, context.Text["Import_Row_FormulaWithoutValue"]);
                return false;
            }

            return true;
        }

        clear = isNew || context.Settings.BlankCells == BlankCellRule.Clear;
        return clear;
    }

    public T? Read<T>(InitiativeColumn column, Parsed<T> parsed, int part = 0)
    {
        switch (parsed)
        {
            case Parsed<T>.Value value:
                return value.Result;
            case Parsed<T>.Invalid invalid:
                Report(column, invalid.Message);
                return default;
            case Parsed<T>.Ambiguous ambiguous:
                var position = Position(column, part);
                if (context.Decisions.Numbers.TryGetValue(position, out var chosen))
                {
                    return (T)(object)chosen;
                }

                context.Ask(new NumberQuestion(position, context.HeaderOf(column), ambiguous.Text, ambiguous.AsThousands, ambiguous.AsDecimal, null));
                Waiting = true;
                return default;
            default:
                throw new InvalidOperationException("Unknown reading.");
        }
    }

    /// <summary>The row waits for the user's answer to a question asked about it.</summary>
    public void Wait() => Waiting = true;

    /// <summary>The organisation a cell names; null when to be determined or waiting for the user.</summary>
    public Guid? Organisation(string name)
    {
        var id = context.Organisations.Resolve(name, row.Number, out var waiting);
        Waiting |= waiting;
        return id;
    }

    public void ApplyTo(InitiativeDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var storedTitle = isNew ? null : draft.Title;
        ApplyText(draft);
        ApplyClassification(draft);
        ApplyOrganisations(draft);
        ApplyPeriod(draft);
        ApplyChoices(draft);
        ApplyPriorityAndCommitment(draft);
        new FundingCells(context, this, isNew, storedTitle).ApplyTo(draft);
    }

    private void ApplyText(InitiativeDraft draft)
    {
        var (title, code) = context.Key(row);
        if (Given(InitiativeColumn.Title, out _, out var clearTitle))
        {
            draft.Title = clearTitle ? string.Empty : title ?? string.Empty;
        }

        if (code is not null)
        {
            draft.ReferenceCode = code;
        }
        else if (Given(InitiativeColumn.ReferenceCode, out _, out var clearCode) && clearCode)
        {
            draft.ReferenceCode = null;
        }

        draft.Summary = TextOr(InitiativeColumn.Summary, draft.Summary);
        draft.Location = TextOr(InitiativeColumn.Location, draft.Location);
        draft.PeriodNote = TextOr(InitiativeColumn.PeriodNote, draft.PeriodNote);
        foreach (var stored in InitiativeFields.StoredTexts)
        {
            stored.Set(draft, TextOr(stored.Column, stored.Get(draft)));
        }
    }

    private string? TextOr(InitiativeColumn column, string? stored) =>
        Given(column, out var cell, out var clear) ? (clear ? null : cell.Text.Trim()) : stored;

    private void ApplyClassification(InitiativeDraft draft)
    {
        if (Given(InitiativeColumn.Pillar, out var pillarCell, out var clearPillar) && !clearPillar)
        {
            draft.Pillar = Read(InitiativeColumn.Pillar, ImportCellValues.Pillar(pillarCell));
        }
        else if (isNew)
        {
            if (context.Settings.DefaultPillar is { } pillar)
            {
                draft.Pillar = pillar;
            }
            else
            {
                Report(InitiativeColumn.Pillar, context.Text["Import_Row_NoPillar"]);
            }
        }

        if (Given(InitiativeColumn.ThematicAreas, out var areasCell, out var clearAreas))
        {
            draft.ThematicAreaIds = clearAreas ? [] : [.. ImportCellValues.Items(areasCell).Select(name => Area(name, draft)).OfType<Guid>()];
        }
    }

    private Guid? Area(string name, InitiativeDraft draft)
    {
        var key = InitiativeColumns.Normalise(name);
        var area = context.World.ThematicAreas.FirstOrDefault(a => a.Pillar == draft.Pillar && InitiativeColumns.Normalise(a.Name) == key);
        if (area is null)
        {
            var known = string.Join("; ", context.World.ThematicAreas.Where(a => a.Pillar == draft.Pillar).Select(a => a.Name));
            Report(InitiativeColumn.ThematicAreas, context.Text["Import_Row_NotAThematicArea", name, SheetLabels.Of(draft.Pillar), known]);
        }

        return area?.Id;
    }

    private void ApplyOrganisations(InitiativeDraft draft)
    {
        if (Given(InitiativeColumn.Lead, out var leadCell, out var clearLead))
        {
            draft.LeadOrganisationId = clearLead ? null : OneOrganisation(InitiativeColumn.Lead, leadCell);
        }

        if (Given(InitiativeColumn.ResponsibleService, out var serviceCell, out var clearService))
        {
            draft.ResponsibleServiceId = clearService ? null : OneOrganisation(InitiativeColumn.ResponsibleService, serviceCell);
        }

        var participating = Partners(InitiativeColumn.Partners, PartnerRole.Participating, draft);
        var implementing = Partners(InitiativeColumn.ImplementingPartners, PartnerRole.Implementing, draft);
        draft.Partners = [.. participating.Concat(implementing)];
    }

    private Guid? OneOrganisation(InitiativeColumn column, SheetCell cell)
    {
        var names = context.Names.Split(cell);
        if (names.Count > 1)
        {
            Report(column, context.Text["Import_Row_OneOrganisation", names.Count, string.Join("; ", names)]);
            return null;
        }

        return names.Count == 0 ? null : Organisation(names[0]);
    }

    private IEnumerable<PartnerDraft> Partners(InitiativeColumn column, PartnerRole role, InitiativeDraft draft)
    {
        if (!Given(column, out var cell, out var clear))
        {
            return draft.Partners.Where(p => p.Role == role);
        }

        if (clear)
        {
            return [];
        }

        var ids = context.Names.Split(cell).Select(Organisation).OfType<Guid>().Distinct().ToList();
        return ids.Select(id => new PartnerDraft { OrganisationId = id, Role = role });
    }

    private void ApplyPeriod(InitiativeDraft draft)
    {
        if (Given(InitiativeColumn.AnnouncedStartMonth, out var announcedStartCell, out var clearAnnouncedStart))
        {
            draft.AnnouncedStartMonth = clearAnnouncedStart ? null : Read(InitiativeColumn.AnnouncedStartMonth, ImportCellValues.Month(announcedStartCell, end: false));
        }

        if (Given(InitiativeColumn.AnnouncedEndMonth, out var announcedEndCell, out var clearAnnouncedEnd))
        {
            draft.AnnouncedEndMonth = clearAnnouncedEnd ? null : Read(InitiativeColumn.AnnouncedEndMonth, ImportCellValues.Month(announcedEndCell, end: true));
        }

        if (Given(InitiativeColumn.Period, out var periodCell, out var clearPeriod))
        {
            var period = clearPeriod ? PeriodValue.ToBeDetermined : Read(InitiativeColumn.Period, ImportCellValues.Period(periodCell));
            if (period is not null)
            {
                (draft.StartMonth, draft.EndMonth, draft.DurationMonths) = (period.Start, period.End, period.DurationMonths);
                if (!context.Mapping.Maps(InitiativeColumn.PeriodNote) || period.Note is not null)
                {
                    draft.PeriodNote = period.Note;
                }
            }

            StoredDuration(draft);
            return;
        }

        var stored = (draft.StartMonth, draft.EndMonth, draft.DurationMonths);
        if (Given(InitiativeColumn.StartMonth, out var startCell, out var clearStart))
        {
            draft.StartMonth = clearStart ? null : Read(InitiativeColumn.StartMonth, ImportCellValues.Month(startCell, end: false));
        }

        if (Given(InitiativeColumn.EndMonth, out var endCell, out var clearEnd))
        {
            draft.EndMonth = clearEnd ? null : Read(InitiativeColumn.EndMonth, ImportCellValues.Month(endCell, end: true));
        }

        if (Given(InitiativeColumn.DurationMonths, out var durationCell, out var clearDuration))
        {
            draft.DurationMonths = clearDuration ? null : Read(InitiativeColumn.DurationMonths, ImportCellValues.WholeNumber(durationCell));

            // A start or end changed beside the duration left as stored: the months decide, as the duration followed them.
            if (!isNew && draft.DurationMonths is not null && draft.DurationMonths == stored.DurationMonths
                && (draft.StartMonth, draft.EndMonth) != (stored.StartMonth, stored.EndMonth) && draft.StartMonth is not null && draft.EndMonth is not null)
            {
                draft.DurationMonths = null;
            }
        }
        else if (draft.StartMonth is not null && draft.EndMonth is not null && (context.Mapping.Maps(InitiativeColumn.StartMonth) || context.Mapping.Maps(InitiativeColumn.EndMonth)))
        {
            // A new start or end with the stored duration would contradict it; the months decide.
            draft.DurationMonths = null;
        }

        StoredDuration(draft);
    }

    /// <summary>A start and an end without a duration get the duration the domain stores with them, so a re-import compares equal.</summary>
    private static void StoredDuration(InitiativeDraft draft)
    {
        if (draft is { StartMonth: { } start, EndMonth: { } end, DurationMonths: null } && end >= start)
        {
            try
            {
                draft.DurationMonths = ImplementationPeriod.Create(start, end, null).DurationMonths;
            }
            catch (DomainRuleException)
            {
                // Months out of range: the validator says so at the row's start or end.
            }
        }
    }

    /// <summary>
    /// The priority and the commitment, each named by its text as the partnership words it (case, accents and
    /// punctuation aside); a text the partnership does not have is a problem at its cell.
    /// </summary>
    private void ApplyPriorityAndCommitment(InitiativeDraft draft)
    {
        if (Given(InitiativeColumn.Priority, out var priorityCell, out var clearPriority))
        {
            draft.Priority = clearPriority || ToBeDeterminedText.Matches(priorityCell.Text.Trim()) ? null : Priority(priorityCell.Text.Trim(), draft.Priority);
        }

        if (Given(InitiativeColumn.Commitment, out var commitmentCell, out var clearCommitment))
        {
            draft.CommitmentId = clearCommitment || ToBeDeterminedText.Matches(commitmentCell.Text.Trim()) ? null : Commitment(commitmentCell.Text.Trim(), draft.CommitmentId);
        }
    }

    private string? Priority(string written, string? stored)
    {
        var priorities = context.World.Partnership.Priorities;
        if (string.Equals(written, stored?.Trim(), StringComparison.Ordinal) || priorities.Contains(written, StringComparer.Ordinal))
        {
            return written;
        }

        var key = InitiativeColumns.Normalise(written);
        var matches = priorities.Where(p => InitiativeColumns.Normalise(p) == key).ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }

        Report(
            InitiativeColumn.Priority,
            priorities.Count == 0
                ? context.Text["Import_PriorityNoneRecorded", written]
                : context.Text["Import_PriorityUnknown", written, string.Join("; ", priorities)]);
        return stored;
    }

    private Guid? Commitment(string written, Guid? stored)
    {
        var commitments = context.World.Commitments;
        var exact = commitments.Where(c => string.Equals(c.Text.Trim(), written, StringComparison.Ordinal)).ToList();
        var key = InitiativeColumns.Normalise(written);
        var matches = exact.Count > 0 ? exact : [.. commitments.Where(c => InitiativeColumns.Normalise(c.Text) == key)];
        if (matches.Count > 1 && matches.Find(c => c.Id == stored) is { } same)
        {
            return same.Id;
        }

        switch (matches.Count)
        {
            case 1:
                return matches[0].Id;
            case 0:
                Report(InitiativeColumn.Commitment, context.Text["Import_CommitmentUnknown", written]);
                return stored;
            default:
                Report(InitiativeColumn.Commitment, context.Text["Import_CommitmentAmbiguous", written, matches.Count]);
                return stored;
        }
    }

    private void ApplyChoices(InitiativeDraft draft)
    {
        if (Given(InitiativeColumn.Status, out var statusCell, out var clearStatus))
        {
            draft.Status = clearStatus ? context.Settings.DefaultStatus : Read(InitiativeColumn.Status, ImportCellValues.Status(statusCell));
        }
        else if (isNew)
        {
            draft.Status = context.Settings.DefaultStatus;
        }

        if (Given(InitiativeColumn.Novelty, out var noveltyCell, out var clearNovelty))
        {
            draft.Novelty = clearNovelty ? Novelty.NotStated : Read(InitiativeColumn.Novelty, ImportCellValues.Novelty(noveltyCell));
        }

        if (Given(InitiativeColumn.Shareable, out var shareableCell, out var clearShareable))
        {
            draft.IsShareable = clearShareable || Read(InitiativeColumn.Shareable, ImportCellValues.YesNo(shareableCell));
        }
    }
}
