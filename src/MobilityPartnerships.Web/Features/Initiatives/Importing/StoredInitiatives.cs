using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// Finds the stored initiative a row stands for: by reference code, or by title where the row has no code.
/// A row whose code is new but whose title belongs to an initiative with another code is flagged, not added twice.
/// </summary>
internal sealed class StoredInitiatives(IReadOnlyList<Initiative> stored)
{
    private readonly ILookup<string, Initiative> byCode = stored.Where(i => i.ReferenceCode is not null).ToLookup(i => i.ReferenceCode!.Trim().ToUpperInvariant());
    private readonly ILookup<string, Initiative> byTitle = stored.ToLookup(i => InitiativeColumns.Normalise(i.Title));

    public Initiative? Find(string? title, string? code, out string? problem)
    {
        problem = null;
        if (code is not null)
        {
            var withCode = byCode[code.Trim().ToUpperInvariant()].FirstOrDefault();
            if (withCode is not null || title is null)
            {
                return withCode;
            }

            var sameTitle = byTitle[InitiativeColumns.Normalise(title)].FirstOrDefault(i => i.ReferenceCode is not null);
            if (sameTitle is not null)
            {
                problem = ResourceText.Format("Import_Row_TitleHasReferenceCode", sameTitle.ReferenceCode!);
            }

            return null;
        }

        if (title is null)
        {
            return null;
        }

        var matches = byTitle[InitiativeColumns.Normalise(title)].ToList();
        if (matches.Count > 1)
        {
            problem = ResourceText.Format("Import_Row_TitleOfSeveral", matches.Count);
            return null;
        }

        return matches.FirstOrDefault();
    }
}
