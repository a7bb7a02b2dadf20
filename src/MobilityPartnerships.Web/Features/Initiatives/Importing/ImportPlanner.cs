using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// Works out what importing a sheet would do, row by row, with the same validators and domain rules as the
/// initiative form: which rows add an initiative, which update one (matched by reference code, or by title where
/// there is none) and what changes old → new, which leave it unchanged, and every problem at its row and column.
/// The preview and the confirm both run it, so the confirm refuses nothing the preview did not flag.
/// </summary>
internal sealed class ImportPlanner(ImportWorld world, NameReader names, IValidator<InitiativeDraft> validator, IStringLocalizer<Strings> text, bool keepProposed = false)
{
    private readonly Dictionary<int, Initiative> proposed = [];

    /// <summary>
    /// When the planner keeps them (the confirm's), the initiatives the domain's rules were tried on for each new row, by
    /// row number: the confirm stores these rather than building every new initiative a second time.
    /// </summary>
    public IReadOnlyDictionary<int, Initiative> Proposed => proposed;

    public ImportPreview Plan(Workbook workbook, Sheet sheet, ColumnMapping mapping, ImportSettings settings, ImportDecisions decisions, IReadOnlyDictionary<string, KnownOrganisation> newOrganisations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(mapping);
        var resolver = new OrganisationResolver(names.Match, decisions, newOrganisations);
        var context = new ImportContext(world, sheet.Name, mapping, settings, decisions, names, resolver, FundingLinesSheet.Of(workbook), text, newOrganisations);
        var sheetProblems = new List<ImportProblem>();
        if (!mapping.Maps(InitiativeColumn.Title))
        {
            sheetProblems.Add(new ImportProblem(mapping.HeaderRow, InitiativeColumns.HeaderOf(InitiativeColumn.Title), text["Import_Sheet_NoTitleColumn"]));
        }

        var matcher = new StoredInitiatives(world.Stored);
        var seen = new Dictionary<string, int>();
        var textOf = new InitiativeDraftText(text, world.Choices(newOrganisations.Values));
        var rows = new List<PreviewRow>();
        foreach (var row in sheet.Rows.Where(r => r.Number > mapping.HeaderRow && !SummaryRows.IsSummary(r, mapping)))
        {
            if (rows.Count % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            rows.Add(PlanRow(context, row, matcher, seen, textOf));
        }

        if (context.FundingLines is { } fundingLines)
        {
            var keys = sheet.Rows.Where(r => r.Number > mapping.HeaderRow && !SummaryRows.IsSummary(r, mapping)).Select(context.Key);
            foreach (var (line, column, names) in fundingLines.Unclaimed(sheet.Name, keys))
            {
                var cell = $"'{fundingLines.Name}'!{CellAddress.LettersOf(column)}{line.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
                sheetProblems.Add(new ImportProblem(line.Number, fundingLines.Name, text["Import_FundingLineOfNoRow", cell, names, sheet.Name]));
            }
        }

        if (rows.Count == 0)
        {
            sheetProblems.Add(new ImportProblem(mapping.HeaderRow, "—", text["Import_Sheet_NoRows"]));
        }

        return new ImportPreview(rows, sheetProblems, resolver.Questions, context.NumberQuestions, settings.BlankCells) { FundingQuestions = context.FundingQuestions };
    }

    private PreviewRow PlanRow(ImportContext context, SheetRow row, StoredInitiatives matcher, Dictionary<string, int> seen, InitiativeDraftText textOf)
    {
        var (title, code) = context.Key(row);
        var stored = matcher.Find(title, code, out var matchProblem);
        var reader = new RowReader(context, row, isNew: stored is null);
        if (matchProblem is not null)
        {
            reader.Report(code is null ? InitiativeColumn.Title : InitiativeColumn.ReferenceCode, matchProblem);
        }

        var key = code is not null ? $"code:{code.ToUpperInvariant()}" : $"title:{InitiativeColumns.Normalise(title ?? string.Empty)}";
        if ((code is not null || title is not null) && !seen.TryAdd(key, row.Number))
        {
            reader.Report(
                code is null ? InitiativeColumn.Title : InitiativeColumn.ReferenceCode,
                code is null ? text["Import_Row_SameTitle", seen[key]] : text["Import_Row_SameReferenceCode", seen[key], code]);
        }

        var before = stored is null ? null : InitiativeDraft.From(stored);
        var draft = before?.Copy() ?? new InitiativeDraft();
        reader.ApplyTo(draft);
        if (!reader.Waiting)
        {
            Check(context, reader, draft, stored, before, row.Number);
        }

        var changes = before is null ? [] : Changes(before, draft, textOf);

        // Who may add or change is asked only of a row that adds or changes: an export imported back holds other Member
        // States' initiatives, and a row leaving one as it is changes nothing anyone may refuse.
        if (!reader.Waiting && (stored is null || changes.Count > 0))
        {
            CheckOwnStateTakesPart(reader, draft);
        }

        var outcome = (reader.Problems.Count > 0 || reader.Waiting) ? RowOutcome.Refused
            : stored is null ? RowOutcome.Add
            : changes.Count == 0 ? RowOutcome.Unchanged
            : RowOutcome.Update;
        if (outcome == RowOutcome.Update && !world.EditableInitiatives.Contains(stored!.Id))
        {
            reader.Report(InitiativeColumn.Title, text["Access_Refused", text["Operation_EditInitiative"]]);
            outcome = RowOutcome.Refused;
        }

        return outcome == RowOutcome.Refused
            ? PreviewRow.Refused(row.Number, stored?.Id, draft, changes, reader.Problems, reader.Waiting)
            : new PreviewRow(row.Number, outcome, stored?.Id, draft, changes, reader.Problems, reader.Waiting);
    }

    /// <summary>The rule that an official's own Member State leads or takes part in an initiative they add or change.</summary>
    private void CheckOwnStateTakesPart(RowReader reader, InitiativeDraft draft)
    {
        if (world.Actor is { } actor && !AccessPolicy.KeepsOwnStateIn(actor, draft.LeadOrganisationId, draft.Partners.Select(p => p.OrganisationId).OfType<Guid>()))
        {
            reader.Report(InitiativeColumn.Lead, text["Validation_OwnStateMustTakePart"]);
        }
    }

    /// <summary>
    /// The form's validators, then the domain's rules on a scratch initiative, and for a row that updates
    /// <paramref name="stored"/>, its period against the values on record for the stored initiative's indicators and its
    /// status against the stored initiative's latest progress update.
    /// </summary>
    private void Check(ImportContext context, RowReader reader, InitiativeDraft draft, Initiative? stored, InitiativeDraft? before, int rowNumber)
    {
        foreach (var failure in validator.Validate(draft).Errors)
        {
            reader.Report(ColumnOf(context.Mapping, failure.PropertyName), failure.ErrorMessage);
        }

        if (reader.Problems.Count > 0)
        {
            return;
        }

        try
        {
            // A stored initiative's scratch starts from its status, so that the row's status is a change the domain checks.
            var scratch = Initiative.Propose(world.Partnership, draft.Title, draft.Pillar, stored?.Status ?? draft.Status);

            // A stored priority the row leaves as it is is not checked again (as on saving), so that one the partnership
            // has reworded since does not block the row.
            var checkedDraft = draft;
            if (before is not null && InitiativeDraftComparison.Text(before.Priority) == InitiativeDraftComparison.Text(draft.Priority))
            {
                checkedDraft = draft.Copy();
                checkedDraft.Priority = null;
            }

            // A scratch initiative has no values on record: the stored one keeps its units when applied (the sheet carries no
            // indicators), and says whether the row's period keeps its values, which it names.
            checkedDraft.ApplyTo(scratch, world.Partnership, world.ThematicAreas, stored is null ? InitiativeOnRecord.Nothing : world.OnRecord(stored.Id, []));
            stored?.CheckKeepsValues(checkedDraft.Period(), world.ValuesOf(stored.Id));
            if (keepProposed && before is null)
            {
                proposed[rowNumber] = scratch;
            }
        }
        catch (DomainRuleException refusal)
        {
            reader.Report(ColumnOf(context.Mapping, InitiativeDraft.RuleFields.FieldOf(refusal.Rule)), Writing.RuleMessages.Of(text, refusal));
        }
    }

    private static IReadOnlyList<FieldChange> Changes(InitiativeDraft before, InitiativeDraft after, InitiativeDraftText textOf) =>
        [.. InitiativeDraftComparison.Differences(before, after).Select(field => new FieldChange(textOf.Label(field), textOf.Of(field, before), textOf.Of(field, after)))];

    /// <summary>
    /// The sheet column a draft property's message belongs to: the one the catalogue reports it at, or the combined column
    /// that stands for that one where the sheet has it and not that one (a whole period, a budget with the EU's part).
    /// </summary>
    internal static InitiativeColumn ColumnOf(ColumnMapping mapping, string property)
    {
        var column = InitiativeFields.ReportedAt(property);
        return !mapping.Maps(column) && InitiativeFields.CombinedFor(column) is { } combined && mapping.Maps(combined) ? combined : column;
    }
}
