namespace MobilityPartnerships.Domain.Scoreboards;

/// <summary>One part of a row that differs between two versions: the value before and after (typed, formatted by the page).</summary>
public sealed record FieldChange(ComparedField Field, object? Before, object? After)
{
    /// <summary>The name of the fact that changed, for <see cref="ComparedField.Fact"/>; null for the other fields.</summary>
    public string? Fact { get; init; }
}
