using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Domain.Tests;

/// <summary>Organisations and partnerships from the 2008–2010 mobility partnerships, built fresh for each test.</summary>
internal static class Known
{
    /// <summary>The Moldova and Cape Verde joint declarations were signed on 5 June 2008.</summary>
    public static readonly DateOnly JointDeclarationsSigned = new(2008, 6, 5);

    /// <summary>Days counted in UTC: moments at UTC times whose day is the same everywhere the tests mean it.</summary>
    public static readonly DayCalendar Utc = new(TimeZoneInfo.Utc);

    /// <summary>Days as the product's users count them by default.</summary>
    public static readonly DayCalendar Brussels = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));

    public static Organisation CapeVerde() => Organisation.Create("Republic of Cabo Verde", "Cape Verde", OrganisationKind.ThirdCountry, "CV");

    public static Organisation Moldova() => Organisation.Create("Republic of Moldova", "Moldova", OrganisationKind.ThirdCountry, "MD");

    public static Organisation Senegal() => Organisation.Create("Republic of Senegal", "Senegal", OrganisationKind.ThirdCountry, "SN");

    public static Organisation France() => Organisation.MemberState("France", "FR", new DateOnly(1958, 1, 1), null);

    public static Organisation Portugal() => Organisation.MemberState("Portugal", "PT", new DateOnly(1986, 1, 1), null);

    public static Organisation Netherlands() => Organisation.MemberState("Netherlands", "NL", new DateOnly(1958, 1, 1), null);

    public static Organisation UnitedKingdom() => Organisation.MemberState("United Kingdom", "GB", new DateOnly(1973, 1, 1), new DateOnly(2020, 1, 31));

    public static Organisation Croatia() => Organisation.MemberState("Croatia", "HR", new DateOnly(2013, 7, 1), null);

    public static Organisation Frontex() => Organisation.Create("European Border and Coast Guard Agency", "Frontex", OrganisationKind.EuAgency);

    public static Organisation Iom() => Organisation.Create("International Organization for Migration", "IOM", OrganisationKind.InternationalOrganisation);

    public static Partnership UnsignedMobilityPartnership(Organisation? partnerCountry = null) =>
        Partnership.Open("EU–Cape Verde mobility partnership", PartnershipKind.MobilityPartnership, partnerCountry ?? CapeVerde(), PartnershipStatus.Negotiation, new DateOnly(2008, 1, 15));

    public static Partnership SignedMobilityPartnership(DateOnly? signedOn = null)
    {
        var partnership = UnsignedMobilityPartnership();
        partnership.RecordSignature(signedOn ?? JointDeclarationsSigned);
        return partnership;
    }
}
