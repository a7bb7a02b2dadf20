namespace MobilityPartnerships.Web.Features.Work.MyWork;

/// <summary>
/// Whether a meeting's briefing pack is ready to send: the pack compares today's scoreboard with the last published
/// version, lists what has no recent update and carries the accepted agenda, so it is ready once a version is published,
/// no initiative of the partnership needs an update and no agenda proposal waits for a decision.
/// </summary>
public sealed record BriefingPackReadiness(bool HasPublishedVersion, int InitiativesNeedingUpdate, int AgendaProposalsWaiting)
{
    public bool IsReady => HasPublishedVersion && InitiativesNeedingUpdate == 0 && AgendaProposalsWaiting == 0;

    /// <summary>The readiness of <paramref name="meeting"/>'s pack from what the page read of its partnership: its count of initiatives needing an update, not the rows listed (those are capped).</summary>
    public static BriefingPackReadiness Of(WorkMeeting meeting, MyWork work)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(work);
        return new(
            work.Versions.Any(v => v.PartnershipId == meeting.PartnershipId),
            work.Initiatives?.NeedingUpdateIn(meeting.PartnershipId) ?? 0,
            meeting.AgendaProposalsWaiting);
    }
}
