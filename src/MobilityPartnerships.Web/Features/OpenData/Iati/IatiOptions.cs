using System.ComponentModel.DataAnnotations;

namespace MobilityPartnerships.Web.Features.OpenData.Iati;

/// <summary>
/// Settings under <c>OpenData:Iati</c>: the organisation named as reporting every activity of the IATI export.
/// The defaults name the Commission's Directorate-General for International Partnerships, which publishes the
/// Union's migration and mobility programmes to IATI; a deployment that publishes under another identifier sets its own.
/// </summary>
public sealed class IatiOptions
{
    public const string Section = "OpenData:Iati";

    /// <summary>
    /// The reporting organisation's IATI organisation identifier, <c>{registration agency}-{number}</c>. It prefixes
    /// every activity identifier, so it holds none of the characters IATI forbids there (<c>/ &amp; | ?</c>, spaces).
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$")]
    public string ReportingOrganisationRef { get; set; } = "XI-IATI-EC_INTPA";

    [Required]
    [StringLength(200, MinimumLength = 1)]
    public string ReportingOrganisationName { get; set; } = "European Commission - International Partnerships";

    /// <summary>
    /// The IATI OrganisationType code of the reporting organisation; 15 (Other Public Sector) is how the
    /// Commission's services report themselves.
    /// </summary>
    [Range(10, 90)]
    public int ReportingOrganisationType { get; set; } = 15;
}
