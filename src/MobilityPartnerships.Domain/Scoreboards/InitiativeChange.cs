namespace MobilityPartnerships.Domain.Scoreboards;

/// <summary>An initiative present in both versions whose row differs, with each changed part old → new.</summary>
public sealed record InitiativeChange(PublishedInitiative Before, PublishedInitiative After, IReadOnlyList<FieldChange> Changes);
