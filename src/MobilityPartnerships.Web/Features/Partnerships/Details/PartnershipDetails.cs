using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Signatories;

namespace MobilityPartnerships.Web.Features.Partnerships.Details;

public sealed record PartnershipDetails(
    Guid Id,
    string Name,
    string? Country,
    PartnershipKind Kind,
    PartnershipStatus Status,
    DateOnly? SignedOn,
    DatePrecision? SignedOnPrecision,
    DateOnly? ExploratoryTalksDeadline,
    string? Source,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<MonitoringBodyView> MonitoringBodies,
    IReadOnlyList<StatusChangeView> StatusChanges,
    IReadOnlyList<ParticipantView> Participants,
    uint Version,
    bool IsArchived)
{
    /// <summary>Whether the partnership's open-data (IATI) file would hold at least one activity the user may read.</summary>
    public bool HasOpenData { get; init; }
}

public sealed record MonitoringBodyView(MonitoringBodyKind Kind, string Name, string? MeetingFrequency);

public sealed record StatusChangeView(PartnershipStatus Status, DateOnly? On, DatePrecision Precision, string? Source);

/// <summary>A participant as the page shows it; for the Council, <see cref="Presidency"/> names the Member State that held the Presidency when it signed.</summary>
public sealed record ParticipantView(
    Guid OrganisationId,
    string Organisation,
    OrganisationKind Kind,
    ParticipationBasis Basis,
    DateOnly? JoinedOn,
    DatePrecision JoinedOnPrecision,
    DateOnly? LeftOn,
    string? Presidency,
    string? Source);
