using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Tests.Common;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+238 260 0000")]
    [InlineData("(0)22 123.45/67-8")]
    [InlineData("1")]
    public void Digits_with_their_usual_separators_are_a_number(string text) => Assert.True(PhoneNumber.IsNumber(text));

    [Theory]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("()-./")]
    [InlineData("   ")]
    [InlineData("call 112")]
    [InlineData("12+34")]
    public void A_number_has_a_digit_and_no_other_sign(string text) => Assert.False(PhoneNumber.IsNumber(text));
}
