using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// The values of a write's body that cannot be read as their field's type (a pillar not named as the document names
/// them, a text where a number goes, an object where a yes or no goes), every one: the serializer stops at the first, and
/// a program would fix one per request. Each of the record's members is tried on its own, an object's and a list's by
/// their members and items; members the record does not have are <see cref="BodyMembers"/>' to tell.
/// </summary>
internal static class BodyValues
{
    /// <summary>The paths of the values that cannot be read ("fundingLines[0].totalBudget"), in the body's order.</summary>
    public static IReadOnlyList<string> Unreadable(JsonElement body, Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        var unreadable = new List<string>();
        Walk(body, options.GetTypeInfo(type), string.Empty, options, unreadable);
        return unreadable;
    }

    private static void Walk(JsonElement element, JsonTypeInfo type, string path, JsonSerializerOptions options, List<string> unreadable)
    {
        if (type.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            foreach (var member in element.EnumerateObject())
            {
                if (type.Properties.FirstOrDefault(p => !p.IsExtensionData && string.Equals(p.Name, member.Name, comparison)) is { } property)
                {
                    var at = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
                    Walk(member.Value, options.GetTypeInfo(property.PropertyType), at, options, unreadable);
                }
            }
        }
        else if (type.Kind == JsonTypeInfoKind.Enumerable && type.ElementType is { } items && element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, options.GetTypeInfo(items), $"{path}[{index++}]", options, unreadable);
            }
        }
        else if (path.Length > 0 && !Reads(element, type))
        {
            unreadable.Add(path);
        }
    }

    private static bool Reads(JsonElement element, JsonTypeInfo type)
    {
        try
        {
            _ = element.Deserialize(type);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
