using System.Security.Claims;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Security.SingleSignOn;

namespace MobilityPartnerships.Web.Tests.Security;

/// <summary>How a single sign-on provider's claims become an account's e-mail, name, role and organisation.</summary>
public sealed class ExternalClaimMappingTests
{
    private static readonly SingleSignOnOptions Options = new()
    {
        Authority = "https://login.example/realms/eu",
        ClientId = "mobility-partnerships",
        RoleClaim = "groups",
        OrganisationClaim = "org",
        Roles = new(StringComparer.OrdinalIgnoreCase) { ["mp-focal-point"] = "FocalPoint", ["mp-member-state"] = "MemberStateOfficial", ["mp-admin"] = "Administrator" },
    };

    [Fact]
    public void Email_name_role_and_organisation_come_from_the_configured_claims()
    {
        var mapped = ExternalClaimMapping.Map(Principal(("email", " anna@ec.example "), ("email_verified", "true"), ("name", "Anna Berg"), ("groups", "staff"), ("groups", "MP-Member-State"), ("org", "SE")), Options);

        Assert.Equal(new ExternalIdentity("anna@ec.example", "Anna Berg", Role.MemberStateOfficial, "SE", StatesRole: true, EmailVerified: true), mapped);
    }

    [Theory]
    [InlineData("Anna\nBerg", "Anna Berg")]
    [InlineData("Anna\u0007Berg\r\n", "Anna Berg")]
    [InlineData("\u202Egreb annA", "greb annA")]
    [InlineData("\u200B\u00A0", "z@ec.example")]
    public void A_providers_name_becomes_one_line_that_reads_as_it_shows(string provided, string name)
    {
        var mapped = ExternalClaimMapping.Map(Principal(("email", "z@ec.example"), ("name", provided)), Options);

        Assert.Equal(name, mapped?.Name);
    }

    [Fact]
    public void A_providers_name_longer_than_an_accounts_is_cut_to_it()
    {
        var mapped = ExternalClaimMapping.Map(Principal(("email", "z@ec.example"), ("name", new string('a', 150) + " " + new string('b', 150))), Options);

        Assert.Equal(new string('a', 150) + " " + new string('b', 49), mapped?.Name);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("yes", false)]
    [InlineData("", false)]
    public void The_email_counts_as_verified_only_when_the_provider_says_email_verified_true(string stated, bool verified)
    {
        var mapped = ExternalClaimMapping.Map(Principal(("email", "e@ec.example"), ("email_verified", stated), ("groups", "mp-member-state")), Options);

        Assert.NotNull(mapped);
        Assert.Equal(verified, mapped.EmailVerified);
    }

    [Fact]
    public void An_email_without_the_email_verified_claim_is_not_verified()
    {
        var mapped = ExternalClaimMapping.Map(Principal(("email", "f@ec.example"), ("groups", "mp-member-state")), Options);

        Assert.NotNull(mapped);
        Assert.False(mapped.EmailVerified);
    }

    [Fact]
    public void Several_mapped_groups_give_the_most_privileged_role()
    {
        var mapped = ExternalClaimMapping.Map(Principal(("email", "b@ec.example"), ("groups", "mp-member-state"), ("groups", "mp-focal-point")), Options);

        Assert.Equal(Role.FocalPoint, mapped?.Role);
    }

    [Fact]
    public void An_unmapped_group_gives_no_role_rather_than_a_guess()
    {
        var mapped = ExternalClaimMapping.Map(Principal(("email", "c@ec.example"), ("groups", "mp-superuser"), ("groups", "FocalPoint")), Options);

        Assert.NotNull(mapped);
        Assert.Null(mapped.Role);
        Assert.Null(mapped.OrganisationKey);
        Assert.Equal("c@ec.example", mapped.Name);
        Assert.True(mapped.StatesRole);
    }

    [Fact]
    public void A_provider_that_sends_no_role_at_all_is_told_apart_from_one_whose_roles_are_unmapped()
    {
        var mapped = ExternalClaimMapping.Map(Principal(("email", "d@ec.example")), Options);

        Assert.NotNull(mapped);
        Assert.Null(mapped.Role);
        Assert.False(mapped.StatesRole);
    }

    [Fact]
    public void A_provider_user_without_an_email_is_not_mapped()
    {
        Assert.Null(ExternalClaimMapping.Map(Principal(("name", "No Mail"), ("groups", "mp-admin")), Options));
    }

    [Theory]
    [InlineData("Anna Berg <anna@ec.example>")]
    [InlineData("anna berg@ec.example")]
    public void A_provider_user_whose_email_is_no_bare_address_is_not_mapped(string email)
    {
        // An account keeps the address alone, by the one rule for stored e-mail addresses.
        Assert.Null(ExternalClaimMapping.Map(Principal(("email", email), ("email_verified", "true"), ("groups", "mp-admin")), Options));
    }

    [Fact]
    public void Single_sign_on_is_on_only_when_authority_and_client_are_configured()
    {
        Assert.True(Options.IsEnabled);
        Assert.False(new SingleSignOnOptions { Authority = "https://login.example" }.IsEnabled);
        Assert.False(new SingleSignOnOptions().IsEnabled);
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));
}
