using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Data.Figures;

namespace MobilityPartnerships.Web.Security.Access;

/// <summary>
/// What the current user may read, as filters every query applies in the database: the partnerships they
/// see, and whether they see initiatives not to be shared beyond the partnership.
/// </summary>
public sealed record ReadScope(Actor? Actor, IReadOnlySet<Guid> Partnerships, bool SeesUnshared)
{
    public static ReadScope Nothing { get; } = new(null, new HashSet<Guid>(), false);

    /// <summary>
    /// The partnerships as an array: sent as one array parameter (<c>= ANY (@visible)</c>), where a set would be a
    /// parameter per partnership (hundreds for the EU side) in every statement that applies the scope.
    /// </summary>
    private Guid[] PartnershipIds => [.. Partnerships];

    public IQueryable<Partnership> Apply(IQueryable<Partnership> partnerships)
    {
        ArgumentNullException.ThrowIfNull(partnerships);
        var visible = PartnershipIds;
        return partnerships.Where(p => visible.Contains(p.Id));
    }

    public IQueryable<Initiative> Apply(IQueryable<Initiative> initiatives)
    {
        ArgumentNullException.ThrowIfNull(initiatives);
        var visible = PartnershipIds;
        var unshared = SeesUnshared;
        return initiatives.Where(i => visible.Contains(i.PartnershipId) && (unshared || i.IsShareable));
    }

    /// <summary>The kept figures of the initiatives the user reads (<see cref="Apply(IQueryable{Initiative})"/>'s scope on its rows).</summary>
    public IQueryable<PartnershipFigures> Apply(IQueryable<PartnershipFigures> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var visible = PartnershipIds;
        var unshared = SeesUnshared;
        return figures.Where(f => visible.Contains(f.PartnershipId) && (unshared || f.IsShareable));
    }

    /// <summary>The kept values used by the initiatives the user reads (<see cref="Apply(IQueryable{Initiative})"/>'s scope on its rows).</summary>
    public IQueryable<PartnershipChoice> Apply(IQueryable<PartnershipChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var visible = PartnershipIds;
        var unshared = SeesUnshared;
        return choices.Where(c => visible.Contains(c.PartnershipId) && (unshared || c.IsShareable));
    }

    /// <summary>The meetings the user attends: those of partnerships they read; task forces only on the EU side (as <see cref="AccessPolicy"/> says for ReadMeeting).</summary>
    public IQueryable<Meeting> Apply(IQueryable<Meeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var visible = PartnershipIds;
        var euSide = SeesUnshared;
        return meetings.Where(m => visible.Contains(m.PartnershipId) && (euSide || m.Kind != MeetingKind.TaskForce));
    }
}
