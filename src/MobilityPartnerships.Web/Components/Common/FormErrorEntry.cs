using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Components.Forms;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>A field at fault in a form, with its label (when the form names it) and its first message.</summary>
public sealed record FormErrorEntry(FieldIdentifier Field, string? Label, string Message)
{
    private const int MaxDepth = 4;

    /// <summary>
    /// Every field of the form's model and of the items of its lists (funding lines, partners…) that has a message, in
    /// the order the model declares them; then messages for the form as a whole.
    /// </summary>
    public static IReadOnlyList<FormErrorEntry> Of(EditContext context, Func<FieldIdentifier, string?>? labelOf)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = new List<FormErrorEntry>();
        Walk(context, context.Model, labelOf, found, 0);
        return found;
    }

    private static void Walk(EditContext context, object model, Func<FieldIdentifier, string?>? labelOf, List<FormErrorEntry> found, int depth)
    {
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
            {
                continue;
            }

            var field = new FieldIdentifier(model, property.Name);
            if (context.GetValidationMessages(field).FirstOrDefault() is { } message)
            {
                found.Add(new FormErrorEntry(field, labelOf?.Invoke(field), message));
            }

            if (depth < MaxDepth && property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType)
                && property.GetValue(model) is IEnumerable items)
            {
                foreach (var item in items)
                {
                    if (item is not null && item.GetType().IsClass && item is not string)
                    {
                        Walk(context, item, labelOf, found, depth + 1);
                    }
                }
            }
        }
    }
}
