using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Scoreboards.Page;

/// <summary>
/// A scoreboard filter with more values than it lists (<see cref="FilterChoices.Limit"/>): the note beside it, which
/// says how many there are and how another is reached, and for a text filter the browser's own input in place of the
/// select, which takes any exact text typed. Written into the page's render tree, as <c>ChoiceFilter</c> is.
/// </summary>
public static class CutFilter
{
    /// <summary>The note's id, which the filter's input names as its description.</summary>
    public static string NoteId(string id) => id + "-note";

    /// <summary>
    /// "The 100 most used of 3,060." and how another is reached: typed (a text filter, which keeps the initiatives with
    /// exactly that text) or from a link that names it (a record named by its id).
    /// </summary>
    public static string NoteText(FieldFilter filter, int count, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(text);
        return filter.ValueType == typeof(string)
            ? text["Scoreboard_FilterCutTyped", FilterChoices.Limit, count]
            : text["Scoreboard_FilterCutLinked", FilterChoices.Limit, count];
    }

    /// <param name="id">The filter's id (its input's, when typed); the note's is <see cref="NoteId"/> of it.</param>
    /// <param name="testId">What tests find the note by.</param>
    /// <param name="note">Its words (<see cref="NoteText"/>).</param>
    public static RenderFragment Note(string id, string testId, string note) => builder =>
    {
        builder.OpenElement(0, "p");
        builder.AddAttribute(1, "class", "mud-typography mud-typography-caption choice-filter-note");
        builder.AddAttribute(2, "id", NoteId(id));
        builder.AddAttribute(3, "data-testid", testId);
        builder.AddContent(4, note);
        builder.CloseElement();
    };

    /// <summary>A text filter as an input named as the address names it, completing from the listed values and taking any text typed.</summary>
    /// <param name="receiver">The page whose filter it is: it renders again once <paramref name="changed"/> has run.</param>
    /// <param name="id">The input's id, which its label names.</param>
    /// <param name="name">The input's name: the filter's key in the page's address.</param>
    /// <param name="label">The filter's name.</param>
    /// <param name="value">The chosen text; null when the filter is off.</param>
    /// <param name="changed">Given the text typed once committed (Enter, or leaving the field), or null when emptied.</param>
    /// <param name="listed">The values listed, to complete from.</param>
    public static RenderFragment Typed(object receiver, string id, string name, string label, string? value, Func<string?, Task> changed, IEnumerable<string> listed) => builder =>
    {
        ChoiceFilter.OpenLabelled(builder, id, label);
        builder.OpenElement(6, "input");
        builder.AddAttribute(7, "id", id);
        builder.AddAttribute(8, "name", name);
        builder.AddAttribute(9, "type", "search");
        builder.AddAttribute(10, "class", "choice-filter-select");
        builder.AddAttribute(11, "autocomplete", "off");
        builder.AddAttribute(12, "list", id + "-choices");
        builder.AddAttribute(13, "aria-describedby", NoteId(id));
        builder.AddAttribute(14, "value", value ?? string.Empty);
        builder.AddAttribute(15, "onchange", EventCallback.Factory.Create<ChangeEventArgs>(receiver, change =>
            changed(change.Value is string typed && !TextCharacters.IsBlank(typed) ? typed.Trim() : null)));
        builder.CloseElement();
        builder.OpenElement(16, "datalist");
        builder.AddAttribute(17, "id", id + "-choices");
        foreach (var choice in listed)
        {
            builder.OpenElement(18, "option");
            builder.AddAttribute(19, "value", choice);
            builder.CloseElement();
        }

        builder.CloseElement();
        builder.CloseElement();
    };
}
