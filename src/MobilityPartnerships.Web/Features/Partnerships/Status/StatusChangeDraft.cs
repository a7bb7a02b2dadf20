using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Status;

/// <summary>A step in the partnership's life: its new status, from when, and the document that says so.</summary>
public sealed class StatusChangeDraft
{
    /// <summary>A change out of order shows at its date, one to the status the partnership has at the status; the other refusals above the form.</summary>
    public static RuleFields Refusals { get; } = RuleFields.Of(("partnership.status.out-of-order", nameof(On)), ("partnership.status.unchanged", nameof(Status)));

    public PartnershipStatus? Status { get; set; }

    public DateOnly? On { get; set; }

    public DatePrecision Precision { get; set; } = DatePrecision.Day;

    public string? Source { get; set; }
}
