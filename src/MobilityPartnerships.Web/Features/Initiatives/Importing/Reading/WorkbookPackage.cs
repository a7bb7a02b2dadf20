using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>
/// Checks the relationships of an .xlsx package before it is opened, as other programs leave them: one to a part the
/// file lacks is dropped when the reader does not need that part (a theme, a calculation chain, printer settings),
/// and is a message naming the part when it does (the workbook, a sheet, the texts of its cells, its formats).
/// Before any part is parsed, every part is unpacked once and counted, so a part that unpacks to more than the
/// limits allow is refused before the work of reading it is done.
/// </summary>
internal static class WorkbookPackage
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The content to open (the same bytes, or a copy without dangling relationships), or the refusal naming a missing part.</summary>
    /// <exception cref="Refusal">A part unpacks to more than the limits allow.</exception>
    public static (byte[] Content, string? Refusal) Check(byte[] content, SpreadsheetLimits limits, CancellationToken cancellationToken)
    {
        if (DeclaredParts(content) is { } parts && parts > limits.MaxParts)
        {
            throw new Refusal(ImportMessages.TooManyParts(limits.MaxParts));
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            CountInflated(zip, limits, cancellationToken);
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var changed = new Dictionary<string, XDocument>();
            foreach (var rels in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                var document = Load(rels);
                var dangling = document.Root?.Elements(XName.Get("Relationship", RelationshipsNamespace))
                    .Where(r => (string?)r.Attribute("TargetMode") != "External" && Target(rels.FullName, (string?)r.Attribute("Target")) is { } target && !entries.Contains(target))
                    .ToList() ?? [];
                foreach (var relationship in dangling)
                {
                    var target = Target(rels.FullName, (string?)relationship.Attribute("Target"))!;
                    if (Needed((string?)relationship.Attribute("Type")) is { } needed)
                    {
                        var name = needed == NeededPart.Sheet ? SheetName(zip, rels.FullName, (string?)relationship.Attribute("Id")) : null;
                        return (content, ImportMessages.PartMissing(target, name is null ? Words(needed) : ImportMessages.SheetNamed(name)));
                    }

                    relationship.Remove();
                    changed[rels.FullName] = document;
                }
            }

            return changed.Count == 0 ? (content, null) : (Rewrite(content, changed), null);
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException)
        {
            // Not a zip of XML parts: opening it says so.
            return (content, null);
        }
    }

    /// <summary>
    /// How many entries the zip's end-of-central-directory record says it holds, read before the directory is listed
    /// (listing it builds an object per entry); null when the record is not found (then opening it says what is wrong).
    /// A zip64 package, which no workbook of initiatives needs, counts as more than any limit.
    /// </summary>
    private static int? DeclaredParts(byte[] content)
    {
        const int RecordLength = 22;
        var lowest = Math.Max(0, content.Length - RecordLength - ushort.MaxValue);
        for (var at = content.Length - RecordLength; at >= lowest; at--)
        {
            if (content[at] == 0x50 && content[at + 1] == 0x4b && content[at + 2] == 0x05 && content[at + 3] == 0x06)
            {
                var total = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(content.AsSpan(at + 10, 2));
                return total == ushort.MaxValue ? int.MaxValue : total;
            }
        }

        return null;
    }

    private enum NeededPart
    {
        Main,
        Sheet,
        Texts,
        Formats,
    }

    private static string Words(NeededPart part) => part switch
    {
        NeededPart.Main => ImportMessages.WorkbookMainPart,
        NeededPart.Sheet => ImportMessages.ASheet,
        NeededPart.Texts => ImportMessages.TextsPart,
        _ => ImportMessages.FormatsPart,
    };

    private const string ContentTypesEntry = "[Content_Types].xml";

    /// <summary>Unpacks every part once, counting the bytes as they come out, and refuses at the first limit passed.</summary>
    private static void CountInflated(ZipArchive zip, SpreadsheetLimits limits, CancellationToken cancellationToken)
    {
        var inflated = new InflatedBytes(limits);
        var structureLimit = Math.Min(limits.MaxStructurePartBytes, limits.MaxPartBytes);
        var (types, structure) = ContentTypes(zip, inflated, structureLimit);
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName == ContentTypesEntry)
            {
                continue;
            }

            var type = types.Overrides.GetValueOrDefault("/" + entry.FullName)
                ?? types.Defaults.GetValueOrDefault(Path.GetExtension(entry.FullName).TrimStart('.'));

            // The parts describing the workbook are read whole, so they share one smaller limit between them.
            var isStructure = IsStructure(type);
            using var counted = isStructure
                ? inflated.Count(entry.Open(), entry.FullName, structureLimit - structure, structureLimit)
                : inflated.Count(entry.Open(), entry.FullName, limits.MaxPartBytes);
            int read;
            while ((read = counted.Read(buffer)) > 0)
            {
                structure += isStructure ? read : 0;
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Parts read whole (as a document, not streamed): the relationships, the workbook's main part, its formats.</summary>
    private static bool IsStructure(string? contentType) =>
        contentType is not null && (contentType.EndsWith("relationships+xml", StringComparison.OrdinalIgnoreCase)
            || contentType.EndsWith(".main+xml", StringComparison.OrdinalIgnoreCase)
            || contentType.EndsWith("styles+xml", StringComparison.OrdinalIgnoreCase));

    /// <summary>The content types the package declares, read as a stream through the count.</summary>
    private static ((Dictionary<string, string> Defaults, Dictionary<string, string> Overrides) Types, long Bytes) ContentTypes(ZipArchive zip, InflatedBytes inflated, long maxBytes)
    {
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (zip.GetEntry(ContentTypesEntry) is not { } entry)
        {
            return ((defaults, overrides), 0);
        }

        using var xml = XmlReader.Create(inflated.Count(entry.Open(), entry.FullName, maxBytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CloseInput = true });
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.GetAttribute("ContentType") is not { } type)
            {
                continue;
            }

            if (xml.LocalName == "Default" && xml.GetAttribute("Extension") is { } extension)
            {
                defaults[extension] = type;
            }
            else if (xml.LocalName == "Override" && xml.GetAttribute("PartName") is { } part)
            {
                overrides[part] = type;
            }
        }

        return ((defaults, overrides), inflated.Total);
    }

    /// <summary>What the reader needs a relationship's part for; null when it does not need it.</summary>
    private static NeededPart? Needed(string? type) => type?[(type.LastIndexOf('/') + 1)..] switch
    {
        "officeDocument" => NeededPart.Main,
        "worksheet" => NeededPart.Sheet,
        "sharedStrings" => NeededPart.Texts,
        "styles" => NeededPart.Formats,
        _ => null,
    };

    /// <summary>The zip entry a relationship points to, from the .rels file that holds it; null when it points nowhere.</summary>
    private static string? Target(string relsEntry, string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return null;
        }

        target = Uri.UnescapeDataString(target.Split('#')[0]);
        if (target.StartsWith('/'))
        {
            return Normalise(target[1..]);
        }

        // "xl/_rels/workbook.xml.rels" holds the relationships of "xl/workbook.xml", relative to "xl/".
        var folder = relsEntry[..relsEntry.LastIndexOf("_rels/", StringComparison.OrdinalIgnoreCase)];
        return Normalise(folder + target);
    }

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>The name the workbook gives the sheet of a relationship of the workbook part.</summary>
    private static string? SheetName(ZipArchive zip, string relsEntry, string? id)
    {
        var source = relsEntry.Replace("_rels/", string.Empty, StringComparison.OrdinalIgnoreCase)[..^".rels".Length];
        if (id is null || zip.GetEntry(source) is not { } workbook)
        {
            return null;
        }

        return Load(workbook).Descendants().FirstOrDefault(e => e.Name.LocalName == "sheet" && e.Attributes().Any(a => a.Name.LocalName == "id" && a.Value == id))
            ?.Attribute("name")?.Value;
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static byte[] Rewrite(byte[] content, Dictionary<string, XDocument> changed)
    {
        using var copy = new MemoryStream();
        copy.Write(content);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var (name, document) in changed)
            {
                zip.GetEntry(name)!.Delete();
                using var stream = zip.CreateEntry(name).Open();
                document.Save(stream);
            }
        }

        return copy.ToArray();
    }
}
