using System.Globalization;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Values;

/// <summary>
/// The sixteen projects of Annex II of the 2007 Commission communication on circular migration (seed
/// 003), cell by cell as the annex writes them: titles with their codes, periods, budgets, responsible
/// services and implementing partners.
/// </summary>
public sealed class AnnexTwoProjectsTests
{
    private static readonly Dictionary<string, KnownOrganisation> Services = new()
    {
        ["JLS"] = new(Guid.Parse("00000000-0000-0000-0000-000000000001"), "Directorate-General for Justice, Liberty and Security", "JLS"),
        ["EuropeAid"] = new(Guid.Parse("00000000-0000-0000-0000-000000000002"), "EuropeAid Co-operation Office", "AIDCO"),
        ["Morocco"] = new(Guid.Parse("00000000-0000-0000-0000-000000000003"), "EU Delegation to Morocco", null),
        ["Ukraine"] = new(Guid.Parse("00000000-0000-0000-0000-000000000004"), "EU Delegation to Ukraine", null),
        ["Mali"] = new(Guid.Parse("00000000-0000-0000-0000-000000000005"), "EU Delegation to Mali", null),
    };

    private static readonly Dictionary<string, KnownOrganisation> Implementers = new()
    {
        ["IOM"] = new(Guid.Parse("00000000-0000-0000-0000-000000000011"), "International Organization for Migration", "IOM"),
        ["ILO"] = new(Guid.Parse("00000000-0000-0000-0000-000000000012"), "International Labour Organization", "ILO"),
        ["AFD"] = new(Guid.Parse("00000000-0000-0000-0000-000000000013"), "Agence Française de Développement", "AFD"),
        ["COOPI"] = new(Guid.Parse("00000000-0000-0000-0000-000000000014"), "Cooperazione Internazionale", "COOPI"),
    };

    public static TheoryData<string, string, string?> Titles => new()
    {
        {
            "Promoting regular migration in the Western Balkans through establishment of regional migrant service centres providing information and migration related services” (2003/HLWG/051)",
            "Promoting regular migration in the Western Balkans through establishment of regional migrant service centres providing information and migration related services",
            "2003/HLWG/051"
        },
        { "Programme de gestion intégral de l'immigration saisonnière (2005/103564)", "Programme de gestion intégral de l'immigration saisonnière", "2005/103564" },
        { "An integrated approach to promoting legal migration through national capacity building (2005/103475)", "An integrated approach to promoting legal migration through national capacity building", "2005/103475" },
        { "MESURE - Migrations en Sécurité (2006/120-093)", "MESURE - Migrations en Sécurité", "2006/120-093" },
        { "Sharing learning for a better migration life (2006/120-199)", "Sharing learning for a better migration life", "2006/120-199" },
        {
            "Temporary and circular labour migration (TCLM) between Colombia and Spain: a model for consolidation and replication (2006/120-237)",
            "Temporary and circular labour migration (TCLM) between Colombia and Spain: a model for consolidation and replication",
            "2006/120-237"
        },
        {
            "Lutte contre l'immigration illégale et la traite des êtres humains à travers la participation des familles victimes de l'émigration clandestine, des associations organisées de la société civile et des institutions locales (2006/120-280)",
            "Lutte contre l'immigration illégale et la traite des êtres humains à travers la participation des familles victimes de l'émigration clandestine, des associations organisées de la société civile et des institutions locales",
            "2006/120-280"
        },
        { "Support to the movement of people (MED/2003/5725)", "Support to the movement of people", "MED/2003/5725" },
        { "Capacity building of Migration management: Ukraine (2004/096-462 )", "Capacity building of Migration management: Ukraine", "2004/096-462" },
        { "Management of labour migration as an instrument for development (2002/HLWG/41)", "Management of labour migration as an instrument for development", "2002/HLWG/41" },
        { "Asian Programme of the Governance of Labour Migration (2005/103503)", "Asian Programme of the Governance of Labour Migration", "2005/103503" },
        {
            "Towards sustainable partnerships for the effective governance of labour migration in the Russian Federation, the Caucasus and Central Asia (2006/120-072)",
            "Towards sustainable partnerships for the effective governance of labour migration in the Russian Federation, the Caucasus and Central Asia",
            "2006/120-072"
        },
        { "Migration information and management centre", "Migration information and management centre", null },
        {
            "Programme to support entrepreneurs of Moroccan origin in Europe in setting up sustainable economic activities in Morocco (2001/HLWG/119)",
            "Programme to support entrepreneurs of Moroccan origin in Europe in setting up sustainable economic activities in Morocco",
            "2001/HLWG/119"
        },
        { "Co-development Program in Morocco (2001/HLWG/117)", "Co-development Program in Morocco", "2001/HLWG/117" },
        {
            "The Moroccan migrant in Italy as development and innovation agent in his/her community of origin: a pilot project in the Northern Province of Morocco (2002/HLWG/023)",
            "The Moroccan migrant in Italy as development and innovation agent in his/her community of origin: a pilot project in the Northern Province of Morocco",
            "2002/HLWG/023"
        },
    };

    public static TheoryData<string, string?, string?> Periods => new()
    {
        { "December 2004 – June 2006", "2004-12", "2006-06" },
        { "January 2006 – June 2008", "2006-01", "2008-06" },
        { "January 2006 – December 2007", "2006-01", "2007-12" },
        { "December 2006 – May 2009", "2006-12", "2009-05" },
        { "December 2006 – May 2008", "2006-12", "2008-05" },
        { "January 2007 – December 2008", "2007-01", "2008-12" },
        { "March 2007 – February 2010", "2007-03", "2010-02" },
        { "January 2005 – December 2008", "2005-01", "2008-12" },
        { "March 2005 – December 2007", "2005-03", "2007-12" },
        { "March 2004 – February 2006", "2004-03", "2006-02" },
        { "January 2006 – December 2008", "2006-01", "2008-12" },
        { "December 2006 – December 2009", "2006-12", "2009-12" },
        { "To be determined", null, null },
        { "December 2001- January 2004", "2001-12", "2004-01" },
        { "May 2003 - May 2007", "2003-05", "2007-05" },
        { "May 2003 – April 2005", "2003-05", "2005-04" },
    };

    public static TheoryData<string, string?, string?> Budgets => new()
    {
        { "€815.119,64,EU grant: €652.095,71", "815119.64", "652095.71" },
        { "€1.495.000 / €1.196.000", "1495000", "1196000" },
        { "€971.747,- / €777.397,-", "971747", "777397" },
        { "€1.718.465,95 / €1.374.772,76", "1718465.95", "1374772.76" },
        { "€649.166,50 / €519.333,20", "649166.50", "519333.20" },
        { "€625.046,85 / €500.037,48", "625046.85", "500037.48" },
        { "€1.081.779,95 / €865.423,96", "1081779.95", "865423.96" },
        { "€7.736.000 / €5.000.000,-", "7736000", "5000000" },
        { "€4.204.672,-/ €3.781.505,-", "4204672", "3781505" },
        { "€1.957.011,16 / €1.442.407,16", "1957011.16", "1442407.16" },
        { "€2.447.840 / €1.955.335", "2447840", "1955335" },
        { "€2.433.508 / €1.945.105", "2433508", "1945105" },
        { "To be determined", null, null },
        { "€553.073,00 / €448.291", "553073.00", "448291" },
        { "€3.810.000 / €1.500.000", "3810000", "1500000" },
        { "€1.084.906,17 / €867.924,94", "1084906.17", "867924.94" },
    };

    /// <summary>The responsible service of each project, and whether the name is certain or the user confirms it.</summary>
    public static TheoryData<string, string, bool> ResponsibleServices => new()
    {
        { "JLS", "JLS", true },
        { "EuropeAid", "EuropeAid", false },
        { "Del Morocco", "Morocco", false },
        { "DEL Ukraine", "Ukraine", false },
        { "DG JLS", "JLS", false },
        { "Del Mali", "Mali", false },
    };

    public static TheoryData<string, string?, bool> ImplementingPartners => new()
    {
        { "Organisation for Migration (IOM)", "IOM", false },
        { "Municipality of Cartaya", null, false },
        { "IOM - International Organization for Migration", "IOM", true },
        { "Associazione per la Cooperazione Transregionale Locale ed Europea", null, false },
        { "Direzione Generale dell'Immigrazione - Ministero del Lavoro e delle Politiche Sociali – Repubblica Italiana", null, false },
        { "IOM – International Organization for Migration", "IOM", true },
        { "Movimento Laici America Latina Onlus", null, false },
        { "Agence Nationale pour l'Emploi", null, false },
        { "IOM – International Organisation for Migration", "IOM", false },
        { "ILO - International Labour Organization", "ILO", true },
        { "ILO", "ILO", true },
        { "Stichting Intent", null, false },
        { "Agence Française de Développement (AFD)", "AFD", true },
        { "Cooperazione Internazionale (COOPI)", "COOPI", true },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void Titles_give_up_their_reference_codes(string cell, string title, string? code)
    {
        Assert.Equal(new TitleAndReferenceCode(title, code), ReferenceCodeInTitle.Split(cell));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Periods_are_read_to_the_month(string cell, string? start, string? end)
    {
        PeriodReading expected = start is null
            ? new PeriodReading.ToBeDetermined()
            : new PeriodReading.Period(Month(start), Month(end!), null, null);

        Assert.Equal(expected, PeriodText.Read(cell));
    }

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Budgets_are_read_to_the_cent(string cell, string? total, string? eu)
    {
        var expected = total is null
            ? new BudgetReading(new MoneyReading.ToBeDetermined(), new MoneyReading.ToBeDetermined())
            : new BudgetReading(Amount(total), Amount(eu!));

        Assert.Equal(expected, BudgetText.Read(cell));
    }

    [Theory]
    [MemberData(nameof(ResponsibleServices))]
    public void Responsible_services_match_the_known_services(string cell, string service, bool certain)
    {
        var match = new OrganisationMatcher(Services.Values).Match(cell);

        var id = Services[service].Id;
        if (certain)
        {
            Assert.Equal(new OrganisationMatch.Exact(id), match);
        }
        else
        {
            Assert.Equal(id, Assert.IsType<OrganisationMatch.Close>(match).Candidates[0].Id);
        }
    }

    [Theory]
    [MemberData(nameof(ImplementingPartners))]
    public void Implementing_partners_match_the_known_organisations(string cell, string? organisation, bool certain)
    {
        var match = new OrganisationMatcher(Implementers.Values).Match(cell);

        if (organisation is null)
        {
            Assert.IsType<OrganisationMatch.NoMatch>(match);
        }
        else if (certain)
        {
            Assert.Equal(new OrganisationMatch.Exact(Implementers[organisation].Id), match);
        }
        else
        {
            Assert.Equal(Implementers[organisation].Id, Assert.IsType<OrganisationMatch.Close>(match).Candidates[0].Id);
        }
    }

    [Fact]
    public void The_project_still_to_be_set_up_has_its_implementing_partner_to_be_determined()
    {
        Assert.IsType<OrganisationMatch.ToBeDetermined>(new OrganisationMatcher(Implementers.Values).Match("To be determined"));
        Assert.True(OrganisationListText.Split("To be determined").ToBeDetermined);
    }

    [Fact]
    public void The_annex_lists_sixteen_projects()
    {
        // Periods, budgets and services repeat across projects; each distinct value is listed once.
        Assert.Equal(16, Titles.Count);
    }

    private static DateOnly Month(string yearMonth) => DateOnly.ParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static MoneyReading.Amount Amount(string value) => new(decimal.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
}
