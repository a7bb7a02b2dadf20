using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>Which fields differ between two drafts. Texts compare as stored (trimmed, empty as none); collections as sets.</summary>
public static class InitiativeDraftComparison
{
    public static IReadOnlyList<InitiativeField> Differences(InitiativeDraft before, InitiativeDraft after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return [.. InitiativeFields.All.Where(entry => !entry.Draft.Same(before, after)).Select(entry => entry.Field)];
    }

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
