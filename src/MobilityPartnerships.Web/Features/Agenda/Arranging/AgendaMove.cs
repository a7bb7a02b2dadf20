namespace MobilityPartnerships.Web.Features.Agenda.Arranging;

/// <summary>What the focal point does with an agenda item.</summary>
public enum AgendaMove
{
    /// <summary>Accepts a proposed item, at the end of the agenda.</summary>
    Accept,

    /// <summary>Declines an item, proposed or accepted.</summary>
    Decline,

    /// <summary>Moves an accepted item one place earlier.</summary>
    Up,

    /// <summary>Moves an accepted item one place later.</summary>
    Down,
}
