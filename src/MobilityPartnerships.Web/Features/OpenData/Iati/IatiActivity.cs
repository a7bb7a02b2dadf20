namespace MobilityPartnerships.Web.Features.OpenData.Iati;

/// <summary>
/// One initiative as an IATI activity, its parts in the order the schema requires. It is reported as a secondary
/// reporter's when no EU programme funds it (the reporting organisation then reproduces another's activity); it was
/// last updated when its history last records a change, and carries no such date when it has no history.
/// </summary>
public sealed record IatiActivity(
    string Identifier,
    bool SecondaryReporter,
    DateTimeOffset? LastUpdated,
    string Title,
    string Description,
    IReadOnlyList<IatiParticipatingOrganisation> ParticipatingOrganisations,
    IatiActivityStatus Status,
    DateOnly PlannedStart,
    DateOnly? PlannedEnd,
    IatiRecipientCountry? RecipientCountry,
    string? Location,
    IReadOnlyList<IatiSector> Sectors,
    IReadOnlyList<IatiTag> Tags,
    IReadOnlyList<IatiBudget> Budgets);

/// <summary>An organisation in one role; <paramref name="Ref"/> only where its IATI identifier is known.</summary>
public sealed record IatiParticipatingOrganisation(IatiOrganisationRole Role, string? Ref, int Type, string Name);

/// <summary>The partner country the activity benefits, by its ISO 3166-1 code.</summary>
public sealed record IatiRecipientCountry(string Code, string Name);

/// <summary>A sector in a vocabulary; the narrative only for the reporting organisation's own vocabulary.</summary>
public sealed record IatiSector(string Vocabulary, string Code, decimal Percentage, string? Narrative);

/// <summary>A tag in the reporting organisation's own vocabulary: here, a thematic area.</summary>
public sealed record IatiTag(string Vocabulary, string Code, string Narrative);

/// <summary>An original budget in euro for a period of at most one year.</summary>
public sealed record IatiBudget(DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, IatiBudgetStatus Status);
