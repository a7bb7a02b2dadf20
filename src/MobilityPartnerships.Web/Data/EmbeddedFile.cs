using Sylvan.Data.Csv;

namespace MobilityPartnerships.Web.Data;

/// <summary>Reads a data file shipped inside the assembly, so the app needs nothing beside itself at run time.</summary>
internal static class EmbeddedFile
{
    public static Stream Open(string fileName)
    {
        var assembly = typeof(EmbeddedFile).Assembly;
        var name = Array.Find(assembly.GetManifestResourceNames(), n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The data file {fileName} is not embedded in {assembly.GetName().Name}.");
        return assembly.GetManifestResourceStream(name)!;
    }

    /// <summary>
    /// Reads a comma-separated file with a header row. A value holding a comma is quoted, as in
    /// "SEC(2009) 1240, Annex I"; every row has as many fields as the header.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> ReadCsvAsync(string fileName, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(Open(fileName));
        var options = new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' };
        await using var reader = await CsvDataReader.CreateAsync(text, options, cancellationToken);
        if (reader.FieldCount == 0)
        {
            throw new InvalidOperationException($"{fileName} is empty.");
        }

        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.RowFieldCount == 1 && reader.GetString(0).Length == 0)
            {
                continue;
            }

            if (reader.RowFieldCount != header.Length)
            {
                throw new InvalidOperationException($"{fileName}: expected {header.Length} fields but found {reader.RowFieldCount} in row {rows.Count + 2}.");
            }

            rows.Add(header.Select((name, i) => (name, value: reader.GetString(i).Trim())).ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal));
        }

        return rows;
    }
}
