using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// A filter of a list of choices as the browser's own select, its label shown above it on the outline as MudBlazor's
/// outlined fields show theirs (app.css); the first choice, empty, clears the filter. Written into its page's render
/// tree, not a component of its own: an open page keeps every component it holds, each with its render trees, for as
/// long as it is open (decisions 0018, 0026), and a filter needs no state of its own.
/// </summary>
public static class ChoiceFilter
{
    /// <param name="receiver">The page whose filter it is: it renders again once <paramref name="changed"/> has run.</param>
    /// <param name="id">The select's id, which its label names (and tests find it by).</param>
    /// <param name="label">The filter's name.</param>
    /// <param name="all">The empty choice's text ("All").</param>
    /// <param name="value">The chosen option's value; null when the filter is off.</param>
    /// <param name="changed">Given the value the user chose, or null for the empty choice.</param>
    /// <param name="choices">The options' values (as the address writes them) and texts.</param>
    public static RenderFragment Of(
        object receiver, string id, string label, string all, string? value, Func<string?, Task> changed, IEnumerable<(string Value, string Text)> choices) => builder =>
    {
        OpenLabelled(builder, id, label);
        builder.OpenElement(6, "select");
        builder.AddAttribute(7, "id", id);
        builder.AddAttribute(8, "class", "choice-filter-select");
        builder.AddAttribute(9, "value", value ?? string.Empty);
        builder.AddAttribute(10, "onchange", EventCallback.Factory.Create<ChangeEventArgs>(receiver, change =>
            changed(change.Value is string { Length: > 0 } chosen ? chosen : null)));
        builder.OpenElement(11, "option");
        builder.AddAttribute(12, "value", string.Empty);
        builder.AddContent(13, all);
        builder.CloseElement();
        foreach (var (choice, text) in choices)
        {
            builder.OpenElement(14, "option");
            builder.AddAttribute(15, "value", choice);
            builder.AddContent(16, text);
            builder.CloseElement();
        }

        builder.CloseElement();
        builder.CloseElement();
    };

    /// <summary>
    /// Opens a filter's box and writes its label above the control (sequence numbers 0 to 5); the caller writes the
    /// control, labelled by <paramref name="id"/>, from 6 on and closes the box.
    /// </summary>
    public static void OpenLabelled(RenderTreeBuilder builder, string id, string label)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "choice-filter");
        builder.OpenElement(2, "label");
        builder.AddAttribute(3, "for", id);
        builder.AddAttribute(4, "class", "choice-filter-label");
        builder.AddContent(5, label);
        builder.CloseElement();
    }
}
