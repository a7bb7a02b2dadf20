using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Tests.Scoreboards.Page;

/// <summary>
/// A filter's text (the search, a programme's name) is read alike from the address, the typed field and the API:
/// blank when nothing in it can be seen, its length counted as the database counts a field's (an emoji is one), a
/// control character refused.
/// </summary>
public sealed class FilterTextTests
{
    private static readonly Guid Partnership = Guid.CreateVersion7();

    private static string Emoji(int count) => string.Concat(Enumerable.Repeat("\U0001F30D", count));

    [Fact]
    public void A_search_and_a_programme_as_long_as_their_fields_in_emoji_are_read_whole()
    {
        var ignored = new List<string>();

        var view = ScoreboardView.Parse(Partnership, $"?q={Uri.EscapeDataString(Emoji(ScoreboardQuery.TextMaxLength))}&programme={Uri.EscapeDataString(Emoji(FundingLine.ProgrammeMaxLength))}", ignored);

        Assert.Empty(ignored);
        Assert.Equal((Emoji(ScoreboardQuery.TextMaxLength), Emoji(FundingLine.ProgrammeMaxLength)), (view.Query.Text, view.Query.Programme));
        Assert.True(new ScoreboardQueryValidator().Validate(view.Query).IsValid);
    }

    [Fact]
    public void One_character_more_is_left_out_and_said_so()
    {
        var ignored = new List<string>();

        var view = ScoreboardView.Parse(Partnership, $"?q={Uri.EscapeDataString(Emoji(ScoreboardQuery.TextMaxLength + 1))}&programme={Uri.EscapeDataString(Emoji(FundingLine.ProgrammeMaxLength + 1))}", ignored);

        Assert.Equal(["q (over 200 characters)", "programme (over 150 characters)"], ignored);
        Assert.Equal((null, null), (view.Query.Text, view.Query.Programme));
        var tooLong = new ScoreboardQueryValidator().Validate(new ScoreboardQuery { PartnershipId = Partnership, Text = Emoji(ScoreboardQuery.TextMaxLength + 1) });
        Assert.Equal("At most 200 characters; this one has 201.", Assert.Single(tooLong.Errors).ErrorMessage);
    }

    [Theory]
    [InlineData("%E2%80%8B")]
    [InlineData("%EF%BB%BF%C2%A0")]
    public void An_invisible_search_or_programme_is_no_filter(string invisible)
    {
        var ignored = new List<string>();

        var view = ScoreboardView.Parse(Partnership, $"?q={invisible}&programme={invisible}", ignored);

        Assert.Empty(ignored);
        Assert.Equal((null, null), (view.Query.Text, view.Query.Programme));
    }
}
