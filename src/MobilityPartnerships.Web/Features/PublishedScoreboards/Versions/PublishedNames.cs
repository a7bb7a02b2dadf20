using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

/// <summary>
/// A published version's names as a page shows them (decision 0031): the version keeps the names it was published with,
/// in English; a French page shows the French name of each thematic area and organisation the row holds the id of
/// (versions published before they kept ids, and entries without a French name, show the stored name). Comparisons
/// compare the stored record, then show both sides in the page's language.
/// </summary>
public sealed class PublishedNames
{
    /// <summary>Names as stored: English pages.</summary>
    public static readonly PublishedNames AsStored = new(null, null);

    private readonly Dictionary<Guid, string>? areas;
    private readonly Dictionary<Guid, string>? organisations;

    private PublishedNames(Dictionary<Guid, string>? areas, Dictionary<Guid, string>? organisations) =>
        (this.areas, this.organisations) = (areas, organisations);

    /// <summary>The French names of the reference entries on a French page; the names as stored on any other.</summary>
    public static async Task<PublishedNames> ForPageAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!PageLanguage.IsFrench)
        {
            return AsStored;
        }

        var areas = await db.ThematicAreas.AsNoTracking()
            .ToDictionaryAsync(a => a.Id, a => a.NameIn(french: true), cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.FrenchName != null)
            .ToDictionaryAsync(o => o.Id, o => o.DisplayNameIn(french: true), cancellationToken);
        return new PublishedNames(areas, organisations);
    }

    /// <summary>The row with the names of the entries it holds the ids of in the page's language.</summary>
    public PublishedInitiative Shown(PublishedInitiative row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (areas is null || organisations is null)
        {
            return row;
        }

        return row with
        {
            // By the ids where each is still an area (an area without a French name by its English one); else as stored.
            ThematicAreas = row.ThematicAreaIds is { Count: > 0 } ids && ids.Count == row.ThematicAreas.Count && ids.All(areas.ContainsKey)
                ? [.. ids.Select(id => areas[id]).Order(NameOrder.Comparer)]
                : row.ThematicAreas,
            Lead = Organisation(row.LeadId, row.Lead),
            ResponsibleService = Organisation(row.ResponsibleServiceId, row.ResponsibleService),
        };
    }

    /// <summary>
    /// A comparison of the stored records shown in the page's language: what changed is what changed in the record (a
    /// version that kept no ids is not "changed" by today's names being French); the values shown are in the page's language.
    /// </summary>
    public ScoreboardComparison Shown(ScoreboardComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (areas is null)
        {
            return comparison;
        }

        return new ScoreboardComparison(
            [.. comparison.Added.Select(Shown)],
            [.. comparison.Removed.Select(Shown)],
            [.. comparison.Changed.Select(change =>
            {
                var (before, after) = (Shown(change.Before), Shown(change.After));
                var shown = ScoreboardComparison.Differences(before, after, InitiativeFields.ComparedReaders);
                return new InitiativeChange(before, after, [.. change.Changes.Select(c => shown.FirstOrDefault(s => s.Field == c.Field && s.Fact == c.Fact) ?? c)]);
            })]);
    }

    private string? Organisation(Guid? id, string? stored) =>
        id is { } value && stored is not null && organisations!.TryGetValue(value, out var french) ? french : stored;
}
