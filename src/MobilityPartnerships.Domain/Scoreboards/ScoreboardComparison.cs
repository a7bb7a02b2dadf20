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

    public static ScoreboardComparison Between(IEnumerable<PublishedInitiative> before, IEnumerable<PublishedInitiative> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.ToDictionary(r => r.InitiativeId);
        var current = after.ToDictionary(r => r.InitiativeId);
        var added = current.Values.Where(r => !old.ContainsKey(r.InitiativeId)).OrderBy(r => r.Pillar).ThenBy(r => r.Title, StringComparer.CurrentCulture).ToList();
        var removed = old.Values.Where(r => !current.ContainsKey(r.InitiativeId)).OrderBy(r => r.Pillar).ThenBy(r => r.Title, StringComparer.CurrentCulture).ToList();
        var changed = current.Values
            .Where(r => old.ContainsKey(r.InitiativeId))
            .Select(r => new InitiativeChange(old[r.InitiativeId], r, Differences(old[r.InitiativeId], r)))
            .Where(c => c.Changes.Count > 0)
            .OrderBy(c => c.After.Pillar).ThenBy(c => c.After.Title, StringComparer.CurrentCulture)
            .ToList();
        return new ScoreboardComparison(added, removed, changed);
    }

    /// <summary>The parts of the row that differ, in <see cref="ComparedField"/> order, then the facts that differ by name.</summary>
    public static IReadOnlyList<FieldChange> Differences(PublishedInitiative before, PublishedInitiative after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<FieldChange>();
        void Compare<T>(ComparedField field, T was, T now)
        {
            if (!EqualityComparer<T>.Default.Equals(was, now))
            {
                changes.Add(new FieldChange(field, was, now));
            }
        }

        void CompareList(ComparedField field, IReadOnlyList<string> was, IReadOnlyList<string> now)
        {
            if (!was.SequenceEqual(now, StringComparer.Ordinal))
            {
                changes.Add(new FieldChange(field, was, now));
            }
        }

        // A value a version did not keep (null: published before it was kept) is not known to have changed.
        void CompareKept(ComparedField field, string? was, string? now)
        {
            if (was is not null && now is not null)
            {
                Compare(field, was, now);
            }
        }

        Compare(ComparedField.ReferenceCode, before.ReferenceCode, after.ReferenceCode);
        Compare(ComparedField.Title, before.Title, after.Title);
        Compare(ComparedField.Summary, before.Summary, after.Summary);
        Compare(ComparedField.Pillar, before.Pillar, after.Pillar);
        CompareList(ComparedField.ThematicAreas, before.ThematicAreas, after.ThematicAreas);
        CompareKept(ComparedField.Priority, before.Priority, after.Priority);
        CompareKept(ComparedField.Commitment, before.Commitment, after.Commitment);
        Compare(ComparedField.Lead, before.Lead, after.Lead);
        Compare(ComparedField.ResponsibleService, before.ResponsibleService, after.ResponsibleService);
        CompareList(ComparedField.Partners, before.Partners, after.Partners);
        Compare(ComparedField.Status, before.Status, after.Status);
        Compare(ComparedField.Novelty, before.Novelty, after.Novelty);
        Compare(ComparedField.Period, new PeriodValue(before.StartMonth, before.EndMonth, before.PeriodNote), new PeriodValue(after.StartMonth, after.EndMonth, after.PeriodNote));
        Compare(ComparedField.Location, before.Location, after.Location);
        Compare(ComparedField.Shareable, before.IsShareable, after.IsShareable);
        CompareList(ComparedField.FundingLines, before.FundingLines, after.FundingLines);
        Compare(ComparedField.TotalBudget, before.TotalBudget, after.TotalBudget);
        Compare(ComparedField.EuContribution, before.EuContribution, after.EuContribution);

        // Facts are compared where both versions kept them, in name order.
        foreach (var (name, now) in after.Facts.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (before.Facts.TryGetValue(name, out var was) && !string.Equals(was, now, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(ComparedField.Fact, was, now) { Fact = name });
            }
        }

        return changes;
    }
}
