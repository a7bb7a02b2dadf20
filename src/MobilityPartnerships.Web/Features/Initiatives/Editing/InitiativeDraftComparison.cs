namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>Which fields differ between two drafts. Texts compare as stored (trimmed, empty as none); collections as sets.</summary>
public static class InitiativeDraftComparison
{
    public static IReadOnlyList<InitiativeField> Differences(InitiativeDraft before, InitiativeDraft after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return [.. Enum.GetValues<InitiativeField>().Where(field => !Same(field, before, after))];
    }

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool Same(InitiativeField field, InitiativeDraft a, InitiativeDraft b) => field switch
    {
        InitiativeField.ReferenceCode => Text(a.ReferenceCode) == Text(b.ReferenceCode),
        InitiativeField.Title => Text(a.Title) == Text(b.Title),
        InitiativeField.Summary => Text(a.Summary) == Text(b.Summary),
        InitiativeField.Pillar => a.Pillar == b.Pillar,
        InitiativeField.ThematicAreas => SameSet(a.ThematicAreaIds, b.ThematicAreaIds),
        InitiativeField.Lead => a.LeadOrganisationId == b.LeadOrganisationId,
        InitiativeField.ResponsibleService => a.ResponsibleServiceId == b.ResponsibleServiceId,
        InitiativeField.Period => (a.StartMonth, a.EndMonth, a.DurationMonths, Text(a.PeriodNote)) == (b.StartMonth, b.EndMonth, b.DurationMonths, Text(b.PeriodNote)),
        InitiativeField.Status => a.Status == b.Status,
        InitiativeField.Novelty => a.Novelty == b.Novelty,
        InitiativeField.Location => Text(a.Location) == Text(b.Location),
        InitiativeField.IsShareable => a.IsShareable == b.IsShareable,
        InitiativeField.Source => Text(a.Source) == Text(b.Source),
        InitiativeField.Commitment => a.CommitmentId == b.CommitmentId,
        InitiativeField.Priority => Text(a.Priority) == Text(b.Priority),
        InitiativeField.Partners => SameSet(a.Partners, b.Partners),
        InitiativeField.FundingLines => SameSet(a.FundingLines, b.FundingLines),
        InitiativeField.ContactPoints => SameSet(a.ContactPoints, b.ContactPoints),
        InitiativeField.Indicators => SameSet(a.Indicators, b.Indicators),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static bool SameSet<T>(List<T> a, List<T> b) => a.Count == b.Count && a.TrueForAll(b.Contains) && b.TrueForAll(a.Contains);
}
