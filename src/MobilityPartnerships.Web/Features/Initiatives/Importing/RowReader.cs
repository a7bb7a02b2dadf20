using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Data;
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
/// The catalogue of an initiative's fields says how each column is read: a plain cell by its own reading, the others
/// together by the methods below, in the catalogue's order.
/// </summary>
internal sealed class RowReader(ImportContext context, SheetRow row, bool isNew)
{
    private readonly List<ImportProblem> problems = [];
    private string? storedTitle;

    public IReadOnlyList<ImportProblem> Problems => problems;

    /// <summary>The row needs a decision of the user before it can be stored.</summary>
    public bool Waiting { get; private set; }

    public int Number => row.Number;

    public ImportContext Context => context;

    /// <summary>The row adds an initiative rather than changing a stored one.</summary>
    public bool IsNew => isNew;

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

    /// <summary>The organisation a cell of the column names; null when to be determined or waiting for the user.</summary>
    public Guid? Organisation(InitiativeColumn column, string name) => Organisation(context.HeaderOf(column), name);

    /// <summary>
    /// The organisation a cell names, reported at <paramref name="header"/> when no organisation can be named so; null
    /// when to be determined, refused or waiting for the user.
    /// </summary>
    public Guid? Organisation(string header, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TextCharacters.Count(name) > OrganisationMatcher.MaxNameLength)
        {
            Report(header, context.Text["Import_Row_OrganisationNameTooLong", Domain.Organisations.Organisation.NameMaxLength, TextCharacters.Count(name)]);
            return null;
        }

        var id = context.Organisations.Resolve(name, row.Number, out var waiting);
        Waiting |= waiting;
        return id;
    }

    public void ApplyTo(InitiativeDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        storedTitle = isNew ? null : draft.Title;
        foreach (var entry in InitiativeFields.All)
        {
            if (entry.ReadTogether is { } together)
            {
                together.Apply(this, draft);
                continue;
            }

            foreach (var column in entry.SheetColumns)
            {
                Apply(column, draft);
            }
        }
    }

    /// <summary>Reads the column's cell by the catalogue's reading of it; true when the row gave it.</summary>
    private bool Apply(InitiativeColumn column, InitiativeDraft draft) => Apply(InitiativeFields.Column(column), draft);

    private bool Apply(SheetColumn column, InitiativeDraft draft) =>
        (column.Read ?? throw new InvalidOperationException($"The catalogue gives {column.Column} no reading of its own.")).ApplyTo(this, column.Column, draft);

    /// <summary>The title, without the reference code it may end with.</summary>
    public void ReadTitle(InitiativeDraft draft)
    {
        if (Given(InitiativeColumn.Title, out _, out var clearTitle))
        {
            draft.Title = clearTitle ? string.Empty : context.Key(row).Title ?? string.Empty;
        }
    }

    /// <summary>The reference code: its own column's, else the one the title ends with; a blank that clears leaves none.</summary>
    public void ReadReferenceCode(InitiativeDraft draft)
    {
        if (context.Key(row).Code is { } code)
        {
            draft.ReferenceCode = code;
        }
        else if (Given(InitiativeColumn.ReferenceCode, out _, out var clearCode) && clearCode)
        {
            draft.ReferenceCode = null;
        }
    }

    /// <summary>
    /// The thematic areas, by their English or French names: of the draft's pillar (read before them) where one has the name. That each is
    /// one of the pillar's is the domain's rule, checked with the row's others, as on the form and through the API.
    /// </summary>
    public void ReadThematicAreas(InitiativeDraft draft)
    {
        if (Given(InitiativeColumn.ThematicAreas, out var areasCell, out var clearAreas))
        {
            draft.ThematicAreaIds = clearAreas ? [] : [.. ImportCellValues.Items(areasCell).Select(name => Area(name, draft)).OfType<Guid>().Distinct()];
        }
    }

    /// <summary>The funding lines: the row's funding columns, weighed against the "Funding lines" sheet (see <see cref="FundingCells"/>).</summary>
    public void ReadFunding(InitiativeDraft draft) => new FundingCells(context, this, isNew, storedTitle).ApplyTo(draft);

    private Guid? Area(string name, InitiativeDraft draft)
    {
        var key = InitiativeColumns.Normalise(name);
        var named = context.World.ThematicAreas.Where(a => InitiativeColumns.Normalise(a.Name) == key || (a.FrenchName is { } french && InitiativeColumns.Normalise(french) == key)).ToList();
        var area = named.Find(a => a.Pillar == draft.Pillar) ?? named.FirstOrDefault();
        if (area is null)
        {
            var known = string.Join("; ", context.World.ThematicAreas.Where(a => a.Pillar == draft.Pillar).Select(a => a.NameIn(PageLanguage.IsFrench)));
            Report(InitiativeColumn.ThematicAreas, context.Text["Import_Row_NotAThematicArea", ShownCell.Of(name), SheetLabels.Of(draft.Pillar), known]);
        }

        return area?.Id;
    }

    /// <summary>The lead partner, one organisation by its name.</summary>
    public void ReadLead(InitiativeDraft draft)
    {
        if (Given(InitiativeColumn.Lead, out var leadCell, out var clearLead))
        {
            draft.LeadOrganisationId = clearLead ? null : OneOrganisation(InitiativeColumn.Lead, leadCell);
        }
    }

    /// <summary>The responsible service, one organisation by its name.</summary>
    public void ReadResponsibleService(InitiativeDraft draft)
    {
        if (Given(InitiativeColumn.ResponsibleService, out var serviceCell, out var clearService))
        {
            draft.ResponsibleServiceId = clearService ? null : OneOrganisation(InitiativeColumn.ResponsibleService, serviceCell);
            if (context.Organisation(draft.ResponsibleServiceId) is { } service && !Domain.Organisations.Organisation.ServesAsCommissionService(service.Kind, service.SignsThroughPresidency))
            {
                Report(InitiativeColumn.ResponsibleService, context.Text["Validation_NotACommissionService", service.Name]);
            }
        }
    }

    /// <summary>The participating and the implementing partners, each column replacing the partners of its role.</summary>
    public void ReadPartners(InitiativeDraft draft)
    {
        var participating = Partners(InitiativeColumn.Partners, PartnerRole.Participating, draft);
        var implementing = Partners(InitiativeColumn.ImplementingPartners, PartnerRole.Implementing, draft);
        draft.Partners = [.. participating.Concat(implementing)];
    }

    private Guid? OneOrganisation(InitiativeColumn column, SheetCell cell)
    {
        var names = context.Names.Split(cell);
        if (names.Count > 1)
        {
            Report(column, context.Text["Import_Row_OneOrganisation", names.Count, ShownCell.Of(string.Join("; ", names))]);
            return null;
        }

        return names.Count == 0 ? null : Organisation(column, names[0]);
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

        var ids = context.Names.Split(cell).Select(name => Organisation(column, name)).OfType<Guid>().Distinct().ToList();
        return ids.Select(id => new PartnerDraft { OrganisationId = id, Role = role });
    }

    /// <summary>
    /// The period: its note, then a whole period written in one cell, which stands for the start, end and duration
    /// columns; else those, the duration following the months where only they changed.
    /// </summary>
    public void ReadPeriod(InitiativeDraft draft)
    {
        Apply(InitiativeColumn.PeriodNote, draft);
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
        Apply(InitiativeColumn.StartMonth, draft);
        Apply(InitiativeColumn.EndMonth, draft);
        if (Apply(InitiativeColumn.DurationMonths, draft))
        {
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
    public void ReadPriority(InitiativeDraft draft)
    {
        if (Given(InitiativeColumn.Priority, out var priorityCell, out var clearPriority))
        {
            draft.Priority = clearPriority || ToBeDeterminedText.Matches(priorityCell.Text.Trim()) ? null : Priority(priorityCell.Text.Trim(), draft.Priority);
        }
    }

    /// <inheritdoc cref="ReadPriority"/>
    public void ReadCommitment(InitiativeDraft draft)
    {
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
                ? context.Text["Import_PriorityNoneRecorded", ShownCell.Of(written)]
                : context.Text["Import_PriorityUnknown", ShownCell.Of(written), string.Join("; ", priorities)]);
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
                Report(InitiativeColumn.Commitment, context.Text["Import_CommitmentUnknown", ShownCell.Of(written)]);
                return stored;
            default:
                Report(InitiativeColumn.Commitment, context.Text["Import_CommitmentAmbiguous", ShownCell.Of(written), matches.Count]);
                return stored;
        }
    }
}
