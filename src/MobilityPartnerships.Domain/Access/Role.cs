namespace MobilityPartnerships.Domain.Access;

/// <summary>
/// What a user is in the partnerships' work. Holding the Council Presidency is not a role: it is derived from
/// the rotation for the day (see <see cref="Actor.HoldsPresidency"/>).
/// </summary>
public enum Role
{
    /// <summary>May do everything, including managing users and reference data.</summary>
    Administrator,

    /// <summary>A Commission focal point: edits everything in the partnerships assigned to them.</summary>
    FocalPoint,

    /// <summary>Acts for a Member State in the partnerships it takes part in.</summary>
    MemberStateOfficial,

    /// <summary>Acts for the partner country in its own partnership.</summary>
    PartnerCountryOfficial,

    /// <summary>A task-force member or reader: reads the partnerships they are given.</summary>
    TaskForceMember,
}
