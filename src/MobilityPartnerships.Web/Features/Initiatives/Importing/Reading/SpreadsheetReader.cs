using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Options;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>
/// Reads an uploaded .xlsx or .csv file into its sheets, refusing with a plain message what is not one: a file
/// of another kind, an empty or oversized file, too many rows. What a file is comes from its content, not its
/// name: a renamed PDF is refused, an Excel file saved as .csv is still read as a workbook. Every limit of
/// <see cref="SpreadsheetLimits"/> is checked while reading, before the work it guards.
/// </summary>
public sealed class SpreadsheetReader(IOptions<SpreadsheetLimits> limits, TimeProvider clock)
{
    public SpreadsheetReader(IOptions<SpreadsheetLimits> limits)
        : this(limits, TimeProvider.System)
    {
    }

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] LegacyExcelSignature = [0xD0, 0xCF, 0x11, 0xE0];

    public SpreadsheetLimits Limits => limits.Value;

    /// <summary>Reads the whole stream (at most the size limit) and then its sheets, off the caller's thread.</summary>
    public async Task<SheetReading> ReadAsync(Stream upload, string fileName, IProgress<int>? rowsRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var content = await ReadLimitedAsync(upload, Limits.MaxFileBytes, cancellationToken);
        return content is null
            ? new SheetReading.Refused(ImportMessages.TooLarge(Limits.MaxFileBytes))
            : await Task.Run(() => Read(content, fileName, rowsRead, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Reads the file's sheets within the limits, or says which limit it passes. Reading stops when the time limit
    /// passes (a refusal saying so) or when <paramref name="cancellationToken"/> is cancelled (an <see cref="OperationCanceledException"/>).
    /// </summary>
    public SheetReading Read(byte[] content, string fileName, IProgress<int>? rowsRead, CancellationToken cancellationToken)
    {
        using var timeLimit = new CancellationTokenSource(TimeSpan.FromSeconds(Limits.MaxReadSeconds), clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeLimit.Token);
        try
        {
            return ReadWithin(content, fileName, rowsRead, either.Token);
        }
        catch (Refusal refusal)
        {
            return new SheetReading.Refused(refusal.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SheetReading.Refused(ImportMessages.TookTooLong(Limits.MaxReadSeconds));
        }
    }

    private SheetReading ReadWithin(byte[] content, string fileName, IProgress<int>? rowsRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return new SheetReading.Refused(ImportMessages.Empty);
        }

        if (content.Length > Limits.MaxFileBytes)
        {
            return new SheetReading.Refused(ImportMessages.TooLarge(Limits.MaxFileBytes));
        }

        if (content.AsSpan().StartsWith(LegacyExcelSignature))
        {
            return new SheetReading.Refused(ImportMessages.LegacyExcel);
        }

        var reading = content.AsSpan().StartsWith(ZipSignature)
            ? ReadWorkbook(content, fileName, rowsRead, cancellationToken)
            : CsvSheetReader.Read(content, fileName, Limits, rowsRead, cancellationToken);
        return reading is SheetReading.Read { Workbook.Sheets: var sheets } && sheets.All(s => s.Rows.Count == 0)
            ? new SheetReading.Refused(ImportMessages.NoRows)
            : reading;
    }

    private SheetReading ReadWorkbook(byte[] content, string fileName, IProgress<int>? rowsRead, CancellationToken cancellationToken)
    {
        var (checkedContent, missing) = WorkbookPackage.Check(content, Limits, cancellationToken);
        if (missing is not null)
        {
            return new SheetReading.Refused(missing);
        }

        try
        {
            using var stream = new MemoryStream(checkedContent, writable: false);
            return XlsxReader.Read(stream, fileName, Limits, rowsRead, cancellationToken);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or IOException)
        {
            return new SheetReading.Refused(ImportMessages.NotAWorkbook);
        }
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream upload, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
