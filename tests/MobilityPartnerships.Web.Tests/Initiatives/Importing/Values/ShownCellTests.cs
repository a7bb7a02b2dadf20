using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Values;

/// <summary>A value quoted to the user is whole when short, else its start and "…", and an oversized cell is quoted in part.</summary>
public sealed class ShownCellTests
{
    [Fact]
    public void A_value_up_to_the_limit_is_shown_whole()
    {
        var value = new string('a', ShownCell.MaxLength);
        Assert.Same(value, ShownCell.Of(value));
        Assert.Null(ShownCell.Of(null));
    }

    [Fact]
    public void A_longer_value_is_cut_at_the_limit_with_an_ellipsis()
    {
        Assert.Equal(new string('a', ShownCell.MaxLength) + "\u2026", ShownCell.Of(new string('a', 5_000_000)));
    }

    [Fact]
    public void A_cut_never_splits_a_character_written_in_two_halves()
    {
        var value = new string('a', ShownCell.MaxLength - 1) + "\U0001F600" + "tail";

        Assert.Equal(new string('a', ShownCell.MaxLength - 1) + "\u2026", ShownCell.Of(value));
    }

    [Fact]
    public void A_money_cell_of_a_million_characters_is_quoted_in_part_in_its_message()
    {
        var reading = Assert.IsType<MoneyReading.Invalid>(MoneyText.Read(new string('x', 1_000_000)));

        Assert.InRange(reading.Message.Length, 1, ShownCell.MaxLength + 200);
    }
}
