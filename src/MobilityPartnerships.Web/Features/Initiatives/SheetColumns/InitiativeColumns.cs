using System.Globalization;
using System.Text;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

/// <summary>
/// The header each column is written with (in English or French, as the exporting user reads), the other headers it is
/// recognised by in either language, and the order of an exported sheet, as each column's field declares them in the
/// catalogue of an initiative's fields (<see cref="SheetColumn"/>). Headers are compared without case, accents,
/// punctuation or spacing.
/// </summary>
public static class InitiativeColumns
{
    private static readonly Dictionary<InitiativeColumn, SheetColumn> Catalogue = InitiativeFields.SheetColumns.ToDictionary(c => c.Column);

    private static readonly Dictionary<string, InitiativeColumn> ByHeader = BuildLookup();

    /// <summary>The columns of an exported sheet, in their places: every stored field once, none of the combined ones.</summary>
    public static IReadOnlyList<InitiativeColumn> Exported { get; } =
        [.. InitiativeFields.SheetColumns.Where(c => c.ExportedAt is not null).OrderBy(c => c.ExportedAt).Select(c => c.Column)];

    /// <summary>The header an export writes the column under, in the language of the user who asks for it.</summary>
    public static string HeaderOf(InitiativeColumn column) => Catalogue[column].Header.Current;

    /// <summary>The column's header in both languages.</summary>
    public static SheetWord WordOf(InitiativeColumn column) => Catalogue[column].Header;

    /// <summary>The column a header names, or null when it names none of them.</summary>
    public static InitiativeColumn? Recognise(string? header) =>
        header is not null && ByHeader.TryGetValue(Normalise(header), out var column) ? column : null;

    /// <summary>Lower case, accents removed, only letters and digits: "Budget/EC contribution" and "budget ec contribution" compare equal.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static Dictionary<string, InitiativeColumn> BuildLookup()
    {
        var lookup = new Dictionary<string, InitiativeColumn>();
        foreach (var (column, sheet) in Catalogue)
        {
            foreach (var name in sheet.Header.Both.Concat(sheet.Aliases))
            {
                if (!lookup.TryAdd(Normalise(name), column) && lookup[Normalise(name)] != column)
                {
                    throw new InvalidOperationException($"The header '{name}' names two columns.");
                }
            }
        }

        return lookup;
    }
}
