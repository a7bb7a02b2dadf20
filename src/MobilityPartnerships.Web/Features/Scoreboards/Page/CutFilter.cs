using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.FilterOptions;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Scoreboards.Page;

/// <summary>
/// A scoreboard filter with more values than it lists (<see cref="FilterChoices.Limit"/>): the note beside it, which
/// says how many there are and how another is reached, and the browser's own input in place of the select, completing
/// from the listed values: a text filter takes any exact text typed; a filter by id the value whose name is typed, found
/// among all its values (<c>GetScoreboardFilterOptions.NamedAsync</c>), and says beside it when the name is not enough
/// (<see cref="Refusal"/>). Written into the page's render tree, as <c>ChoiceFilter</c> is.
/// </summary>
public static class CutFilter
{
    /// <summary>The note's id, which the filter's input names as its description.</summary>
    public static string NoteId(string id) => id + "-note";

    /// <summary>The refusal's id, which the filter's input names as its description while it is shown.</summary>
    public static string ProblemId(string id) => id + "-problem";

    /// <summary>
    /// "The 100 most used of 3,060." and how another is reached: typed, its exact text (a text filter, which keeps the
    /// initiatives with exactly that text) or its name as the list shows it (a record named by its id).
    /// </summary>
    public static string NoteText(FieldFilter filter, int count, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(text);
        return filter.ValueType == typeof(string)
            ? text["Scoreboard_FilterCutTyped", FilterChoices.Limit, count]
            : text["Scoreboard_FilterCutNamed", FilterChoices.Limit, count];
    }

    /// <summary>
    /// Why the name typed into a filter by id chooses nothing: no value of the filter has it, or more than one has
    /// (<paramref name="named"/> holds at most two); null when it names exactly one, which is then chosen.
    /// </summary>
    /// <param name="label">The filter's name ("Lead partner"), which the message writes within its sentence.</param>
    /// <param name="typed">The name typed, which the message quotes.</param>
    /// <param name="named">The filter's values that have that name, at most two.</param>
    /// <param name="text">The page's texts.</param>
    public static string? Refusal(string label, string typed, IReadOnlyList<FilterChoice> named, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(named);
        ArgumentNullException.ThrowIfNull(text);
        if (named.Count == 1)
        {
            return null;
        }

        var within = label.Length == 0 ? label : char.ToLower(label[0], CultureInfo.CurrentCulture) + label[1..];
        var shown = TextCharacters.Cut(typed.Trim(), GetScoreboardFilterOptions.NameMaxLength);
        return text[named.Count == 0 ? "Scoreboard_FilterNamedNone" : "Scoreboard_FilterNamedSeveral", within, shown];
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

    /// <summary>A cut filter as an input, completing from the listed values and taking any text typed.</summary>
    /// <param name="receiver">The page whose filter it is: it renders again once <paramref name="changed"/> has run.</param>
    /// <param name="id">The input's id, which its label names.</param>
    /// <param name="name">
    /// The input's name: for a text filter, the filter's key in the page's address, since the text typed is the value it
    /// holds; none for a filter by id, whose value is the id of the name typed.
    /// </param>
    /// <param name="label">The filter's name.</param>
    /// <param name="value">The chosen text, or the chosen value's name; null when the filter is off.</param>
    /// <param name="changed">Given the text typed once committed (Enter, or leaving the field), trimmed, or null when emptied.</param>
    /// <param name="listed">The values listed (a text filter's texts, a filter by id's names), to complete from.</param>
    /// <param name="problem">Why the text typed chose nothing (<see cref="Refusal"/>), shown under the input as an alert; null when none.</param>
    public static RenderFragment Typed(object receiver, string id, string? name, string label, string? value, Func<string?, Task> changed, IEnumerable<string> listed, string? problem = null) => builder =>
    {
        ChoiceFilter.OpenLabelled(builder, id, label);
        builder.OpenElement(6, "input");
        builder.AddAttribute(7, "id", id);
        builder.AddAttribute(8, "name", name);
        builder.AddAttribute(9, "type", "search");
        builder.AddAttribute(10, "class", "choice-filter-select");
        builder.AddAttribute(11, "autocomplete", "off");
        builder.AddAttribute(12, "list", id + "-choices");
        builder.AddAttribute(13, "aria-describedby", problem is null ? NoteId(id) : NoteId(id) + " " + ProblemId(id));
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

        // Under the field, as the note is: inside its box it would move the box's arrow.
        if (problem is not null)
        {
            builder.OpenElement(20, "div");
            builder.AddAttribute(21, "id", ProblemId(id));
            builder.AddAttribute(22, "class", "mud-input-helper-text mud-input-error choice-filter-problem");
            builder.AddAttribute(23, "role", "alert");
            builder.AddAttribute(24, "data-testid", ProblemId(id));
            builder.AddContent(25, problem);
            builder.CloseElement();
        }
    };
}
