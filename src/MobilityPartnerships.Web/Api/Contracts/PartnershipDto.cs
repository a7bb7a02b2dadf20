using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Features.Partnerships.Details;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>A partnership with its signatories and participants, priorities, monitoring bodies and the history of its status.</summary>
/// <param name="Id">The partnership's id.</param>
/// <param name="Name">Its name, as in the joint declaration.</param>
/// <param name="Kind">Mobility partnership, common agenda, talent partnership or bilateral agreement.</param>
/// <param name="Status">Where it stands in its life.</param>
/// <param name="PartnerCountry">The third country it is concluded with; null for a partnership without one.</param>
/// <param name="SignedOn">The day the joint declaration was signed; null before signature.</param>
/// <param name="SignedOnPrecision">Whether <paramref name="SignedOn"/> is known to the day or only to the month; "Unknown" for a text signed on a day the sources do not give; null when it has not been signed.</param>
/// <param name="ExploratoryTalksDeadline">The day exploratory talks are due to end, when one is set.</param>
/// <param name="Priorities">The partner country's priorities, in the order the declaration gives them.</param>
/// <param name="MonitoringBodies">The task forces and cooperation platforms that follow it.</param>
/// <param name="StatusChanges">Every status it has had, oldest first.</param>
/// <param name="Participants">Its signatories in order of joining, then those taking part without signing.</param>
/// <param name="Source">Where these facts come from.</param>
/// <param name="IsArchived">Whether the partnership is archived.</param>
public sealed record PartnershipDto(
    Guid Id,
    string Name,
    PartnershipKind Kind,
    PartnershipStatus Status,
    string? PartnerCountry,
    DateOnly? SignedOn,
    DatePrecision? SignedOnPrecision,
    DateOnly? ExploratoryTalksDeadline,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<MonitoringBodyDto> MonitoringBodies,
    IReadOnlyList<StatusChangeDto> StatusChanges,
    IReadOnlyList<ParticipantDto> Participants,
    string? Source,
    bool IsArchived)
{
    public static PartnershipDto From(PartnershipDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new(
            details.Id,
            details.Name,
            details.Kind,
            details.Status,
            details.Country,
            details.SignedOn,
            details.SignedOnPrecision,
            details.ExploratoryTalksDeadline,
            details.Priorities,
            [.. details.MonitoringBodies.Select(b => new MonitoringBodyDto(b.Kind, b.Name, b.MeetingFrequency))],
            [.. details.StatusChanges.Select(c => new StatusChangeDto(c.Status, c.On, c.Precision))],
            [.. details.Participants.Select(ParticipantDto.From)],
            details.Source,
            details.IsArchived);
    }
}
