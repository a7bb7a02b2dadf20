namespace MobilityPartnerships.Domain.Progress;

/// <summary>Who posts a progress update: a person, the organisation they act for, and whether they are the partnership's focal point.</summary>
public sealed record ProgressAuthor(string Name, Guid? OrganisationId, bool IsFocalPoint);
