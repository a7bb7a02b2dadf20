namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>Column letters and row numbers of A1-style references, zero-based columns.</summary>
internal static class CellAddress
{
    /// <summary>
    /// The zero-based column of a reference such as "AB12", or null when it has no letters. A column beyond XFD, the
    /// last a spreadsheet program knows, is <see cref="SpreadsheetLimits.LastColumn"/> however many letters it has.
    /// </summary>
    public static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = Math.Min((column * 26) + (char.ToUpperInvariant(c) - 'A' + 1), SpreadsheetLimits.LastColumn + 1);
            letters++;
        }

        return letters == 0 ? null : column - 1;
    }

    /// <summary>The row number of a reference such as "AB12", or null when it has none.</summary>
    public static int? RowOf(string reference)
    {
        var digits = reference.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$");
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) ? row : null;
    }

    /// <summary>"A", "B", …, "Z", "AA": the letters a user sees above a column.</summary>
    public static string LettersOf(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
