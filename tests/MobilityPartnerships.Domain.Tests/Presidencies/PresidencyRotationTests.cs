using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Presidencies;

namespace MobilityPartnerships.Domain.Tests.Presidencies;

public sealed class PresidencyRotationTests
{
    private static PresidencyRotation Rotation2008To2009() => new(
    [
        PresidencyTerm.Create(new DateOnly(2009, 7, 1), new DateOnly(2009, 12, 31), "SE"),
        PresidencyTerm.Create(new DateOnly(2008, 1, 1), new DateOnly(2008, 6, 30), "SI"),
        PresidencyTerm.Create(new DateOnly(2008, 7, 1), new DateOnly(2008, 12, 31), "FR"),
        PresidencyTerm.Create(new DateOnly(2009, 1, 1), new DateOnly(2009, 6, 30), "CZ"),
    ]);

    [Theory]
    [InlineData(2008, 1, 1, "SI")]
    [InlineData(2008, 6, 5, "SI")]
    [InlineData(2008, 6, 30, "SI")]
    [InlineData(2008, 7, 1, "FR")]
    [InlineData(2008, 12, 31, "FR")]
    [InlineData(2009, 1, 1, "CZ")]
    [InlineData(2009, 11, 30, "SE")]
    [InlineData(2009, 12, 31, "SE")]
    public void Holder_on_a_date_is_the_member_state_whose_term_covers_it(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, Rotation2008To2009().HolderOn(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(2007, 12, 31)]
    [InlineData(2010, 1, 1)]
    public void Date_outside_the_known_terms_has_no_holder(int year, int month, int day)
    {
        Assert.Null(Rotation2008To2009().HolderOn(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Date_in_a_gap_between_terms_has_no_holder()
    {
        var rotation = new PresidencyRotation(
        [
            PresidencyTerm.Create(new DateOnly(2008, 1, 1), new DateOnly(2008, 6, 30), "SI"),
            PresidencyTerm.Create(new DateOnly(2009, 1, 1), new DateOnly(2009, 6, 30), "CZ"),
        ]);

        Assert.Null(rotation.HolderOn(new DateOnly(2008, 9, 1)));
    }

    [Fact]
    public void Empty_rotation_has_no_holder()
    {
        Assert.Null(new PresidencyRotation([]).HolderOn(new DateOnly(2008, 6, 5)));
    }

    [Fact]
    public void Terms_are_kept_in_chronological_order()
    {
        Assert.Equal(["SI", "FR", "CZ", "SE"], Rotation2008To2009().Terms.Select(t => t.MemberStateCode));
    }

    [Fact]
    public void Overlapping_terms_are_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new PresidencyRotation(
        [
            PresidencyTerm.Create(new DateOnly(2008, 1, 1), new DateOnly(2008, 6, 30), "SI"),
            PresidencyTerm.Create(new DateOnly(2008, 6, 1), new DateOnly(2008, 12, 31), "FR"),
        ]));

        Assert.Equal("presidency.overlap", ex.Rule);
    }

    [Fact]
    public void Term_starting_on_the_last_day_of_the_previous_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new PresidencyRotation(
        [
            PresidencyTerm.Create(new DateOnly(2008, 7, 1), new DateOnly(2008, 12, 31), "FR"),
            PresidencyTerm.Create(new DateOnly(2008, 1, 1), new DateOnly(2008, 7, 1), "SI"),
        ]));

        Assert.Equal("presidency.overlap", ex.Rule);
    }

    [Fact]
    public void Term_contained_in_another_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new PresidencyRotation(
        [
            PresidencyTerm.Create(new DateOnly(2008, 1, 1), new DateOnly(2008, 12, 31), "SI"),
            PresidencyTerm.Create(new DateOnly(2008, 3, 1), new DateOnly(2008, 4, 30), "FR"),
        ]));

        Assert.Equal("presidency.overlap", ex.Rule);
    }

    [Fact]
    public void Term_ending_before_it_starts_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => PresidencyTerm.Create(new DateOnly(2008, 12, 31), new DateOnly(2008, 7, 1), "FR"));

        Assert.Equal("presidency.end-before-start", ex.Rule);
    }

    [Fact]
    public void Term_code_is_upper_case()
    {
        var term = PresidencyTerm.Create(new DateOnly(2008, 7, 1), new DateOnly(2008, 12, 31), " fr ");

        Assert.Equal("FR", term.MemberStateCode);
        Assert.True(term.Covers(new DateOnly(2008, 7, 1)));
        Assert.True(term.Covers(new DateOnly(2008, 12, 31)));
        Assert.False(term.Covers(new DateOnly(2009, 1, 1)));
    }

    [Fact]
    public void Term_code_longer_than_two_letters_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => PresidencyTerm.Create(new DateOnly(2008, 7, 1), new DateOnly(2008, 12, 31), "FRA"));

        Assert.Equal("presidency.member-state.too-long", ex.Rule);
    }
}
