using MobilityPartnerships.Web.Api.Writing;

namespace MobilityPartnerships.Web.Tests.Api;

/// <summary>An update's If-Match header read as RFC 9110 writes it: a list of entity tags, or "*".</summary>
public sealed class IfMatchTests
{
    [Theory]
    [InlineData("\"48213\"", new uint[] { 48213 })]
    [InlineData(" \"1\" ,W/\"2\",  \"3\"", new uint[] { 1, 3 })]
    [InlineData("\"1\", , \"2\",", new uint[] { 1, 2 })]
    public void Strong_tags_name_the_versions_listed(string header, uint[] versions)
    {
        Assert.Equal(versions, Assert.IsType<IfMatch.Versions>(IfMatch.Read(header)).Listed);
    }

    [Fact]
    public void Several_header_lines_are_read_as_one_list()
    {
        Assert.Equal([7u, 8u], Assert.IsType<IfMatch.Versions>(IfMatch.Read(new Microsoft.Extensions.Primitives.StringValues(["\"7\"", "\"8\""]))).Listed);
    }

    [Fact]
    public void A_star_is_any_version_and_no_header_is_missing()
    {
        Assert.IsType<IfMatch.AnyVersion>(IfMatch.Read(" * "));
        Assert.IsType<IfMatch.Missing>(IfMatch.Read(""));
        Assert.IsType<IfMatch.Missing>(IfMatch.Read(Microsoft.Extensions.Primitives.StringValues.Empty));
    }

    [Theory]
    [InlineData("W/\"784\"", true)]
    [InlineData("W/\"1\", W/\"2\"", true)]
    [InlineData("\"-1\"", false)]
    [InlineData("\"abc\"", false)]
    [InlineData("\"\"", false)]
    [InlineData("\"4294967296\"", false)]
    [InlineData("W/\"1\", \"x\"", false)]
    public void Tags_that_can_never_match_say_whether_they_were_all_weak(string header, bool weak)
    {
        var none = Assert.IsType<IfMatch.NoVersion>(IfMatch.Read(header));

        Assert.Equal((header, weak), (none.Header, none.Weak));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("48213")]
    [InlineData("\"48213")]
    [InlineData("w/\"1\"")]
    [InlineData("*, \"1\"")]
    [InlineData("\"1\" \"2\"")]
    [InlineData("\"a\"b\"")]
    [InlineData("\"tab\tinside\"")]
    [InlineData(",")]
    public void Anything_else_is_malformed(string header)
    {
        Assert.Equal(header, Assert.IsType<IfMatch.Malformed>(IfMatch.Read(header)).Header);
    }
}
