namespace MobilityPartnerships.Domain.Partnerships;

public enum MonitoringBodyKind
{
    /// <summary>The cooperation platform on the ground.</summary>
    CooperationPlatform,

    /// <summary>A group that existed before the partnership, like Cape Verde's Groupe Local de Suivi.</summary>
    LocalMonitoringGroup,

    /// <summary>The partner country's own committee, as in Moldova.</summary>
    NationalMonitoringCommittee,

    /// <summary>The task force at headquarters.</summary>
    TaskForce,
}
