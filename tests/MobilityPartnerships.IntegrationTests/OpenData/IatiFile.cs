using System.Security.Claims;
using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Features.OpenData.Iati;

namespace MobilityPartnerships.IntegrationTests.OpenData;

/// <summary>A partnership's IATI export as one user gets it: the handler's answer and the XML it writes.</summary>
internal sealed record IatiFile(IatiActivities Export, string Xml)
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 24, 9, 30, 15, TimeSpan.Zero);

    public XDocument Document => XDocument.Parse(Xml);

    public IReadOnlyList<ActivityView> Activities => [.. Document.Root!.Elements("iati-activity").Select(ActivityView.Of)];

    public ActivityView Activity(string identifier) => Activities.Single(a => a.Identifier == identifier);

    /// <summary>The export of the partnership for the user; null when they may not see the partnership.</summary>
    public static async Task<IatiFile?> ExportAsync(DatabaseFixture fixture, ClaimsPrincipal user, Guid partnershipId)
    {
        await using var scope = fixture.As(user);
        var export = await scope.ServiceProvider.GetRequiredService<ExportIatiActivities>().ExecuteAsync(partnershipId, TestContext.Current.CancellationToken);
        if (export is null)
        {
            return null;
        }

        using var stream = new MemoryStream();
        await IatiXmlWriter.WriteAsync(stream, export, GeneratedAt, TestContext.Current.CancellationToken);
        return new IatiFile(export, Encoding.UTF8.GetString(stream.ToArray()));
    }
}

/// <summary>What the tests read of an <c>iati-activity</c> element, attribute by attribute as written.</summary>
internal sealed record ActivityView(
    string Identifier,
    string? LastUpdated,
    string? Language,
    string? DefaultCurrency,
    (string? Ref, string? Type, string? Secondary, string Name) ReportingOrg,
    string Title,
    string Description,
    IReadOnlyList<OrganisationView> Organisations,
    string? Status,
    IReadOnlyList<(string? Type, string? Date)> Dates,
    IReadOnlyList<(string? Code, string? Percentage, string Name)> RecipientCountries,
    IReadOnlyList<string> Locations,
    IReadOnlyList<SectorView> Sectors,
    IReadOnlyList<(string? Vocabulary, string? Code, string Name)> Tags,
    IReadOnlyList<BudgetView> Budgets)
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    public static ActivityView Of(XElement activity)
    {
        var reporting = activity.Element("reporting-org")!;
        return new ActivityView(
            activity.Element("iati-identifier")!.Value,
            (string?)activity.Attribute("last-updated-datetime"),
            (string?)activity.Attribute(Xml + "lang"),
            (string?)activity.Attribute("default-currency"),
            ((string?)reporting.Attribute("ref"), (string?)reporting.Attribute("type"), (string?)reporting.Attribute("secondary-reporter"), Narrative(reporting)),
            Narrative(activity.Element("title")!),
            Narrative(activity.Element("description")!),
            [.. activity.Elements("participating-org").Select(o => new OrganisationView((string?)o.Attribute("role"), (string?)o.Attribute("ref"), (string?)o.Attribute("type"), Narrative(o)))],
            (string?)activity.Element("activity-status")?.Attribute("code"),
            [.. activity.Elements("activity-date").Select(d => ((string?)d.Attribute("type"), (string?)d.Attribute("iso-date")))],
            [.. activity.Elements("recipient-country").Select(c => ((string?)c.Attribute("code"), (string?)c.Attribute("percentage"), Narrative(c)))],
            [.. activity.Elements("location").Select(l => Narrative(l.Element("name")!))],
            [.. activity.Elements("sector").Select(s => new SectorView((string?)s.Attribute("vocabulary"), (string?)s.Attribute("code"), (string?)s.Attribute("percentage"), s.Element("narrative")?.Value))],
            [.. activity.Elements("tag").Select(t => ((string?)t.Attribute("vocabulary"), (string?)t.Attribute("code"), Narrative(t)))],
            [.. activity.Elements("budget").Select(BudgetView.Of)]);
    }

    private static string Narrative(XElement element) => string.Join(" | ", element.Elements("narrative").Select(n => n.Value));
}

internal sealed record OrganisationView(string? Role, string? Ref, string? Type, string Name);

internal sealed record SectorView(string? Vocabulary, string? Code, string? Percentage, string? Narrative);

internal sealed record BudgetView(string? Type, string? Status, string? PeriodStart, string? PeriodEnd, string Value, string? Currency, string? ValueDate)
{
    public static BudgetView Of(XElement budget)
    {
        var value = budget.Element("value")!;
        return new BudgetView(
            (string?)budget.Attribute("type"),
            (string?)budget.Attribute("status"),
            (string?)budget.Element("period-start")?.Attribute("iso-date"),
            (string?)budget.Element("period-end")?.Attribute("iso-date"),
            value.Value,
            (string?)value.Attribute("currency"),
            (string?)value.Attribute("value-date"));
    }
}
