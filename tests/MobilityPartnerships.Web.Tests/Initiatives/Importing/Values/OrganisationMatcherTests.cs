using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Values;

/// <summary>Names in a sheet matched to known organisations: certain only when nothing differs but case, accents, punctuation and spacing.</summary>
public sealed class OrganisationMatcherTests
{
    private static readonly KnownOrganisation Iom = Known(1, "International Organization for Migration", "IOM");
    private static readonly KnownOrganisation Ilo = Known(2, "International Labour Organization", "ILO");
    private static readonly KnownOrganisation Icmpd = Known(3, "International Centre for Migration Policy Development", "ICMPD");
    private static readonly KnownOrganisation Jls = Known(4, "Directorate-General for Justice, Liberty and Security", "JLS");
    private static readonly KnownOrganisation EuropeAid = Known(5, "EuropeAid Co-operation Office", null);
    private static readonly KnownOrganisation DelegationMorocco = Known(6, "EU Delegation to Morocco", null);
    private static readonly KnownOrganisation DelegationMali = Known(7, "EU Delegation to Mali", null);
    private static readonly KnownOrganisation Afd = Known(8, "Agence Française de Développement", "AFD");

    private readonly OrganisationMatcher matcher = new([Iom, Ilo, Icmpd, Jls, EuropeAid, DelegationMorocco, DelegationMali, Afd]);

    public static TheoryData<string, Guid> ExactNames => new()
    {
        { "International Organization for Migration", Iom.Id },
        { "international organization for migration", Iom.Id },
        { "International  Organization for Migration.", Iom.Id },
        { "IOM", Iom.Id },
        { "I.O.M.", Iom.Id },
        { "IOM - International Organization for Migration", Iom.Id },
        { "IOM – International Organization for Migration", Iom.Id },
        { "International Organization for Migration - IOM", Iom.Id },
        { "International Organization for Migration (IOM)", Iom.Id },
        { "IOM (International Organization for Migration)", Iom.Id },
        { "ILO - International Labour Organization", Ilo.Id },
        { "Agence Francaise de Developpement (AFD)", Afd.Id },
        { "agence française de développement", Afd.Id },
        { "JLS", Jls.Id },
        { "Directorate General for Justice Liberty and Security", Jls.Id },
        { "Europeaid co operation office", EuropeAid.Id },
        { "Europe Aid Cooperation Office", EuropeAid.Id },
    };

    [Theory]
    [MemberData(nameof(ExactNames))]
    public void Names_that_differ_only_in_case_accents_punctuation_and_spacing_are_exact(string text, Guid id)
    {
        Assert.Equal(new OrganisationMatch.Exact(id), matcher.Match(text));
    }

    public static TheoryData<string, Guid> CloseNames => new()
    {
        { "International Organisation for Migration", Iom.Id },
        { "IOM – International Organisation for Migration", Iom.Id },
        { "Organisation for Migration (IOM)", Iom.Id },
        { "Organization for Migration", Iom.Id },
        { "Del Morocco", DelegationMorocco.Id },
        { "DEL Morocco", DelegationMorocco.Id },
        { "EU Delegation in Marocco", DelegationMorocco.Id },
        { "Del Mali", DelegationMali.Id },
        { "DG JLS", Jls.Id },
        { "DG Justice, Liberty and Security", Jls.Id },
        { "EuropeAid", EuropeAid.Id },
        { "International Labor Organization", Ilo.Id },
        { "ILO - International Labor Organisation", Ilo.Id },
        { "Agence Française de Développement (ADF)", Afd.Id },
    };

    [Theory]
    [MemberData(nameof(CloseNames))]
    public void Variants_are_close_with_the_right_organisation_first_and_never_exact(string text, Guid id)
    {
        var close = Assert.IsType<OrganisationMatch.Close>(matcher.Match(text));

        Assert.Equal(id, close.Candidates[0].Id);
        Assert.InRange(close.Candidates[0].Score, OrganisationMatcher.CloseThreshold, 1);
        Assert.Equal(close.Candidates.OrderByDescending(c => c.Score).ToList(), close.Candidates);
    }

    [Theory]
    [InlineData("Del Morocco")]
    [InlineData("Del Mali")]
    [InlineData("IOM")]
    public void A_delegation_is_not_offered_for_another_country_nor_one_acronym_for_another(string text)
    {
        List<Guid> offered = matcher.Match(text) switch
        {
            OrganisationMatch.Close close => close.Candidates.Select(c => c.Id).ToList(),
            OrganisationMatch.Exact exact => [exact.Id],
            _ => [],
        };

        Assert.Single(offered);
    }

    [Fact]
    public void A_candidate_is_shown_with_its_name_and_short_name()
    {
        var close = Assert.IsType<OrganisationMatch.Close>(matcher.Match("International Organisation for Migration"));

        Assert.Equal("International Organization for Migration (IOM)", close.Candidates[0].DisplayName);
    }

    [Theory]
    [InlineData("Stichting Intent")]
    [InlineData("Municipality of Cartaya")]
    [InlineData("UNIFEM")]
    [InlineData("International Centre for Refugees")]
    public void Unknown_organisations_are_no_match(string text)
    {
        Assert.IsType<OrganisationMatch.NoMatch>(matcher.Match(text));
    }

    [Fact]
    public void Names_sharing_two_of_three_words_are_below_the_threshold()
    {
        Assert.IsType<OrganisationMatch.NoMatch>(new OrganisationMatcher([Iom]).Match("International Labour Organization"));
    }

    [Fact]
    public void Two_organisations_sharing_a_short_name_are_both_offered_never_exact()
    {
        var first = Known("Agence Nationale pour l'Emploi", "ANAPEC");
        var second = Known("Agence Nationale de Promotion de l'Emploi et des Compétences", "ANAPEC");
        var close = Assert.IsType<OrganisationMatch.Close>(new OrganisationMatcher([first, second, Iom]).Match("ANAPEC"));

        Assert.Equal(new HashSet<Guid> { first.Id, second.Id }, close.Candidates.Select(c => c.Id).ToHashSet());
        Assert.All(close.Candidates, c => Assert.Equal(1, c.Score));
    }

    [Fact]
    public void A_name_two_organisations_fit_equally_offers_both()
    {
        var close = Assert.IsType<OrganisationMatch.Close>(matcher.Match("EU Delegation"));

        Assert.Equal(new[] { DelegationMali.Id, DelegationMorocco.Id }, close.Candidates.Select(c => c.Id));
        Assert.Equal(close.Candidates[0].Score, close.Candidates[1].Score);
    }

    [Fact]
    public void Two_organisations_alike_are_both_offered_best_first()
    {
        var unhcr = Known("United Nations High Commissioner for Refugees", "UNHCR");
        var unhcrOffice = Known("UNHCR Office in Rabat", null);
        var close = Assert.IsType<OrganisationMatch.Close>(new OrganisationMatcher([unhcr, unhcrOffice]).Match("UNHCR Office Rabat"));

        Assert.Equal(new[] { unhcrOffice.Id, unhcr.Id }, close.Candidates.Select(c => c.Id));
    }

    [Fact]
    public void At_most_five_candidates_are_offered()
    {
        var delegations = Enumerable.Range(1, 8).Select(i => Known($"EU Delegation number {i}", null)).ToList();
        var close = Assert.IsType<OrganisationMatch.Close>(new OrganisationMatcher(delegations).Match("EU Delegation number"));

        Assert.Equal(OrganisationMatcher.MaxCandidates, close.Candidates.Count);
    }

    [Theory]
    [InlineData("To be determined")]
    [InlineData("TBD")]
    public void Placeholders_are_to_be_determined(string text)
    {
        Assert.IsType<OrganisationMatch.ToBeDetermined>(matcher.Match(text));
    }

    [Fact]
    public void An_empty_cell_is_blank()
    {
        Assert.IsType<OrganisationMatch.Blank>(matcher.Match(" "));
    }

    [Fact]
    public void Nothing_known_matches_nothing()
    {
        Assert.IsType<OrganisationMatch.NoMatch>(new OrganisationMatcher([]).Match("IOM"));
    }

    [Fact]
    public void A_name_longer_than_an_organisation_can_have_matches_nothing()
    {
        var matcher = new OrganisationMatcher([Known(1, "International Organization for Migration", "IOM")]);
        var close = "International Organization for Migration " + new string('x', OrganisationMatcher.MaxNameLength);

        // Without the bound its four words would pair up and make it close; at that length it is compared with nothing.
        Assert.IsType<OrganisationMatch.NoMatch>(matcher.Match(close));
    }

    private static KnownOrganisation Known(string name, string? shortName) => new(Guid.NewGuid(), name, shortName);

    /// <summary>A fixed id, so that theory rows and the matcher agree however often the data is built.</summary>
    private static KnownOrganisation Known(int number, string name, string? shortName) =>
        new(new Guid(number, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0]), name, shortName);
}
