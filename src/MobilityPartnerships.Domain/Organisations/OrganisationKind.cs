namespace MobilityPartnerships.Domain.Organisations;

public enum OrganisationKind
{
    MemberState,
    EuInstitution,
    EuAgency,
    ThirdCountry,
    InternationalOrganisation,
    NationalAgency,
    Ngo,
}
