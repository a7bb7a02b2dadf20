using System.Xml;
using System.Xml.Schema;

namespace MobilityPartnerships.IntegrationTests.OpenData;

/// <summary>
/// The official IATI activity schema 2.03, from the folder copied next to the tests: the activity schema, the common
/// schema it includes and <c>xml.xsd</c> it imports, resolved from that folder and nowhere else.
/// </summary>
internal static class IatiSchema
{
    private static readonly Lazy<XmlSchemaSet> Compiled = new(Load);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "OpenData", "iati-2.03");

    public static XmlSchemaSet Set => Compiled.Value;

    /// <summary>Every error and warning of validating the document; an element the schema does not know is one too.</summary>
    public static IReadOnlyList<string> ProblemsOf(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Set,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = new LocalFolderResolver(Folder) };
        set.Add(null, Path.Combine(Folder, "iati-activities-schema.xsd"));
        set.Compile();
        return set;
    }

    /// <summary>Resolves the schemas' includes and imports to files of the folder, so nothing is fetched from the network.</summary>
    private sealed class LocalFolderResolver(string folder) : XmlUrlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            if (!absoluteUri.IsFile || !string.Equals(Path.GetDirectoryName(absoluteUri.LocalPath), folder, StringComparison.Ordinal))
            {
                throw new XmlSchemaException($"The schema refers to {absoluteUri}, outside the copied folder.");
            }

            return base.GetEntity(absoluteUri, role, ofObjectToReturn);
        }
    }
}
