namespace MobilityPartnerships.Web.Features.Meetings.ActionPoints;

/// <summary>An action point as the focal point records it: what, who (an organisation, a person, or both), by when.</summary>
public sealed class ActionPointDraft
{
    public string Text { get; set; } = string.Empty;

    public Guid? OwnerOrganisationId { get; set; }

    public string? OwnerPerson { get; set; }

    public DateOnly? DueOn { get; set; }
}
