using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.OpenData.Iati;

/// <summary>What the export reads of an initiative.</summary>
internal sealed record InitiativeSource(
    Guid Id,
    string? ReferenceCode,
    string Title,
    string? Summary,
    Pillar Pillar,
    InitiativeStatus Status,
    Guid? LeadId,
    Guid? ResponsibleServiceId,
    DateOnly? StartMonth,
    DateOnly? EndMonth,
    string? Location,
    List<Guid> ThematicAreaIds,
    List<PartnerSource> Partners,
    List<FundingSource> FundingLines);

/// <summary>An organisation that takes part in, or implements, the initiative.</summary>
internal sealed record PartnerSource(Guid OrganisationId, PartnerRole Role);

/// <summary>A funding line: where the money comes from and how much in all.</summary>
internal sealed record FundingSource(FundingSourceKind Kind, Guid? ContributorId, decimal? TotalBudget);

/// <summary>What the export reads of an organisation it names.</summary>
internal sealed record OrganisationSource(Guid Id, string Name, OrganisationKind Kind, string? CountryCode);
