namespace MobilityPartnerships.Domain.Meetings;

/// <summary>The kinds of meeting that follow a partnership.</summary>
public enum MeetingKind
{
    /// <summary>At headquarters: internal EU coordination of the Commission, the Presidency and the Member States.</summary>
    TaskForce,

    /// <summary>On the ground, with the partner country: the cooperation platform.</summary>
    CooperationPlatform,

    /// <summary>On the ground: a local monitoring group of the EU Delegation, the Member States and the partner country.</summary>
    LocalMonitoringGroup,

    /// <summary>Senior officials or ministers of the partnership.</summary>
    HighLevel,
}
