namespace MobilityPartnerships.Domain.Access;

/// <summary>Why a user who reads a partnership may not change it, in the terms of the access rules.</summary>
public enum ReadOnlyReason
{
    /// <summary>A focal point, but not one assigned to this partnership.</summary>
    NotItsFocalPoint,

    /// <summary>A Member State official whose state takes part: they add initiatives and change their state's own, not the partnership.</summary>
    MemberStateKeepsItsInitiatives,

    /// <summary>A Member State official reading it because their state holds the Council Presidency; their state does not take part.</summary>
    PresidencyReads,

    /// <summary>An official of the partner country: they post progress on the initiatives their country takes part in.</summary>
    PartnerCountryPostsProgress,

    /// <summary>A task-force member or reader, given the partnership to read and comment on.</summary>
    GivenToRead,
}
