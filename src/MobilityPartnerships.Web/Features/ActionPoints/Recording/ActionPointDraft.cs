using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.ActionPoints.Recording;

/// <summary>An action point as the focal point records it: what, who (an organisation, a person, an account, or several of these), by when.</summary>
public sealed class ActionPointDraft
{
    /// <summary>
    /// Where the domain's refusals of an action point show. "action-point.owner.required" (no owner at all) shows at
    /// the organisation; the other "action-point.owner" refusals are of the owner's name, and show at the name.
    /// </summary>
    public static RuleFields Fields { get; } = RuleFields.Of(
        ("action-point.due-before-meeting", nameof(DueOn)),
        ("action-point.due", nameof(DueOn)),
        ("action-point.text", nameof(Text)),
        ("action-point.owner.required", nameof(OwnerOrganisationId)),
        ("action-point.owner", nameof(OwnerPerson)));

    public string Text { get; set; } = string.Empty;

    public Guid? OwnerOrganisationId { get; set; }

    public string? OwnerPerson { get; set; }

    /// <summary>The owner's account, when they have one: the point is then on their own page and they may mark it done.</summary>
    public Guid? OwnerAccountId { get; set; }

    public DateOnly? DueOn { get; set; }
}
