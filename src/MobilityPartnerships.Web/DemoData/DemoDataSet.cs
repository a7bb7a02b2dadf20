using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Signatories;

namespace MobilityPartnerships.Web.DemoData;

// The shape of demo-data.json. Organisations are named by key; Member States by their ISO code.
#pragma warning disable CA1812 // Instantiated by the JSON deserialiser.

internal sealed record DemoDataSet(
    IReadOnlyList<DemoOrganisation> Organisations,
    IReadOnlyList<DemoThematicArea> ThematicAreas,
    IReadOnlyList<DemoPartnership> Partnerships);

// FrenchName and FrenchShortName: the official French names, for an organisation that has them.
internal sealed record DemoOrganisation(string Key, string Name, string? ShortName, OrganisationKind Kind, string? CountryCode, string? ParentKey, string? Source, string? FrenchName = null, string? FrenchShortName = null);

internal sealed record DemoThematicArea(Pillar Pillar, string Name, string? Source);

internal sealed record DemoPartnership(
    string Key,
    string? PartnerCountry,
    string Name,
    PartnershipKind Kind,
    PartnershipStatus Status,
    DateOnly? SignedOn,
    DatePrecision? SignedOnPrecision,
    DateOnly? ExploratoryTalksDeadline,
    IReadOnlyList<string>? Priorities,
    IReadOnlyList<DemoMonitoringBody>? MonitoringBodies,
    IReadOnlyList<DemoStatusChange>? StatusHistory,
    IReadOnlyList<DemoParticipant> Participants,
    string? Source,
    IReadOnlyList<DemoInitiative> Initiatives,
    IReadOnlyList<DemoCommitment>? Commitments);

/// <summary>A commitment of the joint declaration, with the titles of the partnership's initiatives that carry it out.</summary>
internal sealed record DemoCommitment(Domain.Commitments.CommitmentSide Side, Pillar Pillar, string Text, string? Source, IReadOnlyList<string>? Initiatives);

internal sealed record DemoMonitoringBody(MonitoringBodyKind Kind, string Name, string? MeetingFrequency, string? Source);

internal sealed record DemoStatusChange(PartnershipStatus Status, DateOnly? On, string? Source, DatePrecision? Precision);

internal sealed record DemoParticipant(string Organisation, ParticipationBasis Basis, DateOnly? JoinedOn, DateOnly? LeftOn, string? Source);

internal sealed record DemoInitiative(
    string? ReferenceCode,
    string Title,
    string? Summary,
    Pillar Pillar,
    IReadOnlyList<string>? ThematicAreas,
    string? Lead,
    IReadOnlyList<string>? ParticipatingPartners,
    IReadOnlyList<string>? ImplementingPartners,
    string? ResponsibleService,
    IReadOnlyList<DemoContactPoint>? ContactPoints,
    IReadOnlyList<DemoIndicator>? Indicators,
    DemoPeriod? Period,
    IReadOnlyList<DemoFundingLine>? FundingLines,
    InitiativeStatus Status,
    Novelty Novelty,
    string? Location,
    bool Shareable,
    string? Source,
    string? Priority = null,
    IReadOnlyList<DemoProgressUpdate>? ProgressUpdates = null,
    string? SecondLanguageTitle = null);

/// <summary>A dated account of an initiative's state as a document gives it; the narrative names the document.</summary>
internal sealed record DemoProgressUpdate(DateOnly ReportedOn, Domain.Progress.ProgressRating Rating, string Narrative, string Author, string? AuthorOrganisation);

internal sealed record DemoContactPoint(string Name, string? Organisation, string? Function, string? Email, string? Phone);

internal sealed record DemoIndicator(string Name, string? Description);

internal sealed record DemoPeriod(string? StartMonth, string? EndMonth, int? DurationMonths, string? Note);

internal sealed record DemoFundingLine(FundingSourceKind SourceKind, string? Programme, string? Contributor, decimal? TotalBudget, decimal? EuContribution);
