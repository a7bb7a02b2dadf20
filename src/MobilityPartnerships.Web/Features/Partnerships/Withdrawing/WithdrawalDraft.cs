using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Withdrawing;

/// <summary>A participant leaving the partnership.</summary>
public sealed class WithdrawalDraft
{
    /// <summary>A withdrawal before joining shows at its date; one by an organisation that does not take part above the form.</summary>
    public static RuleFields Refusals { get; } = RuleFields.Of(("participant.withdrawal.before-joining", nameof(LeftOn)));

    public Guid OrganisationId { get; set; }

    public DateOnly? LeftOn { get; set; }
}
