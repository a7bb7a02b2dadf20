using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Web.Features.Partnerships.List;

public sealed record PartnershipSummary(
    Guid Id,
    string Name,
    string? Country,
    PartnershipKind Kind,
    PartnershipStatus Status,
    DateOnly? SignedOn,
    DatePrecision? SignedOnPrecision,
    int InitiativeCount,
    Amount TotalBudget,
    Amount EuContribution,
    bool IsArchived);
