using System.Globalization;
using System.Text;
using System.Xml;

namespace MobilityPartnerships.Web.Features.OpenData.Iati;

/// <summary>
/// Writes IATI activities as an <c>iati-activities</c> document of version 2.03, straight to the stream without
/// building it in memory first. Elements follow the order of the schema's sequence; every narrative is in English,
/// the language the activity declares, and every amount in euro, its default currency. A character XML cannot hold (a
/// control character, such as the vertical tab a spreadsheet cell's line break leaves) becomes a space.
/// </summary>
public static class IatiXmlWriter
{
    public const string Version = "2.03";

    private const string Language = "en";
    private const string Currency = "EUR";

    private static readonly XmlWriterSettings Settings = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
    };

    public static async Task WriteAsync(Stream output, IatiActivities document, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        await using var xml = XmlWriter.Create(output, Settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "iati-activities", null);
        await xml.WriteAttributeStringAsync(null, "version", null, Version);
        await xml.WriteAttributeStringAsync(null, "generated-datetime", null, DateTime(generatedAt));
        if (document.LeftOutWithoutStart + document.LeftOutWithoutOrganisation > 0)
        {
            await xml.WriteCommentAsync(string.Create(
                CultureInfo.InvariantCulture,
                $" Left out, as IATI cannot take them: {document.LeftOutWithoutStart} {(document.LeftOutWithoutStart == 1 ? "initiative" : "initiatives")} without a known start month, {document.LeftOutWithoutOrganisation} without any organisation recorded. "));
        }

        foreach (var activity in document.Activities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteActivityAsync(xml, document.ReportingOrganisation, activity);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task WriteActivityAsync(XmlWriter xml, IatiReportingOrganisation reporting, IatiActivity activity)
    {
        await xml.WriteStartElementAsync(null, "iati-activity", null);
        if (activity.LastUpdated is { } updated)
        {
            await xml.WriteAttributeStringAsync(null, "last-updated-datetime", null, DateTime(updated));
        }

        await xml.WriteAttributeStringAsync("xml", "lang", null, Language);
        await xml.WriteAttributeStringAsync(null, "default-currency", null, Currency);

        await xml.WriteElementStringAsync(null, "iati-identifier", null, Text(activity.Identifier));

        await xml.WriteStartElementAsync(null, "reporting-org", null);
        await xml.WriteAttributeStringAsync(null, "ref", null, reporting.Ref);
        await xml.WriteAttributeStringAsync(null, "type", null, Code(reporting.Type));
        await xml.WriteAttributeStringAsync(null, "secondary-reporter", null, activity.SecondaryReporter ? "1" : "0");
        await NarrativeAsync(xml, reporting.Name);
        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync(null, "title", null);
        await NarrativeAsync(xml, activity.Title);
        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync(null, "description", null);
        await xml.WriteAttributeStringAsync(null, "type", null, "1");
        await NarrativeAsync(xml, activity.Description);
        await xml.WriteEndElementAsync();

        foreach (var organisation in activity.ParticipatingOrganisations)
        {
            await xml.WriteStartElementAsync(null, "participating-org", null);
            if (organisation.Ref is { } reference)
            {
                await xml.WriteAttributeStringAsync(null, "ref", null, reference);
            }

            await xml.WriteAttributeStringAsync(null, "type", null, Code(organisation.Type));
            await xml.WriteAttributeStringAsync(null, "role", null, Code((int)organisation.Role));
            await NarrativeAsync(xml, organisation.Name);
            await xml.WriteEndElementAsync();
        }

        await EmptyAsync(xml, "activity-status", ("code", Code((int)activity.Status)));
        await EmptyAsync(xml, "activity-date", ("type", "1"), ("iso-date", Date(activity.PlannedStart)));
        if (activity.PlannedEnd is { } end)
        {
            await EmptyAsync(xml, "activity-date", ("type", "3"), ("iso-date", Date(end)));
        }

        if (activity.RecipientCountry is { } country)
        {
            await xml.WriteStartElementAsync(null, "recipient-country", null);
            await xml.WriteAttributeStringAsync(null, "code", null, country.Code);
            await xml.WriteAttributeStringAsync(null, "percentage", null, "100");
            await NarrativeAsync(xml, country.Name);
            await xml.WriteEndElementAsync();
        }

        if (activity.Location is { } location)
        {
            await xml.WriteStartElementAsync(null, "location", null);
            await xml.WriteStartElementAsync(null, "name", null);
            await NarrativeAsync(xml, location);
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }

        foreach (var sector in activity.Sectors)
        {
            await xml.WriteStartElementAsync(null, "sector", null);
            await xml.WriteAttributeStringAsync(null, "vocabulary", null, sector.Vocabulary);
            await xml.WriteAttributeStringAsync(null, "code", null, sector.Code);
            await xml.WriteAttributeStringAsync(null, "percentage", null, XmlConvert.ToString(sector.Percentage));
            if (sector.Narrative is { } narrative)
            {
                await NarrativeAsync(xml, narrative);
            }

            await xml.WriteEndElementAsync();
        }

        foreach (var tag in activity.Tags)
        {
            await xml.WriteStartElementAsync(null, "tag", null);
            await xml.WriteAttributeStringAsync(null, "vocabulary", null, tag.Vocabulary);
            await xml.WriteAttributeStringAsync(null, "code", null, tag.Code);
            await NarrativeAsync(xml, tag.Narrative);
            await xml.WriteEndElementAsync();
        }

        foreach (var budget in activity.Budgets)
        {
            await xml.WriteStartElementAsync(null, "budget", null);
            await xml.WriteAttributeStringAsync(null, "type", null, "1");
            await xml.WriteAttributeStringAsync(null, "status", null, Code((int)budget.Status));
            await EmptyAsync(xml, "period-start", ("iso-date", Date(budget.PeriodStart)));
            await EmptyAsync(xml, "period-end", ("iso-date", Date(budget.PeriodEnd)));
            await xml.WriteStartElementAsync(null, "value", null);
            await xml.WriteAttributeStringAsync(null, "currency", null, Currency);
            await xml.WriteAttributeStringAsync(null, "value-date", null, Date(budget.PeriodStart));
            await xml.WriteStringAsync(XmlConvert.ToString(budget.Value));
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task NarrativeAsync(XmlWriter xml, string text) =>
        await xml.WriteElementStringAsync(null, "narrative", null, Text(text));

    private static string Text(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : ' ');
            }
        }

        return clean.ToString();
    }

    private static async Task EmptyAsync(XmlWriter xml, string element, params (string Name, string Value)[] attributes)
    {
        await xml.WriteStartElementAsync(null, element, null);
        foreach (var (name, value) in attributes)
        {
            await xml.WriteAttributeStringAsync(null, name, null, value);
        }

        await xml.WriteEndElementAsync();
    }

    private static string Code(int code) => code.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DateTime(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
