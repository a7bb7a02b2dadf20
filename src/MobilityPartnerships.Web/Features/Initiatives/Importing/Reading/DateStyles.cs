using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>
/// Which cell styles of a workbook show a number as a date: Excel stores a date as a serial number and only
/// its number format says it is one.
/// </summary>
internal sealed class DateStyles
{
    private readonly HashSet<uint> dateStyleIndexes = [];

    private DateStyles()
    {
    }

    public static DateStyles Of(WorkbookPart workbook)
    {
        var styles = new DateStyles();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return styles;
        }

        var customDateFormats = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId is not null && IsDateFormatCode(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (IsBuiltInDateFormat(id) || customDateFormats.Contains(id))
            {
                styles.dateStyleIndexes.Add(index);
            }

            index++;
        }

        return styles;
    }

    public bool IsDate(uint? styleIndex) => styleIndex is { } index && dateStyleIndexes.Contains(index);

    private static bool IsBuiltInDateFormat(uint id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>A format code with a day, month or year placeholder outside quoted text, escapes and [brackets].</summary>
    private static bool IsDateFormatCode(string? code)
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
                    if (!inQuotes && !inBrackets && char.ToLowerInvariant(c) is 'd' or 'm' or 'y')
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}
