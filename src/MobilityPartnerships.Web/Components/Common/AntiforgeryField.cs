using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// A plain form's antiforgery field, the hidden input <c>AntiforgeryToken</c> writes, without a component: the layout's
/// five sign-out and language forms are on every open page, which keeps every component it holds (decision 0018).
/// </summary>
public static class AntiforgeryField
{
    public static RenderFragment Of(AntiforgeryStateProvider antiforgery) => builder =>
    {
        if (antiforgery.GetAntiforgeryToken() is not { } token)
        {
            return;
        }

        builder.OpenElement(0, "input");
        builder.AddAttribute(1, "type", "hidden");
        builder.AddAttribute(2, "name", token.FormFieldName);
        builder.AddAttribute(3, "value", token.Value);
        builder.CloseElement();
    };
}
