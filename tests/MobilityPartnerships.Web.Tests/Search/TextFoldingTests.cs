using MobilityPartnerships.Web.Features.Search.Highlighting;

namespace MobilityPartnerships.Web.Tests.Search;

/// <summary>
/// A list's search box (organisations, users) compares words as the app's search does: case and accents ignored. Before,
/// "suede" found no "Suède" and "chisinau" no "Chișinău".
/// </summary>
public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("suede", "Suède")]
    [InlineData("  Suède ", "Sweden; Suède")]
    [InlineData("chisinau", "Chișinău")]
    [InlineData("REPUBLIQUE", "République de Moldavie")]
    [InlineData("etat", "État membre")]
    [InlineData("koln", "Köln")]
    [InlineData("strasse", "Straße")]
    public void A_word_typed_without_its_accents_or_case_is_found(string search, string text) =>
        Assert.True(TextFolding.AnyHolds(search, null, text));

    [Theory]
    [InlineData("suedois", "Suède")]
    [InlineData("moldova", "République de Moldavie")]
    public void A_word_not_there_is_not_found(string search, string text) =>
        Assert.False(TextFolding.AnyHolds(search, text, null));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_search_finds_every_row(string? search) =>
        Assert.True(TextFolding.AnyHolds(search, "Sweden"));
}
