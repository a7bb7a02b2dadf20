using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>
/// "Overwrite" after a conflict: starts from what is stored now and applies only what this user changed since
/// loading, so the other user's other changes survive. Within a collection, only the items this user added,
/// removed or changed are applied (each field's merge is in <see cref="InitiativeFields"/>).
/// </summary>
public static class InitiativeDraftMerge
{
    public static InitiativeDraft Overwrite(InitiativeDraft original, InitiativeDraft mine, InitiativeDraft stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var result = stored.Copy();
        foreach (var field in InitiativeDraftComparison.Differences(original, mine))
        {
            InitiativeFields.Of(field).Draft.Merge(original, mine, result);
        }

        return result;
    }
}
