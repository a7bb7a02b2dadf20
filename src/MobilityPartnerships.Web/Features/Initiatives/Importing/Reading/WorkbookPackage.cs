using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>
/// Checks the relationships of an .xlsx package before it is opened, as other programs leave them: one to a part the
/// file lacks is dropped when the reader does not need that part (a theme, a calculation chain, printer settings),
/// and is a message naming the part when it does (the workbook, a sheet, the texts of its cells, its formats).
/// </summary>
internal static class WorkbookPackage
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The content to open (the same bytes, or a copy without dangling relationships), or the refusal naming a missing part.</summary>
    public static (byte[] Content, string? Refusal) Check(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
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
                    if (Needed((string?)relationship.Attribute("Type")) is { } what)
                    {
                        var name = what == Sheet ? SheetName(zip, rels.FullName, (string?)relationship.Attribute("Id")) : null;
                        return (content, ImportMessages.PartMissing(target, name is null ? what : $"the sheet \"{name}\""));
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

    private const string Sheet = "a sheet";

    /// <summary>What the reader needs a relationship's part for; null when it does not need it.</summary>
    private static string? Needed(string? type) => type?[(type.LastIndexOf('/') + 1)..] switch
    {
        "officeDocument" => "the workbook's main part",
        "worksheet" => Sheet,
        "sharedStrings" => "the part holding the texts of its cells",
        "styles" => "the part holding the formats of its cells",
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
