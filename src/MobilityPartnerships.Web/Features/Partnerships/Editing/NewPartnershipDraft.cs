using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Web.Features.Partnerships.Editing;

/// <summary>A partnership as it is opened: its name, kind, partner country and where it stands, since when.</summary>
public sealed class NewPartnershipDraft
{
    public string Name { get; set; } = string.Empty;

    public PartnershipKind Kind { get; set; } = PartnershipKind.MobilityPartnership;

    public Guid? PartnerCountryId { get; set; }

    public PartnershipStatus Status { get; set; } = PartnershipStatus.ExploratoryTalks;

    public DateOnly? Since { get; set; }

    public string? Source { get; set; }
}
