namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>
/// "Overwrite" after a conflict: starts from what is stored now and applies only what this user changed since
/// loading, so the other user's other changes survive. Within a collection, only the items this user added,
/// removed or changed are applied.
/// </summary>
public static class InitiativeDraftMerge
{
    public static InitiativeDraft Overwrite(InitiativeDraft original, InitiativeDraft mine, InitiativeDraft stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var result = stored.Copy();
        foreach (var field in InitiativeDraftComparison.Differences(original, mine))
        {
            Apply(field, original, mine, result);
        }

        return result;
    }

    private static void Apply(InitiativeField field, InitiativeDraft original, InitiativeDraft mine, InitiativeDraft result)
    {
        switch (field)
        {
            case InitiativeField.ReferenceCode: result.ReferenceCode = mine.ReferenceCode; break;
            case InitiativeField.Title: result.Title = mine.Title; break;
            case InitiativeField.Summary: result.Summary = mine.Summary; break;
            case InitiativeField.Pillar: result.Pillar = mine.Pillar; break;
            case InitiativeField.ThematicAreas: result.ThematicAreaIds = Merge(original.ThematicAreaIds, mine.ThematicAreaIds, result.ThematicAreaIds, id => id); break;
            case InitiativeField.Lead: result.LeadOrganisationId = mine.LeadOrganisationId; break;
            case InitiativeField.ResponsibleService: result.ResponsibleServiceId = mine.ResponsibleServiceId; break;
            case InitiativeField.Period:
                (result.StartMonth, result.EndMonth, result.DurationMonths, result.PeriodNote) = (mine.StartMonth, mine.EndMonth, mine.DurationMonths, mine.PeriodNote);
                break;
            case InitiativeField.Status: result.Status = mine.Status; break;
            case InitiativeField.Novelty: result.Novelty = mine.Novelty; break;
            case InitiativeField.Location: result.Location = mine.Location; break;
            case InitiativeField.IsShareable: result.IsShareable = mine.IsShareable; break;
            case InitiativeField.Source: result.Source = mine.Source; break;
            case InitiativeField.Commitment: result.CommitmentId = mine.CommitmentId; break;
            case InitiativeField.Priority: result.Priority = mine.Priority; break;
            case InitiativeField.Partners: result.Partners = Merge(original.Partners, mine.Partners, result.Partners, p => p); break;
            case InitiativeField.FundingLines: result.FundingLines = Merge(original.FundingLines, mine.FundingLines, result.FundingLines, f => f.Id); break;
            case InitiativeField.ContactPoints: result.ContactPoints = Merge(original.ContactPoints, mine.ContactPoints, result.ContactPoints, c => c); break;
            case InitiativeField.Indicators: result.Indicators = Merge(original.Indicators, mine.Indicators, result.Indicators, i => i); break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }
    }

    /// <summary>Applies to <paramref name="stored"/> the items removed, added or changed between <paramref name="original"/> and <paramref name="mine"/>.</summary>
    private static List<T> Merge<T, TKey>(List<T> original, List<T> mine, List<T> stored, Func<T, TKey> key)
    {
        var comparer = EqualityComparer<TKey>.Default;
        var result = stored.ToList();
        foreach (var removed in original.Where(o => !mine.Exists(m => comparer.Equals(key(m), key(o)))))
        {
            result.RemoveAll(r => comparer.Equals(key(r), key(removed)));
        }

        foreach (var item in mine)
        {
            var before = original.Find(o => comparer.Equals(key(o), key(item)));
            if (before is not null && EqualityComparer<T>.Default.Equals(before, item))
            {
                continue;
            }

            var at = result.FindIndex(r => comparer.Equals(key(r), key(item)));
            if (at >= 0)
            {
                result[at] = item;
            }
            else
            {
                result.Add(item);
            }
        }

        return result;
    }
}
