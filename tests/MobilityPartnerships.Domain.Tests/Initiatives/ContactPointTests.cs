using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Domain.Tests.Initiatives;

public sealed class ContactPointTests
{
    [Fact]
    public void Contact_point_keeps_its_details_trimmed()
    {
        var organisation = Guid.NewGuid();

        var contact = ContactPoint.Create(" EU Delegation Praia ", organisation, " Migration officer ", " delegation-cape-verde@eeas.europa.eu ", " +238 260 0000 ");

        Assert.Equal("EU Delegation Praia", contact.Name);
        Assert.Equal(organisation, contact.OrganisationId);
        Assert.Equal("Migration officer", contact.Function);
        Assert.Equal("delegation-cape-verde@eeas.europa.eu", contact.Email);
        Assert.Equal("+238 260 0000", contact.Phone);
    }

    [Theory]
    [InlineData("not an e-mail")]
    [InlineData("plainaddress")]
    [InlineData("someone@")]
    [InlineData("@eeas.europa.eu")]
    [InlineData("two@@eeas.europa.eu")]
    [InlineData("Display Name <x@example.org>")]
    [InlineData("Eve Mallory <eve@example.org>")]
    public void Invalid_email_is_refused(string email)
    {
        var ex = Assert.Throws<DomainRuleException>(() => ContactPoint.Create("EU Delegation Praia", null, null, email, null));

        Assert.Equal("contact-point.email.invalid", ex.Rule);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_email_is_allowed(string? email)
    {
        var contact = ContactPoint.Create("EU Delegation Praia", null, null, email, null);

        Assert.Null(contact.Email);
    }

    [Fact]
    public void Contact_point_name_is_required()
    {
        var ex = Assert.Throws<DomainRuleException>(() => ContactPoint.Create(" ", null, null, null, null));

        Assert.Equal("contact-point.name.required", ex.Rule);
    }

    [Theory]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("()-./")]
    [InlineData("call me")]
    public void A_phone_without_a_digit_or_with_other_signs_is_refused(string phone)
    {
        var ex = Assert.Throws<DomainRuleException>(() => ContactPoint.Create("EU Delegation Praia", null, null, null, phone));

        Assert.Equal("contact-point.phone.invalid", ex.Rule);
    }
}
