using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// Why a value of a write's body could not be read as its field's type, said in the field's own terms: an enum takes a
/// name; a number field takes a number as JSON writes it (a JSON number, or the same in a string), too large, not whole
/// or not one at all; a text field takes a string. The value sent is quoted only in part, so that a refusal stays short
/// whatever was sent.
/// </summary>
internal static class BodyValueProblems
{
    /// <summary>The most characters of a sent value a message quotes.</summary>
    public const int MaxQuoted = 60;

    public static string Of(IStringLocalizer<Strings> text, JsonElement body, Type record, string field, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(field);
        var type = BodyMembers.TypeAt(record, field, options) is { } declared ? Nullable.GetUnderlyingType(declared) ?? declared : null;
        if (type is null || BodyMembers.At(body, field) is not { } sent)
        {
            return text["Api_Problem_BodyWrongKind", field];
        }

        if (type.IsEnum)
        {
            return text["Api_Problem_BodyNotAName", field, string.Join(", ", Enum.GetNames(type))];
        }

        var whole = WholeRange(type);
        if (whole is not null || type == typeof(decimal))
        {
            return sent.ValueKind switch
            {
                JsonValueKind.Number => NumberProblem(text, sent, field, whole),
                JsonValueKind.String => text[whole is null ? "Api_Problem_BodyNotANumber" : "Api_Problem_BodyNotAWholeNumber", field, Quoted(sent.GetString())],
                _ => text["Api_Problem_BodyWrongKind", field],
            };
        }

        return type == typeof(string) && sent.ValueKind == JsonValueKind.Number
            ? text["Api_Problem_BodyNotText", field, Quoted(sent.GetRawText())]
            : text["Api_Problem_BodyWrongKind", field];
    }

    /// <summary>A JSON number its field cannot take: beyond any value of the field ("1e30" for an amount), a fraction where it counts, or a whole number written otherwise than in digits ("1.5e1").</summary>
    private static string NumberProblem(IStringLocalizer<Strings> text, JsonElement number, string field, (decimal Min, decimal Max)? whole)
    {
        var written = Quoted(number.GetRawText());
        if (!number.TryGetDecimal(out var value) || (whole is { } range && (value < range.Min || value > range.Max)))
        {
            return text["Api_Problem_BodyNumberTooLarge", field, written];
        }

        if (whole is null)
        {
            return text["Api_Problem_BodyNotANumber", field, written];
        }

        return value != decimal.Truncate(value)
            ? text["Api_Problem_BodyNotWhole", field, written]
            : text["Api_Problem_BodyWholeInDigits", field, value.ToString("0", CultureInfo.InvariantCulture), written];
    }

    private static (decimal Min, decimal Max)? WholeRange(Type type) =>
        type == typeof(int) ? (int.MinValue, int.MaxValue)
        : type == typeof(long) ? (long.MinValue, long.MaxValue)
        : type == typeof(short) ? (short.MinValue, short.MaxValue)
        : type == typeof(byte) ? (byte.MinValue, byte.MaxValue)
        : null;

    /// <summary>The value sent, cut to <see cref="MaxQuoted"/> characters.</summary>
    public static string Quoted(string? sent) =>
        sent is null ? string.Empty : sent.Length <= MaxQuoted ? sent : string.Concat(sent.AsSpan(0, MaxQuoted), "…");
}
