namespace MobilityPartnerships.Web.Features.OpenData.Iati;

/// <summary>
/// A partnership's open data as IATI activities: one per initiative that may be published, with the counts of
/// publishable initiatives IATI cannot take: those without a known start month (IATI needs a start date) and those
/// with no lead, partner, service or funder recorded (IATI needs a participating organisation). Initiatives not to be
/// shared and archived ones are neither listed nor counted.
/// </summary>
public sealed record IatiActivities(
    string PartnershipName,
    string FileName,
    IatiReportingOrganisation ReportingOrganisation,
    IReadOnlyList<IatiActivity> Activities,
    int LeftOutWithoutStart,
    int LeftOutWithoutOrganisation);

/// <summary>The organisation that reports every activity of the file, as configured.</summary>
public sealed record IatiReportingOrganisation(string Ref, string Name, int Type);
