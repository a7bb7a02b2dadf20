namespace MobilityPartnerships.Domain.Scoreboards;

/// <summary>An implementation period as a comparison reports it.</summary>
public sealed record PeriodValue(DateOnly? StartMonth, DateOnly? EndMonth, string? Note);
