using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>
/// Which cell styles of a workbook show a number as a date or as a percentage: Excel stores a date as a serial number
/// and 50 % as 0.5, and only the cell's number format says so.
/// </summary>
internal sealed class ShownFormats
{
    private readonly HashSet<uint> dateStyleIndexes = [];
    private readonly HashSet<uint> percentageStyleIndexes = [];

    private ShownFormats()
    {
    }

    public static ShownFormats Of(WorkbookPart workbook)
    {
        var styles = new ShownFormats();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return styles;
        }

        var customFormats = stylesheet.NumberingFormats?.Elements<NumberingFormat>().Where(f => f.NumberFormatId is not null).ToList() ?? [];
        var customDateFormats = customFormats.Where(f => HasPlaceholder(f.FormatCode?.Value, c => char.ToLowerInvariant(c) is 'd' or 'm' or 'y')).Select(f => f.NumberFormatId!.Value).ToHashSet();
        var customPercentageFormats = customFormats.Where(f => HasPlaceholder(f.FormatCode?.Value, c => c == '%')).Select(f => f.NumberFormatId!.Value).ToHashSet();
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (IsBuiltInDateFormat(id) || customDateFormats.Contains(id))
            {
                styles.dateStyleIndexes.Add(index);
            }
            else if (id is 9 or 10 || customPercentageFormats.Contains(id))
            {
                styles.percentageStyleIndexes.Add(index);
            }

            index++;
        }

        return styles;
    }

    public bool IsDate(uint? styleIndex) => styleIndex is { } index && dateStyleIndexes.Contains(index);

    /// <summary>Whether the style shows a number times 100 with a per cent sign (0%, 0.00%, or a format of its own).</summary>
    public bool IsPercentage(uint? styleIndex) => styleIndex is { } index && percentageStyleIndexes.Contains(index);

    private static bool IsBuiltInDateFormat(uint id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>A format code with a placeholder the test names (a day, month or year; a per cent sign) outside quoted text, escapes and [brackets].</summary>
    private static bool HasPlaceholder(string? code, Func<char, bool> placeholder)
    {
        if (string.IsNullOrEmpty(code) || code.Equals("General", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var inQuotes = false;
        var inBrackets = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case '"':
                    inQuotes = !inQuotes;
                    break;
                case '[' when !inQuotes:
                    inBrackets = true;
                    break;
                case ']' when !inQuotes:
                    inBrackets = false;
                    break;
                case '\\' or '_' or '*' when !inQuotes:
                    i++;
                    break;
                default:
                    if (!inQuotes && !inBrackets && placeholder(c))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}
