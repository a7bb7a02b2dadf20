namespace MobilityPartnerships.Domain.Initiatives;

/// <summary>An organisation that takes part in, or implements, an initiative.</summary>
public sealed class InitiativePartner
{
    public InitiativePartner(Guid organisationId, PartnerRole role)
    {
        OrganisationId = organisationId;
        Role = role;
    }

    public Guid OrganisationId { get; private set; }

    public PartnerRole Role { get; private set; }
}
