using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>What a field needs to be said in words: the texts, and the names behind the ids a draft holds.</summary>
public sealed class FieldWords(IStringLocalizer<Strings> text, EditingChoices choices)
{
    public IStringLocalizer<Strings> Text { get; } = text;

    public string NameOf(Guid? id) => choices.NameOf(id);

    public string NameOrToBeDetermined(Guid? id) => id is null ? Display.ToBeDetermined(Text) : choices.NameOf(id);

    public string NameOrNone(Guid? id) => id is null ? Text["Common_NoneRecorded"] : choices.NameOf(id);

    public string Or(string? value) => InitiativeDraftComparison.Text(value) ?? Text["Common_NoneRecorded"];

    public string YesNo(bool value) => value ? Text["Common_Yes"] : Text["Common_No"];

    public string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? Text["Common_NoneRecorded"] : Text.List(list);
    }
}
