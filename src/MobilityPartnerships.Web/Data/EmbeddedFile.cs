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

    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> ReadCsvAsync(string fileName, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(Open(fileName));
        var header = (await reader.ReadLineAsync(cancellationToken))?.Split(',')
            ?? throw new InvalidOperationException($"{fileName} is empty.");
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            // The reference files hold plain values; a quote would mean a format this reader does not handle.
            if (line.Contains('"', StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{fileName} has a quoted field, which this reader does not support: {line}");
            }

            var cells = line.Split(',');
            if (cells.Length != header.Length)
            {
                throw new InvalidOperationException($"{fileName}: expected {header.Length} fields but found {cells.Length} in: {line}");
            }

            rows.Add(header.Zip(cells).ToDictionary(p => p.First, p => p.Second.Trim(), StringComparer.Ordinal));
        }

        return rows;
    }
}
