using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// The numbers a write's body sends as strings that are not written as the OpenAPI document says ("1e3", "+5", "007",
/// " 12"): the document gives a number field that takes a string the pattern of a JSON number without exponent
/// (<see cref="Decimal"/>, or <see cref="Whole"/> for a whole number), but the serializer reads more than that ("1e3" as
/// 1000). Each is refused at its field, as <see cref="BodyValueProblems"/> words it, before the body is read.
/// </summary>
internal static partial class BodyNumbers
{
    /// <summary>The pattern the document gives a decimal sent as a string.</summary>
    public const string DecimalPattern = @"^-?(?:0|[1-9]\d*)(?:\.\d+)?$";

    /// <summary>The pattern the document gives a whole number sent as a string.</summary>
    public const string WholePattern = @"^-?(?:0|[1-9]\d*)$";

    private static readonly Type[] WholeTypes = [typeof(int), typeof(long), typeof(short), typeof(byte)];

    /// <summary>The paths of the numbers sent as strings off their pattern ("fundingLines[0].totalBudget"), in the body's order.</summary>
    public static IReadOnlyList<string> OffPattern(JsonElement body, Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        var off = new List<string>();
        Walk(body, options.GetTypeInfo(type), string.Empty, null, options, off);
        return off;
    }

    private static void Walk(JsonElement element, JsonTypeInfo type, string path, JsonPropertyInfo? property, JsonSerializerOptions options, List<string> off)
    {
        var declared = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        if (element.ValueKind == JsonValueKind.String && ReadsFromString(property, options))
        {
            var sent = element.GetString() ?? string.Empty;
            if ((declared == typeof(decimal) && !Decimal().IsMatch(sent)) || (WholeTypes.Contains(declared) && !Whole().IsMatch(sent)))
            {
                off.Add(path);
            }
        }
        else if (type.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            foreach (var member in element.EnumerateObject())
            {
                if (type.Properties.FirstOrDefault(p => !p.IsExtensionData && string.Equals(p.Name, member.Name, comparison)) is { } known)
                {
                    Walk(member.Value, options.GetTypeInfo(known.PropertyType), path.Length == 0 ? member.Name : $"{path}.{member.Name}", known, options, off);
                }
            }
        }
        else if (type.Kind == JsonTypeInfoKind.Enumerable && type.ElementType is { } items && element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, options.GetTypeInfo(items), $"{path}[{index++}]", null, options, off);
            }
        }
    }

    private static bool ReadsFromString(JsonPropertyInfo? property, JsonSerializerOptions options) =>
        ((property?.NumberHandling ?? options.NumberHandling) & JsonNumberHandling.AllowReadingFromString) != 0;

    [GeneratedRegex(DecimalPattern, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Decimal();

    [GeneratedRegex(WholePattern, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whole();
}
