using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Signature;

/// <summary>The signature of the joint declaration.</summary>
public sealed class SignatureDraft
{
    /// <summary>A date the domain refuses (not the first of its month, before the previous step) shows at the date; the other refusals above the form.</summary>
    public static RuleFields Refusals { get; } = RuleFields.Of(
        ("partnership.signature.month-not-first-day", nameof(SignedOn)),
        ("partnership.status.out-of-order", nameof(SignedOn)));

    public DateOnly? SignedOn { get; set; }

    public DatePrecision Precision { get; set; } = DatePrecision.Day;

    public string? Source { get; set; }
}
