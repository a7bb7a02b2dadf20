using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>Which fields differ between two drafts. Texts compare as stored (line breaks normalised, trimmed, blank as none); collections as sets.</summary>
public static class InitiativeDraftComparison
{
    public static IReadOnlyList<InitiativeField> Differences(InitiativeDraft before, InitiativeDraft after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return [.. InitiativeFields.All.Where(entry => !entry.Draft.Same(before, after)).Select(entry => entry.Field)];
    }

    /// <summary>A text as the domain stores it (line breaks as "\n", trimmed), or null when nothing in it can be seen.</summary>
    public static string? Text(string? value) => TextCharacters.NormalisedOrNone(value);
}
