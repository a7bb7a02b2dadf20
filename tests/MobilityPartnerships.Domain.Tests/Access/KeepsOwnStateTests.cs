using MobilityPartnerships.Domain.Access;

namespace MobilityPartnerships.Domain.Tests.Access;

/// <summary>A Member State's official keeps their own state in an initiative, as lead or partner; nobody else is held to it.</summary>
public sealed class KeepsOwnStateTests
{
    private static readonly Guid Own = Guid.NewGuid();
    private static readonly Guid Another = Guid.NewGuid();

    private static Actor As(Role role, Guid? organisation) => new(Guid.NewGuid(), "Someone", role, organisation, new HashSet<Guid>(), HoldsPresidency: false);

    [Fact]
    public void A_member_state_official_keeps_their_state_as_lead_or_partner_only()
    {
        var official = As(Role.MemberStateOfficial, Own);
        Assert.True(AccessPolicy.KeepsOwnStateIn(official, Own, []));
        Assert.True(AccessPolicy.KeepsOwnStateIn(official, Another, [Another, Own]));
        Assert.False(AccessPolicy.KeepsOwnStateIn(official, Another, [Another]));
        Assert.False(AccessPolicy.KeepsOwnStateIn(official, null, []));
    }

    [Theory]
    [InlineData(Role.Administrator)]
    [InlineData(Role.FocalPoint)]
    [InlineData(Role.PartnerCountryOfficial)]
    [InlineData(Role.TaskForceMember)]
    public void Other_roles_are_not_held_to_it(Role role) =>
        Assert.True(AccessPolicy.KeepsOwnStateIn(As(role, Own), null, []));

    [Fact]
    public void A_member_state_official_without_an_organisation_is_not_held_to_it() =>
        Assert.True(AccessPolicy.KeepsOwnStateIn(As(Role.MemberStateOfficial, null), Another, []));
}
