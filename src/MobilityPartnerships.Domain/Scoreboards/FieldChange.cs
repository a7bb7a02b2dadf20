namespace MobilityPartnerships.Domain.Scoreboards;

/// <summary>One part of a row that differs between two versions: the value before and after (typed, formatted by the page).</summary>
public sealed record FieldChange(ComparedField Field, object? Before, object? After);
