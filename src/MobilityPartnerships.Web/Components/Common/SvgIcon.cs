using Microsoft.AspNetCore.Components;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// A MudBlazor icon (one of <c>Icons.Material</c>) as the markup <c>MudIcon</c> writes, without a component: an open page
/// keeps every component it holds, with two render trees, for as long as it is open (decision 0018). Decorative: the
/// button or link around it carries the name.
/// </summary>
public static class SvgIcon
{
    public const string Medium = "mud-icon-root mud-svg-icon mud-icon-size-medium";

    public static RenderFragment Of(string icon, string classes = Medium) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", classes);
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, icon);
        builder.CloseElement();
    };
}
