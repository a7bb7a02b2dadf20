using System.Diagnostics.CodeAnalysis;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// A cell's value as the import quotes it to the user (in a message, a question, a refused row): whole up to
/// <see cref="MaxLength"/> characters, else its start and "…", so a cell of megabytes costs the page and the circuit
/// no more than that. Rules that measure a value read it uncut.
/// </summary>
public static class ShownCell
{
    /// <summary>The most characters of a value shown, "…" aside.</summary>
    public const int MaxLength = 200;

    /// <summary>The value, cut to <see cref="MaxLength"/> characters with "…" (never between the halves of a surrogate pair).</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Of(string? text)
    {
        if (text is null || text.Length <= MaxLength)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return string.Concat(text.AsSpan(0, end), "\u2026");
    }
}
