using Bunit;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Features.Partnerships.Details;
using MobilityPartnerships.Web.Features.Partnerships.Keepers;

namespace MobilityPartnerships.Web.Tests.Partnerships;

/// <summary>A user who reads a partnership but may not change it is told why, and who can, by name.</summary>
public sealed class ReadOnlyNoticeTests : ComponentTest
{
    [Fact]
    public void A_focal_point_of_another_partnership_is_told_why_and_which_focal_points_and_officials_change_it()
    {
        var notice = Render<ReadOnlyNotice>(p => p
            .Add(c => c.Reason, ReadOnlyReason.NotItsFocalPoint)
            .Add(c => c.Keepers, new PartnershipKeepers(["Anna Keeper", "Bo Keeper"], [new("Sven Official", "Sweden"), new("Aoife Official", "Ireland")])));

        Assert.Equal("You can read this partnership but not change it: you are not one of the focal points assigned to it.", notice.Find("[data-testid=read-only-why]").TextContent.Trim());
        var who = notice.Find("[data-testid=read-only-who]").TextContent;
        Assert.Contains("It is changed by its focal points: Anna Keeper, Bo Keeper.", who, StringComparison.Ordinal);
        Assert.Contains("Initiatives are added by the officials of the Member States taking part: Sven Official (Sweden), Aoife Official (Ireland).", who, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_focal_point_the_notice_says_an_administrator_assigns_one()
    {
        var notice = Render<ReadOnlyNotice>(p => p
            .Add(c => c.Reason, ReadOnlyReason.GivenToRead)
            .Add(c => c.Keepers, new PartnershipKeepers([], [])));

        Assert.Contains("it was given to you to read and comment on.", notice.Find("[data-testid=read-only-why]").TextContent, StringComparison.Ordinal);
        Assert.Equal("No focal point is assigned to it yet; an administrator assigns one and can change it meanwhile.", notice.Find("[data-testid=read-only-who]").TextContent.Trim());
    }

    [Theory]
    [InlineData(ReadOnlyReason.NotItsFocalPoint)]
    [InlineData(ReadOnlyReason.MemberStateKeepsItsInitiatives)]
    [InlineData(ReadOnlyReason.PresidencyReads)]
    [InlineData(ReadOnlyReason.PartnerCountryPostsProgress)]
    [InlineData(ReadOnlyReason.GivenToRead)]
    public void Every_reason_has_its_words(ReadOnlyReason reason)
    {
        var notice = Render<ReadOnlyNotice>(p => p.Add(c => c.Reason, reason).Add(c => c.Keepers, new PartnershipKeepers([], [])));

        Assert.StartsWith("You can read this partnership", notice.Find("[data-testid=read-only-why]").TextContent.Trim(), StringComparison.Ordinal);
    }
}
