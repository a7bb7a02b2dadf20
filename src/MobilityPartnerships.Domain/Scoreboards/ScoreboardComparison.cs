using MobilityPartnerships.Domain.Common;
namespace MobilityPartnerships.Domain.Scoreboards;

/// <summary>
/// What differs between two scoreboards (two published versions, or a version and today): initiatives added,
/// removed and changed. Rows are matched by the initiative's identity, never by title, so a renamed initiative
/// is a change, not a removal and an addition.
/// </summary>
public sealed record ScoreboardComparison(
    IReadOnlyList<PublishedInitiative> Added,
    IReadOnlyList<PublishedInitiative> Removed,
    IReadOnlyList<InitiativeChange> Changed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>Compares two scoreboards field by field, reading each field with <paramref name="compared"/> (see <see cref="Differences"/>).</summary>
    public static ScoreboardComparison Between(IEnumerable<PublishedInitiative> before, IEnumerable<PublishedInitiative> after, IReadOnlyList<ComparedFieldReader> compared)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(compared);
        var old = before.ToDictionary(r => r.InitiativeId);
        var current = after.ToDictionary(r => r.InitiativeId);
        var added = current.Values.Where(r => !old.ContainsKey(r.InitiativeId)).OrderBy(r => r.Pillar).ThenBy(r => r.Title, NameOrder.Comparer).ToList();
        var removed = old.Values.Where(r => !current.ContainsKey(r.InitiativeId)).OrderBy(r => r.Pillar).ThenBy(r => r.Title, NameOrder.Comparer).ToList();
        var changed = current.Values
            .Where(r => old.ContainsKey(r.InitiativeId))
            .Select(r => new InitiativeChange(old[r.InitiativeId], r, Differences(old[r.InitiativeId], r, compared)))
            .Where(c => c.Changes.Count > 0)
            .OrderBy(c => c.After.Pillar).ThenBy(c => c.After.Title, NameOrder.Comparer)
            .ToList();
        return new ScoreboardComparison(added, removed, changed);
    }

    /// <summary>
    /// Compares two scoreboards as someone who sees only the rows shared beyond the partnership sees them, each side by
    /// its own sharing. A row both scoreboards hold that one of them does not share was neither added nor removed (it
    /// stopped, or started, being shared), and what changed in it is not theirs to see: it is not reported at all.
    /// </summary>
    public static ScoreboardComparison BetweenShared(IEnumerable<PublishedInitiative> before, IEnumerable<PublishedInitiative> after, IReadOnlyList<ComparedFieldReader> compared)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var (old, current) = (before.ToList(), after.ToList());
        var notShared = old.Concat(current).Where(r => !r.IsShareable).Select(r => r.InitiativeId).ToHashSet();
        return Between(old.Where(r => !notShared.Contains(r.InitiativeId)), current.Where(r => !notShared.Contains(r.InitiativeId)), compared);
    }

    /// <summary>
    /// The parts of the row that differ, in the order of <paramref name="compared"/> (the callers pass the fields in
    /// <see cref="ComparedField"/> order), then the facts that differ by name.
    /// </summary>
    public static IReadOnlyList<FieldChange> Differences(PublishedInitiative before, PublishedInitiative after, IReadOnlyList<ComparedFieldReader> compared)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(compared);
        var changes = new List<FieldChange>();
        foreach (var reader in compared)
        {
            var (was, now) = (reader.Read(before), reader.Read(after));
            if (reader.OnlyWhereBothKept && (was is null || now is null))
            {
                continue;
            }

            if (!Same(was, now))
            {
                changes.Add(new FieldChange(reader.Field, was, now));
            }
        }

        // Facts are compared where both versions kept them, in name order.
        foreach (var (name, now) in after.Facts.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (before.Facts.TryGetValue(name, out var was) && !SameText(was, now))
            {
                changes.Add(new FieldChange(ComparedField.Fact, was, now) { Fact = name });
            }
        }

        return changes;
    }

    // Lists (names, partners, funding lines) are the same when they hold the same texts in the same order, whatever their
    // instance; texts as stored today (a version published before line breaks were normalised kept "\r\n"); any other
    // value (enums, periods, amounts that may be unknown) by its own equality.
    private static bool Same(object? was, object? now) => (was, now) switch
    {
        (IReadOnlyList<string> a, IReadOnlyList<string> b) => a.SequenceEqual(b, StringComparer.Ordinal),
        (string a, string b) => SameText(a, b),
        _ => Equals(was, now),
    };

    private static bool SameText(string? was, string? now) =>
        string.Equals(was, now, StringComparison.Ordinal)
        || (was is not null && now is not null && string.Equals(was.Replace("\r\n", "\n", StringComparison.Ordinal), now.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal));
}
