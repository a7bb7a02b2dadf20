using System.IO.Compression;
using System.Text;
using System.Xml;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// Rewrites the XML parts of a workbook the Open XML SDK wrote so that SpreadsheetML is their default namespace
/// (<c>&lt;worksheet xmlns="…"&gt;</c>) rather than a prefix (<c>&lt;x:worksheet xmlns:x="…"&gt;</c>), as Excel and
/// LibreOffice write it. Excel reads both; other readers, exceljs among them, find no sheets in the prefixed form.
/// Every workbook the product writes passes through here once its document is closed.
/// </summary>
public static class SpreadsheetNamespaces
{
    public const string SpreadsheetMl = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>Rewrites the package in <paramref name="package"/> (readable, writable and seekable) from its start, in place.</summary>
    public static void UseDefaultNamespace(Stream package)
    {
        ArgumentNullException.ThrowIfNull(package);
        package.Position = 0;
        using var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !e.FullName.StartsWith('[')).ToList())
        {
            using var rewritten = new MemoryStream();
            using (var source = entry.Open())
            {
                Rewrite(source, rewritten);
            }

            rewritten.Position = 0;
            using var target = entry.Open();
            target.SetLength(0);
            rewritten.CopyTo(target);
        }
    }

    private static void Rewrite(Stream source, Stream destination)
    {
        using var reader = XmlReader.Create(source, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        using var writer = XmlWriter.Create(destination, WriterSettings);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.XmlDeclaration:
                    writer.WriteStartDocument();
                    break;
                case XmlNodeType.Element:
                    var empty = reader.IsEmptyElement;
                    writer.WriteStartElement(reader.NamespaceURI == SpreadsheetMl ? string.Empty : reader.Prefix, reader.LocalName, reader.NamespaceURI);
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            // The prefix's own declaration goes; the writer declares the default namespace where it is used.
                            if (reader.Prefix == "xmlns" && reader.Value == SpreadsheetMl)
                            {
                                continue;
                            }

                            writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value);
                        }
                        while (reader.MoveToNextAttribute());

                        reader.MoveToElement();
                    }

                    if (empty)
                    {
                        writer.WriteEndElement();
                    }

                    break;
                case XmlNodeType.EndElement:
                    writer.WriteFullEndElement();
                    break;
                case XmlNodeType.Text:
                    writer.WriteString(reader.Value);
                    break;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    writer.WriteWhitespace(reader.Value);
                    break;
                case XmlNodeType.CDATA:
                    writer.WriteCData(reader.Value);
                    break;
                case XmlNodeType.ProcessingInstruction:
                    writer.WriteProcessingInstruction(reader.Name, reader.Value);
                    break;
                case XmlNodeType.Comment:
                    writer.WriteComment(reader.Value);
                    break;
            }
        }
    }
}
