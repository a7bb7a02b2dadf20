using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Tests.Common;

/// <summary>The one rule for an e-mail address anything stores: the bare address an e-mail field takes back.</summary>
public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("eve@example.org")]
    [InlineData(" delegation-cape-verde@eeas.europa.eu ")]
    [InlineData("first.last+tag@sub.example.org")]
    public void A_bare_address_is_one(string text) => Assert.True(EmailAddress.IsAddress(text));

    [Theory]
    [InlineData("Display Name <x@example.org>")]
    [InlineData("Eve Mallory <eve@example.org>")]
    [InlineData("<eve@example.org>")]
    [InlineData("\"eve mallory\"@example.org")]
    [InlineData("eve mallory@example.org")]
    [InlineData("jürgen@example.de")]
    [InlineData("eve@exa mple.org")]
    [InlineData("eve@")]
    [InlineData("@example.org")]
    [InlineData("two@@example.org")]
    [InlineData("")]
    [InlineData(null)]
    public void What_an_e_mail_field_would_not_take_back_is_none(string? text) => Assert.False(EmailAddress.IsAddress(text));

    [Fact]
    public void The_same_mailbox_is_the_same_whatever_its_letter_case() => Assert.True(EmailAddress.Same("EVE@Example.org", "eve@example.org"));
}
