using MobilityPartnerships.Domain.Access;

namespace MobilityPartnerships.Domain.Tests.Access;

/// <summary>A user who reads a partnership but may not change it is given the reason the rules hold; nobody else is.</summary>
public sealed class WhyReadOnlyTests
{
    private static readonly Guid State = Guid.NewGuid();
    private static readonly Guid Country = Guid.NewGuid();
    private static readonly PartnershipScope Partnership = new(Guid.NewGuid(), Country, new HashSet<Guid> { State });

    private static Actor As(Role role, Guid? organisation = null, bool assigned = false, bool presidency = false) =>
        new(Guid.NewGuid(), "Someone", role, organisation, assigned ? new HashSet<Guid> { Partnership.Id } : new HashSet<Guid>(), presidency);

    public static TheoryData<Actor, ReadOnlyReason?> Cases => new()
    {
        { As(Role.Administrator), null },
        { As(Role.FocalPoint, assigned: true), null },
        { As(Role.FocalPoint), ReadOnlyReason.NotItsFocalPoint },
        { As(Role.MemberStateOfficial, State), ReadOnlyReason.MemberStateKeepsItsInitiatives },
        { As(Role.MemberStateOfficial, Guid.NewGuid(), presidency: true), ReadOnlyReason.PresidencyReads },
        { As(Role.MemberStateOfficial, Guid.NewGuid()), null },
        { As(Role.PartnerCountryOfficial, Country), ReadOnlyReason.PartnerCountryPostsProgress },
        { As(Role.PartnerCountryOfficial, Guid.NewGuid()), null },
        { As(Role.TaskForceMember, assigned: true), ReadOnlyReason.GivenToRead },
        { As(Role.TaskForceMember), null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_reason_is_given_exactly_to_those_who_read_but_may_not_change(Actor actor, ReadOnlyReason? reason)
    {
        Assert.Equal(reason, AccessPolicy.WhyReadOnly(actor, Partnership));
        Assert.Equal(reason is null && AccessPolicy.Reads(actor, Partnership), AccessPolicy.Allows(actor, Operation.EditPartnership, Partnership));
    }
}
