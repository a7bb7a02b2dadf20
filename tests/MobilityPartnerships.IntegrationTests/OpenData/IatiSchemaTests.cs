using System.Xml.Schema;

namespace MobilityPartnerships.IntegrationTests.OpenData;

/// <summary>The schema the export is checked against is the official 2.03 one, whole, and it does catch a misplaced element.</summary>
public sealed class IatiSchemaTests
{
    [Fact]
    public void The_activity_schema_203_is_loaded_with_the_common_schema_and_xml_xsd_from_the_copied_folder()
    {
        var schemas = IatiSchema.Set.Schemas().Cast<XmlSchema>().ToList();

        var activities = Assert.Single(schemas, s => s.SourceUri!.EndsWith("/iati-activities-schema.xsd", StringComparison.Ordinal));
        Assert.Equal("2.03", activities.Version);
        Assert.Contains(activities.Includes.OfType<XmlSchemaInclude>(), i => i.SchemaLocation == "iati-common.xsd" && i.Schema is not null);
        Assert.Contains(schemas, s => s.TargetNamespace == "http://www.w3.org/XML/1998/namespace" && s.SourceUri!.EndsWith("/xml.xsd", StringComparison.Ordinal));
        Assert.All(schemas, s => Assert.StartsWith(new Uri(IatiSchema.Folder).AbsoluteUri, s.SourceUri, StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_with_its_elements_out_of_the_schema_order_is_refused()
    {
        const string Valid = """
            <iati-activities version="2.03">
              <iati-activity xml:lang="en" default-currency="EUR">
                <iati-identifier>XI-IATI-EC_INTPA-1</iati-identifier>
                <reporting-org ref="XI-IATI-EC_INTPA" type="15"><narrative>EC</narrative></reporting-org>
                <title><narrative>A title</narrative></title>
                <description><narrative>A description</narrative></description>
                <participating-org role="1" type="15"><narrative>EC</narrative></participating-org>
                <activity-status code="2"/>
                <activity-date type="1" iso-date="2010-01-01"/>
              </iati-activity>
            </iati-activities>
            """;
        var misplaced = Valid.Replace("""<activity-status code="2"/>""", string.Empty, StringComparison.Ordinal)
            .Replace("""<title>""", """<activity-status code="2"/><title>""", StringComparison.Ordinal);

        Assert.Empty(IatiSchema.ProblemsOf(Valid));
        Assert.NotEmpty(IatiSchema.ProblemsOf(misplaced));
        Assert.NotEmpty(IatiSchema.ProblemsOf(Valid.Replace("<activity-date type=\"1\" iso-date=\"2010-01-01\"/>", string.Empty, StringComparison.Ordinal)));
    }
}
