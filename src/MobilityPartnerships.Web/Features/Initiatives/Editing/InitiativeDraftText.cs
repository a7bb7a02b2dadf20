using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>A draft's fields in words, with names instead of ids, for the conflict dialog.</summary>
public sealed class InitiativeDraftText(IStringLocalizer<Strings> text, EditingChoices choices)
{
    private readonly FieldWords words = new(text, choices);

    public IReadOnlyList<ConflictRow> Conflicts(InitiativeDraft original, InitiativeDraft mine, InitiativeDraft stored)
    {
        var changedByMe = InitiativeDraftComparison.Differences(original, mine).ToHashSet();
        return [.. InitiativeDraftComparison.Differences(mine, stored)
            .Select(field => new ConflictRow(Label(field), Of(field, mine), Of(field, stored), changedByMe.Contains(field)))];
    }

    public string Label(InitiativeField field) => text[InitiativeFields.Of(field).LabelKey];

    public string Of(InitiativeField field, InitiativeDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return InitiativeFields.Of(field).Words(words, draft);
    }
}
