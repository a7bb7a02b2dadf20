namespace MobilityPartnerships.Domain.Meetings;

/// <summary>A dated correction to a meeting's approved minutes.</summary>
public sealed record Corrigendum(string Text, string IssuedBy, DateTimeOffset IssuedAt);
