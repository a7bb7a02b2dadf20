using System.Text;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using Sylvan.Data.Csv;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>
/// Reads a CSV file as one sheet: UTF-16 with its byte-order mark, UTF-8 (with or without one) or, failing that,
/// Windows-1252; comma, semicolon or tab separated, whichever the first line uses most; quoted cells as RFC 4180 says;
/// a cell's text without the apostrophe the export adds before a formula character (<see cref="FormulaGuard.Restore"/>).
/// </summary>
internal static class CsvSheetReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252, from the code pages the shared framework holds but does not register by default.</summary>
    private static readonly Encoding WindowsLatin = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is missing.");

    private static readonly byte[] Utf16LittleEndianMark = [0xFF, 0xFE];
    private static readonly byte[] Utf16BigEndianMark = [0xFE, 0xFF];

    public static SheetReading Read(byte[] content, string fileName, SpreadsheetLimits limits, IProgress<int>? rowsRead, CancellationToken cancellationToken)
    {
        var text = Decode(content);
        if (text is null || text.Contains('\0', StringComparison.Ordinal))
        {
            return new SheetReading.Refused(ImportMessages.NotASpreadsheet);
        }

        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = DelimiterOf(text),
            BufferSize = 1 << 16,
            MaxBufferSize = 1 << 24,
        };
        var rows = new List<SheetRow>();
        var sheetName = ShownCell.Of(SheetName(fileName));
        using var reader = CsvDataReader.Create(new StringReader(text), options);
        var number = 0;
        var blankRows = 0;
        long cellCount = 0;
        while (Next(reader, number + 1))
        {
            number++;
            if (number % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (reader.RowFieldCount > limits.MaxCellsPerRow)
            {
                return new SheetReading.Refused(ImportMessages.TooManyCellsInRow(sheetName, number, limits.MaxCellsPerRow));
            }

            var cells = new SheetCell[reader.RowFieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                // Without the apostrophe the CSV export puts before a text that looks like a formula, so that an
                // exported file imports back unchanged (a workbook's cells carry no such apostrophe: see FormulaGuard).
                var value = FormulaGuard.Restore(reader.GetString(i));
                cells[i] = value.Length == 0 ? SheetCell.Empty : new SheetCell(value);
            }

            if (Array.TrueForAll(cells, c => c.IsBlank))
            {
                if (++blankRows > limits.MaxBlankRows)
                {
                    return new SheetReading.Refused(ImportMessages.TooManyBlankRows(limits.MaxBlankRows));
                }

                continue;
            }

            if (Array.FindLastIndex(cells, c => !c.IsBlank) is var last && last >= limits.MaxColumns)
            {
                return new SheetReading.Refused(ImportMessages.ColumnBeyond(sheetName, last, limits.MaxColumns));
            }

            if (rows.Count >= limits.MaxRows)
            {
                return new SheetReading.Refused(ImportMessages.TooManyRows(limits.MaxRows));
            }

            cellCount += cells.Length;
            if (cellCount > limits.MaxCells)
            {
                return new SheetReading.Refused(ImportMessages.TooManyCells(limits.MaxCells));
            }

            rows.Add(new SheetRow(number, cells));
            if (rows.Count % 500 == 0)
            {
                rowsRead?.Report(rows.Count);
            }
        }

        return new SheetReading.Read(new Workbook(fileName, [new Sheet(sheetName, false, rows)]));
    }

    private static string SheetName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        return string.IsNullOrWhiteSpace(name) ? "CSV" : name;
    }

    /// <summary>The next record; one the parser rejects is a <see cref="Refusal"/> naming its row.</summary>
    private static bool Next(CsvDataReader reader, int row)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvInvalidCharacterException invalid) when (invalid.InvalidCharacter != '"')
        {
            throw new Refusal(ImportMessages.CsvCharacter(row, invalid.InvalidCharacter), invalid);
        }
        catch (CsvRecordTooLargeException tooLarge)
        {
            throw new Refusal(ImportMessages.CsvRowTooLong(row), tooLarge);
        }
        catch (CsvFormatException malformed)
        {
            throw new Refusal(ImportMessages.CsvQuoting(row), malformed);
        }
    }

    /// <summary>
    /// The file's text: UTF-16 when it starts with a UTF-16 byte order mark (Excel's "Unicode Text"), UTF-8 when it is
    /// valid UTF-8, otherwise Windows-1252 (Excel's "CSV (Comma delimited)" in western Europe). Decoded once, as the
    /// file is bounded by <see cref="SpreadsheetLimits.MaxFileBytes"/>; UTF-16 that does not decode is no text,
    /// <c>null</c>.
    /// </summary>
    private static string? Decode(byte[] content)
    {
        if (content.AsSpan().StartsWith(Utf16LittleEndianMark) || content.AsSpan().StartsWith(Utf16BigEndianMark))
        {
            var bigEndian = content[0] == Utf16BigEndianMark[0];
            try
            {
                return new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(content, 2, content.Length - 2);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }

        try
        {
            var text = StrictUtf8.GetString(content);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return WindowsLatin.GetString(content);
        }
    }

    /// <summary>The separator the first non-empty line uses most, outside quotes; a comma when it uses none.</summary>
    private static char DelimiterOf(string text)
    {
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in text.TrimStart('\r', '\n'))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && counts.TryGetValue(c, out var count))
            {
                counts[c] = count + 1;
            }
        }

        var best = counts.MaxBy(c => c.Value);
        return best.Value == 0 ? ',' : best.Key;
    }
}
