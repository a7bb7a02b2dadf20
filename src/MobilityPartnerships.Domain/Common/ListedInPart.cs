namespace MobilityPartnerships.Domain.Common;

/// <summary>
/// A list a refusal names in part, so that its message stays short whatever the list's length: the first items, and how
/// many more it leaves unnamed ("A; B and 3 more"). The message's language joins them (the web project's rule messages).
/// </summary>
public sealed record ListedInPart(IReadOnlyList<string> Named, int Unnamed)
{
    /// <summary>The list in English, for the refusal's own message.</summary>
    public override string ToString() => Unnamed == 0 ? string.Join("; ", Named) : $"{string.Join("; ", Named)} and {Unnamed} more";
}
