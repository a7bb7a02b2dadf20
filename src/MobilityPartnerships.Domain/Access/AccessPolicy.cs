namespace MobilityPartnerships.Domain.Access;

/// <summary>
/// Who may do what. The same answers serve the pages (to hide what a user may not do) and every handler
/// (to refuse it), so a crafted request gets what the screen would have said.
/// </summary>
public static class AccessPolicy
{
    /// <summary>An operation asked about nothing in particular.</summary>
    public static bool Allows(Actor actor, Operation operation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Expect(operation, OperationTarget.Global);
        return operation switch
        {
            Operation.ListPartnerships or Operation.ViewOrganisations => true,
            Operation.CreatePartnership or Operation.ManageOrganisations => actor.Role is Role.Administrator or Role.FocalPoint,
            Operation.ManageUsers => actor.Role is Role.Administrator,
            _ => false,
        };
    }

    /// <summary>An operation on a partnership.</summary>
    public static bool Allows(Actor actor, Operation operation, PartnershipScope partnership)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(partnership);
        Expect(operation, OperationTarget.Partnership);
        return operation switch
        {
            Operation.ReadPartnership or Operation.ViewPartnershipHistory => Reads(actor, partnership),
            Operation.EditPartnership => Manages(actor, partnership),
            Operation.AddInitiative => Manages(actor, partnership) || TakesPartAsMemberState(actor, partnership),

            // The Presidency co-chairs: it prepares the partnership's meetings with the focal point for its term.
            Operation.PlanMeeting => Manages(actor, partnership) || CoChairs(actor),
            Operation.PublishScoreboard => Manages(actor, partnership),
            Operation.ReadPublishedScoreboards => Reads(actor, partnership),
            _ => false,
        };
    }

    /// <summary>An operation on an initiative of a partnership.</summary>
    public static bool Allows(Actor actor, Operation operation, InitiativeScope initiative)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(initiative);
        Expect(operation, OperationTarget.Initiative);
        var partnership = initiative.Partnership;
        return operation switch
        {
            Operation.ReadInitiative or Operation.ViewContactDetails or Operation.ViewInitiativeHistory => Reads(actor, initiative),
            Operation.EditInitiative or Operation.ArchiveInitiative => Manages(actor, partnership) || MemberStateInvolved(actor, initiative),
            Operation.DeleteInitiative => Manages(actor, partnership),
            Operation.PostProgress => Manages(actor, partnership) || MemberStateInvolved(actor, initiative) || PartnerCountryInvolved(actor, initiative),

            // Comments are internal EU coordination (task-force review): the EU side who read the initiative, never the partner country.
            Operation.ReadComments or Operation.CommentOnInitiative => Reads(actor, initiative) && SeesUnshared(actor),
            _ => false,
        };
    }

    /// <summary>An operation on a meeting of a partnership.</summary>
    public static bool Allows(Actor actor, Operation operation, MeetingScope meeting)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(meeting);
        Expect(operation, OperationTarget.Meeting);
        var partnership = meeting.Partnership;

        // Task forces are internal EU coordination: the partner country sits only at the other meetings' table.
        var attends = Reads(actor, partnership) && (SeesUnshared(actor) || !meeting.IsInternal);
        return operation switch
        {
            Operation.ReadMeeting or Operation.ProposeAgendaItem or Operation.CommentOnMinutes => attends,
            Operation.ManageMeeting => Manages(actor, partnership) || CoChairs(actor),

            // Briefing packs are internal EU coordination, whatever the meeting.
            Operation.DownloadBriefingPack => Reads(actor, partnership) && SeesUnshared(actor),
            _ => false,
        };
    }

    /// <summary>An operation on an action point of a meeting.</summary>
    public static bool Allows(Actor actor, Operation operation, ActionPointScope actionPoint)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(actionPoint);
        Expect(operation, OperationTarget.ActionPoint);
        return operation switch
        {
            // Whoever runs the meeting closes its action points; the account that owns one marks it done itself, while it attends the meeting.
            Operation.CompleteActionPoint => Allows(actor, Operation.ManageMeeting, actionPoint.Meeting)
                || (actionPoint.OwnerAccountId == actor.UserId && Allows(actor, Operation.ReadMeeting, actionPoint.Meeting)),
            _ => false,
        };
    }

    /// <summary>Whether the user sees the partnership at all.</summary>
    public static bool Reads(Actor actor, PartnershipScope partnership)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(partnership);
        return actor.Role switch
        {
            Role.Administrator or Role.FocalPoint => true,
            Role.MemberStateOfficial => actor.HoldsPresidency || TakesPartAsMemberState(actor, partnership),
            Role.PartnerCountryOfficial => IsPartnerCountry(actor, partnership),
            Role.TaskForceMember => actor.Partnerships.Contains(partnership.Id),
            _ => false,
        };
    }

    /// <summary>
    /// Whether the user sees an initiative: one not to be shared beyond the partnership is seen only by its
    /// EU-side participants, never by the partner country's officials.
    /// </summary>
    public static bool Reads(Actor actor, InitiativeScope initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return Reads(actor, initiative.Partnership) && (initiative.IsShareable || SeesUnshared(actor));
    }

    /// <summary>
    /// Why the user reads the partnership but may not change it (<see cref="Operation.EditPartnership"/>); null when
    /// they may change it, or do not read it at all.
    /// </summary>
    public static ReadOnlyReason? WhyReadOnly(Actor actor, PartnershipScope partnership)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(partnership);
        if (!Reads(actor, partnership) || Manages(actor, partnership))
        {
            return null;
        }

        return actor.Role switch
        {
            Role.FocalPoint => ReadOnlyReason.NotItsFocalPoint,
            Role.MemberStateOfficial when TakesPartAsMemberState(actor, partnership) => ReadOnlyReason.MemberStateKeepsItsInitiatives,
            Role.MemberStateOfficial => ReadOnlyReason.PresidencyReads,
            Role.PartnerCountryOfficial => ReadOnlyReason.PartnerCountryPostsProgress,
            _ => ReadOnlyReason.GivenToRead,
        };
    }

    /// <summary>Whether the user is on the EU side, who sees records not to be shared beyond the partnership.</summary>
    public static bool SeesUnshared(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role is not Role.PartnerCountryOfficial;
    }

    /// <summary>
    /// Whether an initiative with this lead and these partners keeps the user's own Member State in it: a Member
    /// State's official adds and keeps only initiatives their state leads or takes part in, since saving one
    /// without it would hand it to others and lock them out of it. Everyone else keeps it whatever the parties.
    /// </summary>
    public static bool KeepsOwnStateIn(Actor actor, Guid? leadId, IEnumerable<Guid> partnerIds)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(partnerIds);
        return actor is not { Role: Role.MemberStateOfficial, OrganisationId: { } own } || leadId == own || partnerIds.Contains(own);
    }

    private static bool Manages(Actor actor, PartnershipScope partnership) =>
        actor.Role is Role.Administrator || (actor.Role is Role.FocalPoint && actor.Partnerships.Contains(partnership.Id));

    private static bool CoChairs(Actor actor) => actor.Role is Role.MemberStateOfficial && actor.HoldsPresidency;

    private static bool TakesPartAsMemberState(Actor actor, PartnershipScope partnership) =>
        actor.Role is Role.MemberStateOfficial && actor.OrganisationId is { } own && partnership.Participants.Contains(own);

    private static bool MemberStateInvolved(Actor actor, InitiativeScope initiative) =>
        TakesPartAsMemberState(actor, initiative.Partnership) && initiative.Involved.Contains(actor.OrganisationId!.Value);

    private static bool IsPartnerCountry(Actor actor, PartnershipScope partnership) =>
        actor.OrganisationId is { } own && partnership.PartnerCountryId == own;

    private static bool PartnerCountryInvolved(Actor actor, InitiativeScope initiative) =>
        actor.Role is Role.PartnerCountryOfficial && IsPartnerCountry(actor, initiative.Partnership) && initiative.Involved.Contains(actor.OrganisationId!.Value);

    private static void Expect(Operation operation, OperationTarget target)
    {
        var entry = OperationCatalogue.Of(operation);
        if (entry.Target != target)
        {
            throw new ArgumentException($"{operation} is asked about {entry.Target}, not {target}.", nameof(operation));
        }
    }
}
