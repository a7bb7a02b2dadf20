using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Organisations;

namespace MobilityPartnerships.Domain.Tests.Organisations;

public sealed class OrganisationTests
{
    [Fact]
    public void Member_state_keeps_its_membership_dates()
    {
        var unitedKingdom = Organisation.MemberState(" United Kingdom ", " gb ", new DateOnly(1973, 1, 1), new DateOnly(2020, 1, 31));

        Assert.Equal(OrganisationKind.MemberState, unitedKingdom.Kind);
        Assert.Equal("United Kingdom", unitedKingdom.Name);
        Assert.Equal("GB", unitedKingdom.CountryCode);
        Assert.Equal(new DateOnly(1973, 1, 1), unitedKingdom.MemberFrom);
        Assert.Equal(new DateOnly(2020, 1, 31), unitedKingdom.MemberUntil);
    }

    [Theory]
    [InlineData(1972, 12, 31, false)]
    [InlineData(1973, 1, 1, true)]
    [InlineData(2008, 6, 5, true)]
    [InlineData(2020, 1, 31, true)]
    [InlineData(2020, 2, 1, false)]
    public void United_kingdom_is_a_member_state_between_its_accession_and_its_withdrawal(int year, int month, int day, bool expected)
    {
        Assert.Equal(expected, Known.UnitedKingdom().IsMemberStateOn(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(2008, 6, 5, false)]
    [InlineData(2013, 6, 30, false)]
    [InlineData(2013, 7, 1, true)]
    [InlineData(2099, 1, 1, true)]
    public void Croatia_is_a_member_state_from_1_july_2013(int year, int month, int day, bool expected)
    {
        Assert.Equal(expected, Known.Croatia().IsMemberStateOn(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Other_organisations_are_never_member_states()
    {
        var date = new DateOnly(2010, 1, 1);

        Assert.False(Known.CapeVerde().IsMemberStateOn(date));
        Assert.False(Known.Frontex().IsMemberStateOn(date));
    }

    [Fact]
    public void Leaving_the_union_before_joining_it_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            Organisation.MemberState("Croatia", "HR", new DateOnly(2013, 7, 1), new DateOnly(2013, 6, 30)));

        Assert.Equal("organisation.membership.end-before-start", ex.Rule);
    }

    [Fact]
    public void Leaving_the_union_on_the_day_of_joining_is_allowed()
    {
        var state = Organisation.MemberState("Somewhere", "XX", new DateOnly(2013, 7, 1), new DateOnly(2013, 7, 1));

        Assert.True(state.IsMemberStateOn(new DateOnly(2013, 7, 1)));
        Assert.False(state.IsMemberStateOn(new DateOnly(2013, 7, 2)));
    }

    [Theory]
    [InlineData("GBR")]
    [InlineData("G")]
    [InlineData("1A")]
    [InlineData("G B")]
    [InlineData("ÉS")]
    public void Invalid_country_code_is_refused(string code)
    {
        var ex = Assert.Throws<DomainRuleException>(() => Organisation.MemberState("Somewhere", code, new DateOnly(1958, 1, 1), null));

        Assert.Equal("organisation.country-code.invalid", ex.Rule);
    }

    [Fact]
    public void Invalid_country_code_of_a_third_country_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Organisation.Create("Cape Verde", null, OrganisationKind.ThirdCountry, "CPV"));

        Assert.Equal("organisation.country-code.invalid", ex.Rule);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Third_country_needs_a_country_code(string? code)
    {
        var ex = Assert.Throws<DomainRuleException>(() => Organisation.Create("Cape Verde", null, OrganisationKind.ThirdCountry, code));

        Assert.Equal("organisation.country-code.required", ex.Rule);
    }

    [Fact]
    public void Member_state_needs_a_country_code()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Organisation.MemberState("France", " ", new DateOnly(1958, 1, 1), null));

        Assert.Equal("organisation.country-code.required", ex.Rule);
    }

    [Fact]
    public void Organisation_other_than_a_country_may_have_no_country_code()
    {
        var iom = Known.Iom();

        Assert.Null(iom.CountryCode);
        Assert.Equal("IOM", iom.DisplayName);
    }

    [Fact]
    public void Member_state_cannot_be_created_without_membership_dates()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Organisation.Create("France", null, OrganisationKind.MemberState, "FR"));

        Assert.Equal("organisation.member-state-needs-membership", ex.Rule);
    }

    [Fact]
    public void Only_an_eu_institution_signs_through_the_presidency()
    {
        var council = Organisation.Create("Council of the European Union", "Council", OrganisationKind.EuInstitution, signsThroughPresidency: true);

        var ex = Assert.Throws<DomainRuleException>(() =>
            Organisation.Create("Frontex", null, OrganisationKind.EuAgency, signsThroughPresidency: true));

        Assert.True(council.SignsThroughPresidency);
        Assert.Equal("organisation.presidency.not-institution", ex.Rule);
    }

    [Fact]
    public void Display_name_is_the_short_name_when_there_is_one()
    {
        var organisation = Organisation.Create("Directorate-General for Migration and Home Affairs", null, OrganisationKind.EuInstitution);
        Assert.Equal("Directorate-General for Migration and Home Affairs", organisation.DisplayName);

        organisation.Rename("Directorate-General for Migration and Home Affairs", "DG HOME");

        Assert.Equal("DG HOME", organisation.DisplayName);
    }

    [Fact]
    public void Renaming_without_a_name_is_refused_and_keeps_the_names()
    {
        var frontex = Known.Frontex();

        var ex = Assert.Throws<DomainRuleException>(() => frontex.Rename("  ", "EBCGA"));

        Assert.Equal("organisation.name.required", ex.Rule);
        Assert.Equal("European Border and Coast Guard Agency", frontex.Name);
        Assert.Equal("Frontex", frontex.ShortName);
    }

    [Fact]
    public void An_over_long_short_name_is_refused_and_the_name_stays_as_it_was()
    {
        var organisation = Known.Iom();

        var ex = Assert.Throws<DomainRuleException>(() => organisation.Rename("Renamed", new string('x', Organisation.ShortNameMaxLength + 1)));

        Assert.Equal("organisation.short-name.too-long", ex.Rule);
        Assert.Equal("International Organization for Migration", organisation.Name);
    }

    [Fact]
    public void A_French_name_is_shown_in_French_and_the_English_one_otherwise()
    {
        var organisation = Known.Iom();
        Assert.Equal("IOM", organisation.DisplayNameIn(french: true));

        organisation.NameInFrench("Organisation internationale pour les migrations", "OIM");

        Assert.Equal(("OIM", "Organisation internationale pour les migrations"), (organisation.DisplayNameIn(french: true), organisation.NameIn(french: true)));
        Assert.Equal(("IOM", "International Organization for Migration"), (organisation.DisplayNameIn(french: false), organisation.NameIn(french: false)));
    }

    [Fact]
    public void A_French_short_name_without_the_French_name_is_refused_and_the_names_stay_as_they_were()
    {
        var organisation = Known.Iom();
        organisation.NameInFrench("Organisation internationale pour les migrations", "OIM");

        var ex = Assert.Throws<DomainRuleException>(() => organisation.NameInFrench("  ", "OIM"));

        Assert.Equal("organisation.french-short-name.without-name", ex.Rule);
        Assert.Equal(("Organisation internationale pour les migrations", "OIM"), (organisation.FrenchName, organisation.FrenchShortName));
    }

    [Fact]
    public void Names_are_stored_trimmed_with_each_run_of_spaces_as_one()
    {
        var organisation = Organisation.Create("  European \u00A0 Commission ", " DG  HOME ", OrganisationKind.EuInstitution);
        organisation.NameInFrench("Commission\u2009 européenne", "Commission  UE");

        Assert.Equal(("European Commission", "DG HOME"), (organisation.Name, organisation.ShortName));
        Assert.Equal(("Commission européenne", "Commission UE"), (organisation.FrenchName, organisation.FrenchShortName));
    }
}
