using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MobilityPartnerships.Web.Api.Contracts;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// The members of a write's body that its type does not take ("titel" for "title", at any depth): the serializer would
/// drop them without a word, and the write would store something else than the program meant. Members carried as
/// extension data are taken only where the field catalogue names them (<see cref="FieldMembersAttribute"/>).
/// </summary>
internal static class BodyMembers
{
    /// <summary>The paths of the unknown members, as the body writes them ("fundingLines[0].totl"), in the body's order.</summary>
    public static IReadOnlyList<string> Unknown(JsonElement body, Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        var unknown = new List<string>();
        Walk(body, options.GetTypeInfo(type), string.Empty, options, unknown);
        return unknown;
    }

    /// <summary>The value at a path as <see cref="Unknown"/> and the serializer write it ("fundingLines[0].totalBudget"); null where there is none.</summary>
    public static JsonElement? At(JsonElement body, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var at = body;
        foreach (var step in path.Split('.'))
        {
            var name = step.Split('[')[0];
            if (name.Length > 0)
            {
                if (at.ValueKind != JsonValueKind.Object || !TryGetMember(at, name, out at))
                {
                    return null;
                }
            }

            foreach (var index in step.Split('[').Skip(1).Select(i => i.TrimEnd(']')))
            {
                if (at.ValueKind != JsonValueKind.Array || !int.TryParse(index, System.Globalization.CultureInfo.InvariantCulture, out var i) || i < 0 || i >= at.GetArrayLength())
                {
                    return null;
                }

                at = at[i];
            }
        }

        return at;
    }

    /// <summary>The type of the field at a path as <see cref="Unknown"/> writes it ("fundingLines[0].totalBudget" → decimal?); null where the record has none.</summary>
    public static Type? TypeAt(Type type, string path, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var at = options.GetTypeInfo(type);
        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var step in path.Split('.'))
        {
            var name = step.Split('[')[0];
            if (name.Length > 0)
            {
                if (at.Kind != JsonTypeInfoKind.Object || at.Properties.FirstOrDefault(p => !p.IsExtensionData && string.Equals(p.Name, name, comparison)) is not { } property)
                {
                    return null;
                }

                at = options.GetTypeInfo(property.PropertyType);
            }

            foreach (var _ in step.Split('[').Skip(1))
            {
                if (at.Kind != JsonTypeInfoKind.Enumerable || at.ElementType is not { } items)
                {
                    return null;
                }

                at = options.GetTypeInfo(items);
            }
        }

        return at.Type;
    }

    private static bool TryGetMember(JsonElement element, string name, out JsonElement value)
    {
        foreach (var member in element.EnumerateObject())
        {
            if (string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = member.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static void Walk(JsonElement element, JsonTypeInfo type, string path, JsonSerializerOptions options, List<string> unknown)
    {
        if (type.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var carried = Carried(type);
            foreach (var member in element.EnumerateObject())
            {
                var at = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
                if (type.Properties.FirstOrDefault(p => !p.IsExtensionData && string.Equals(p.Name, member.Name, comparison)) is { } property)
                {
                    Walk(member.Value, options.GetTypeInfo(property.PropertyType), at, options, unknown);
                }
                else if (!carried.Contains(member.Name, StringComparer.FromComparison(comparison)))
                {
                    unknown.Add(at);
                }
            }
        }
        else if (type.Kind == JsonTypeInfoKind.Enumerable && type.ElementType is { } items && element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, options.GetTypeInfo(items), $"{path}[{index++}]", options, unknown);
            }
        }
    }

    /// <summary>The members a type takes as extension data: the catalogue's, where it carries an initiative's fields; none otherwise.</summary>
    private static List<string> Carried(JsonTypeInfo type) =>
        type.Properties.Where(p => p.IsExtensionData)
            .Select(p => (p.AttributeProvider as MemberInfo)?.GetCustomAttribute<FieldMembersAttribute>())
            .OfType<FieldMembersAttribute>()
            .SelectMany(a => a.Members.Select(m => m.JsonName).Concat(a.StoredValues.Select(v => v.ApiName)))
            .ToList();
}
