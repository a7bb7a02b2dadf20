using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.OpenData.Iati;

/// <summary>The scoreboard's words translated into IATI codes, each choice with its reason.</summary>
internal static class IatiCodes
{
    /// <summary>Sector vocabulary 1: OECD DAC 5-digit purpose codes.</summary>
    public const string DacVocabulary = "1";

    /// <summary>Sector and tag vocabulary 99: the reporting organisation's own.</summary>
    public const string OwnVocabulary = "99";

    /// <summary>
    /// DAC 15190 "Facilitation of orderly, safe, regular and responsible migration and mobility" covers every pillar
    /// of the Global Approach: its definition names migration policy and labour recruitment (legal migration),
    /// diaspora, remittances, return and reintegration (migration and development), border management, smuggling and
    /// trafficking (illegal migration), and "strategies to ensure international protection and the right to asylum".
    /// 72010 (material relief) is only for humanitarian help to refugees, which a partnership's initiatives are not.
    /// </summary>
    public static string DacSectorOf(Pillar pillar) => pillar switch
    {
        Pillar.LegalMigration => "15190",
        Pillar.MigrationAndDevelopment => "15190",
        Pillar.IllegalMigration => "15190",
        Pillar.InternationalProtectionAndAsylum => "15190",
        _ => throw new ArgumentOutOfRangeException(nameof(pillar), pillar, "No DAC sector is chosen for this pillar."),
    };

    /// <summary>The pillar's name as the 2009 and 2011 documents give it; the narrative of its own-vocabulary sector.</summary>
    public static string PillarNameOf(Pillar pillar) => pillar switch
    {
        Pillar.LegalMigration => "Legal migration",
        Pillar.MigrationAndDevelopment => "Migration and development",
        Pillar.IllegalMigration => "Illegal migration",
        Pillar.InternationalProtectionAndAsylum => "International protection and asylum",
        _ => throw new ArgumentOutOfRangeException(nameof(pillar), pillar, "The pillar has no name."),
    };

    /// <summary>
    /// Proposed and planned initiatives are in the pipeline (1), ongoing ones in implementation (2). A completed
    /// initiative is closed (4), not in finalisation (3): the scoreboard records no pending financial sign-off.
    /// Cancelled is cancelled (5).
    /// </summary>
    public static IatiActivityStatus StatusOf(InitiativeStatus status) => status switch
    {
        InitiativeStatus.Proposed or InitiativeStatus.Planned => IatiActivityStatus.Pipeline,
        InitiativeStatus.Ongoing => IatiActivityStatus.Implementation,
        InitiativeStatus.Completed => IatiActivityStatus.Closed,
        InitiativeStatus.Cancelled => IatiActivityStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No IATI status is chosen for this status."),
    };

    /// <summary>
    /// States and their national agencies are government (10); EU institutions and agencies are other public sector
    /// (15), as the Commission reports itself; international organisations are multilateral (40). An NGO is
    /// international (21) without a country, based in the partner country (24) when that is its country, else national (22).
    /// </summary>
    public static IatiOrganisationType TypeOf(OrganisationKind kind, string? countryCode, string? partnerCountryCode) => kind switch
    {
        OrganisationKind.MemberState or OrganisationKind.ThirdCountry or OrganisationKind.NationalAgency => IatiOrganisationType.Government,
        OrganisationKind.EuInstitution or OrganisationKind.EuAgency => IatiOrganisationType.OtherPublicSector,
        OrganisationKind.InternationalOrganisation => IatiOrganisationType.Multilateral,
        OrganisationKind.Ngo when countryCode is null => IatiOrganisationType.InternationalNgo,
        OrganisationKind.Ngo when countryCode == partnerCountryCode => IatiOrganisationType.PartnerCountryNgo,
        OrganisationKind.Ngo => IatiOrganisationType.NationalNgo,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No IATI organisation type is chosen for this kind."),
    };
}
