using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Initiatives.Details;

/// <summary>An initiative as its page and the API show it; <see cref="Stored"/> holds the values the catalogue of its fields carries.</summary>
public sealed record InitiativeDetails(
    Guid Id,
    Guid PartnershipId,
    string PartnershipName,
    string? ReferenceCode,
    string Title,
    string? Summary,
    Pillar Pillar,
    IReadOnlyList<string> ThematicAreas,
    string? Lead,
    IReadOnlyList<string> ParticipatingPartners,
    IReadOnlyList<string> ImplementingPartners,
    string? ResponsibleService,
    IReadOnlyList<ContactPointView> ContactPoints,
    IReadOnlyList<IndicatorView> Indicators,
    PeriodView Period,
    DateOnly? AnnouncedStartMonth,
    DateOnly? AnnouncedEndMonth,
    IReadOnlyList<FundingLineView> FundingLines,
    InitiativeStatus Status,
    Novelty Novelty,
    string? Location,
    bool IsShareable,
    string? Priority,
    Guid? CommitmentId,
    string? Commitment,
    bool IsArchived,
    StoredValueSet Stored)
{
    public Amount TotalBudget => Amount.OfLines(FundingLines.Select(f => f.TotalBudget));

    public Amount EuContribution => Amount.OfLines(FundingLines.Select(f => f.EuContribution));
}

/// <summary>A contact point without e-mail or phone: those are shown only to signed-in users.</summary>
/// <summary>A contact point; e-mail and phone only for users with access to the partnership (else null).</summary>
public sealed record ContactPointView(string Name, string? Organisation, string? Function, string? Email, string? Phone);

public sealed record IndicatorView(Guid Id, string Name, string? Description, string? Unit);

public sealed record PeriodView(DateOnly? StartMonth, DateOnly? EndMonth, int? DurationMonths, string? Note);

public sealed record FundingLineView(FundingSourceKind SourceKind, string? Programme, string? Contributor, decimal? TotalBudget, decimal? EuContribution);
