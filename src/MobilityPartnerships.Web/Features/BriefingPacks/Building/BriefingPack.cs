using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Signatories;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Building;

/// <summary>
/// What the EU side takes into a meeting: the partnership at a glance, what changed since the last published
/// scoreboard, the initiatives that need attention, the open action points and the agenda. Values are typed;
/// <see cref="PackLayout"/> words them for people and both writers (PDF, workbook) print the same tables.
/// </summary>
public sealed record BriefingPack(
    string PartnershipName,
    PackMeeting Meeting,
    DateOnly GeneratedOn,
    int StaleAfterDays,
    IReadOnlyList<PackSignatory> Signatories,
    IReadOnlyList<PackPillarLine> Pillars,
    PackChanges Changes,
    IReadOnlyList<PackAttention> NeedingAttention,
    IReadOnlyList<PackActionPoint> ActionPoints,
    IReadOnlyList<PackAgendaItem> Agenda)
{
    public int InitiativeCount => Pillars.Sum(p => p.Initiatives);

    public Amount TotalBudget => Pillars.Aggregate(Amount.Nothing, (sum, p) => sum + p.TotalBudget);

    public Amount EuContribution => Pillars.Aggregate(Amount.Nothing, (sum, p) => sum + p.EuContribution);
}

/// <summary>The meeting the pack is for; chairs by organisation name, Commission first.</summary>
public sealed record PackMeeting(Guid Id, MeetingKind Kind, string Title, DateOnly HeldOn, string? Place, bool IsOnline, IReadOnlyList<PackChair> Chairs);

public sealed record PackChair(string Organisation, ChairRole Role);

/// <summary>An organisation that signed the joint declaration or acceded to it, and has not left.</summary>
public sealed record PackSignatory(string Organisation, ParticipationBasis Basis, DateOnly? JoinedOn, DatePrecision JoinedOnPrecision);

/// <summary>One pillar's share of today's scoreboard (every pillar, even without initiatives, so the balance shows).</summary>
public sealed record PackPillarLine(Pillar Pillar, int Initiatives, Amount TotalBudget, Amount EuContribution);

/// <summary>An initiative late, without a recent progress update, or both, on the day the pack is made.</summary>
public sealed record PackAttention(string? ReferenceCode, string Title, Pillar Pillar, string? Lead, InitiativeStatus Status, DateOnly? EndMonth, DateOnly? LastUpdateOn, bool IsLate, bool NeedsUpdate);

/// <summary>An open action point of the partnership, from whichever meeting recorded it.</summary>
public sealed record PackActionPoint(string Text, string? OwnerOrganisation, string? OwnerPerson, DateOnly DueOn, bool IsOverdue, Guid FromMeetingId, string FromMeeting, DateOnly FromMeetingOn);

/// <summary>An accepted agenda item of the meeting, in its place.</summary>
public sealed record PackAgendaItem(int Position, string Title, string? Note, string ProposedBy);
