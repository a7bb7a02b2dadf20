using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>A draft's fields in words, with names instead of ids, for the conflict dialog.</summary>
public sealed class InitiativeDraftText(IStringLocalizer<Strings> text, EditingChoices choices)
{
    public IReadOnlyList<ConflictRow> Conflicts(InitiativeDraft original, InitiativeDraft mine, InitiativeDraft stored)
    {
        var changedByMe = InitiativeDraftComparison.Differences(original, mine).ToHashSet();
        return [.. InitiativeDraftComparison.Differences(mine, stored)
            .Select(field => new ConflictRow(Label(field), Of(field, mine), Of(field, stored), changedByMe.Contains(field)))];
    }

    public string Label(InitiativeField field) => text[$"Initiative_Field_{field}"];

    public string Of(InitiativeField field, InitiativeDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return field switch
        {
            InitiativeField.ReferenceCode => Or(draft.ReferenceCode),
            InitiativeField.Title => draft.Title,
            InitiativeField.Summary => Or(draft.Summary),
            InitiativeField.Pillar => text.Name(draft.Pillar),
            InitiativeField.ThematicAreas => List(draft.ThematicAreaIds.Select(id => choices.NameOf(id))),
            InitiativeField.Lead => draft.LeadOrganisationId is null ? Display.ToBeDetermined(text) : choices.NameOf(draft.LeadOrganisationId),
            InitiativeField.ResponsibleService => draft.ResponsibleServiceId is null ? Display.ToBeDetermined(text) : choices.NameOf(draft.ResponsibleServiceId),
            InitiativeField.Period => $"{text.Month(draft.StartMonth)} – {text.Month(draft.EndMonth)}" + (draft.DurationMonths is { } months ? $" ({months})" : string.Empty) + (InitiativeDraftComparison.Text(draft.PeriodNote) is { } note ? $", {note}" : string.Empty),
            InitiativeField.Status => text.Name(draft.Status),
            InitiativeField.Novelty => text.Name(draft.Novelty),
            InitiativeField.Location => Or(draft.Location),
            InitiativeField.IsShareable => draft.IsShareable ? text["Common_Yes"] : text["Common_No"],
            InitiativeField.Source => Or(draft.Source),
            InitiativeField.Commitment => draft.CommitmentId is null ? text["Common_NoneRecorded"] : choices.NameOf(draft.CommitmentId),
            InitiativeField.Priority => string.IsNullOrWhiteSpace(draft.Priority) ? text["Common_NoneRecorded"] : draft.Priority,
            InitiativeField.Partners => List(draft.Partners.Select(p => $"{choices.NameOf(p.OrganisationId)} ({text.Name(p.Role)})")),
            InitiativeField.FundingLines => List(draft.FundingLines.Select(FundingLine)),
            InitiativeField.ContactPoints => List(draft.ContactPoints.Select(c => string.Join(", ", new[] { c.Name, choices.NameOf(c.OrganisationId), c.Function, c.Email, c.Phone }.Where(s => !string.IsNullOrWhiteSpace(s))))),
            InitiativeField.Indicators => List(draft.Indicators.Select(i => i.Name)),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
    }

    private string FundingLine(FundingLineDraft line) =>
        string.Join(" · ", new[] { text.Name(line.SourceKind), line.Programme, choices.NameOf(line.ContributorId), text.Euro(line.TotalBudget), text["Editing_EuShare", text.Euro(line.EuContribution)] }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private string Or(string? value) => InitiativeDraftComparison.Text(value) ?? text["Common_NoneRecorded"];

    private string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? text["Common_NoneRecorded"] : string.Join("; ", list);
    }
}
