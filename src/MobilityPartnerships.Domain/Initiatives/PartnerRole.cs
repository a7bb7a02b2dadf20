namespace MobilityPartnerships.Domain.Initiatives;

public enum PartnerRole
{
    Participating,
    Implementing,
}
