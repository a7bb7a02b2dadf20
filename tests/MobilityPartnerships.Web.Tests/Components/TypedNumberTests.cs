using System.Globalization;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>
/// A number typed into a form or an API's text field is read in the user's language only where it has one meaning:
/// "12,34" is twelve point three four in French and nothing at all in English, never 1,234.
/// </summary>
public sealed class TypedNumberTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    [Theory]
    [InlineData("fr", "12,34", "12.34")]
    [InlineData("fr", "1 000,50", "1000.50")]
    [InlineData("fr", "1\u00A0000,50", "1000.50")]
    [InlineData("fr", "1\u202F234\u202F567,8", "1234567.8")]
    [InlineData("fr", "1234,5", "1234.5")]
    [InlineData("fr", "1.5", "1.5")]
    [InlineData("fr", "-5", "-5")]
    [InlineData("en", "1,234.56", "1234.56")]
    [InlineData("en", "1234.56", "1234.56")]
    [InlineData("en", "12,345,678", "12345678")]
    [InlineData("en", " 0 ", "0")]
    [InlineData("en", "+7", "7")]
    public void A_number_in_the_language_s_notation_is_read(string culture, string typed, string expected)
    {
        Assert.True(TypedNumber.TryRead(typed, CultureInfo.GetCultureInfo(culture), out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("en", "12,34")]
    [InlineData("en", "1,5")]
    [InlineData("en", "1,2,3")]
    [InlineData("en", "12,345678")]
    [InlineData("en", "1 000")]
    [InlineData("fr", "1.000,50")]
    [InlineData("fr", "1.500")]
    [InlineData("fr", "1 0000")]
    [InlineData("fr", "1,2,3")]
    [InlineData("en", "1e30")]
    [InlineData("en", "abc")]
    [InlineData("en", "12.")]
    [InlineData("en", ".")]
    [InlineData("en", "--5")]
    [InlineData("en", "€ 12")]
    [InlineData("en", "99999999999999999999999999999999")]
    public void Anything_with_another_meaning_or_none_is_not_read(string culture, string typed)
    {
        Assert.False(TypedNumber.TryRead(typed, CultureInfo.GetCultureInfo(culture), out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Blank_is_no_number(string? typed)
    {
        Assert.True(TypedNumber.TryRead(typed, English, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void The_example_is_written_in_the_language_s_notation()
    {
        Assert.Equal("1,234.56", TypedNumber.Example(English));
        Assert.Equal("1\u202F234,56", TypedNumber.Example(French));
    }
}
