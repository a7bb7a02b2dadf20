using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Opening;

/// <summary>A partnership as it is opened: its name, kind, partner country and where it stands, since when.</summary>
public sealed class NewPartnershipDraft
{
    /// <summary>Refusals about the partner country show at the country, about the status at the status, every other at the name.</summary>
    public static RuleFields Refusals { get; } = RuleFields.Of(
        ("partnership", nameof(Name)),
        ("partnership.partner-country", nameof(PartnerCountryId)),
        ("partnership.status", nameof(Status)));

    public string Name { get; set; } = string.Empty;

    public PartnershipKind Kind { get; set; } = PartnershipKind.MobilityPartnership;

    public Guid? PartnerCountryId { get; set; }

    public PartnershipStatus Status { get; set; } = PartnershipStatus.ExploratoryTalks;

    public DateOnly? Since { get; set; }

    public string? Source { get; set; }
}
