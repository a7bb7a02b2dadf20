using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Data.Standby;

namespace MobilityPartnerships.Web.Features.Dashboards.Coverage;

/// <summary>
/// The coverage matrix of the partnerships the user reads (or a selection of them), counted in PostgreSQL over the
/// initiatives their scoreboards show unfiltered: the same read scope, archived partnerships and initiatives left out.
/// </summary>
public sealed class GetCoverageMatrix(LaggingReads contexts, AccessControl access)
{
    /// <param name="selected">The partnerships to show; all the user reads when empty. Ids the user may not read are left out.</param>
    /// <param name="withTitles">Whether each cell also lists its initiatives' titles.</param>
    /// <param name="cancellationToken">Stops the queries.</param>
    public async Task<CoverageMatrix> ExecuteAsync(IReadOnlyCollection<Guid> selected, bool withTitles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selected);
        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // An archived partnership is left out, as the partnership list and My work leave it out.
        var choices = await scope.Apply(db.Partnerships.AsNoTracking())
            .Where(p => !p.IsArchived)
            .OrderBy(p => NameOrder.Key(p.Name))
            .Select(p => new CoverageColumn(p.Id, p.Name))
            .ToListAsync(cancellationToken);
        var columns = selected.Count == 0 ? choices : choices.Where(c => selected.Contains(c.PartnershipId)).ToList();
        var ids = columns.Select(c => c.PartnershipId).ToList();

        var initiatives = scope.Apply(db.Initiatives.AsNoTracking()).Where(i => ids.Contains(i.PartnershipId) && !i.IsArchived);
        var byPillar = await initiatives
            .GroupBy(i => new { i.PartnershipId, i.Pillar })
            .Select(g => new { g.Key.PartnershipId, g.Key.Pillar, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byArea = await (
            from i in initiatives
            from link in i.ThematicAreas
            group i by new { i.PartnershipId, link.ThematicAreaId } into g
            select new { g.Key.PartnershipId, g.Key.ThematicAreaId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var withoutArea = await initiatives
            .Where(i => !i.ThematicAreas.Any())
            .GroupBy(i => new { i.PartnershipId, i.Pillar })
            .Select(g => new { g.Key.PartnershipId, g.Key.Pillar, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var french = PageLanguage.IsFrench;
        var areas = await db.ThematicAreas.AsNoTracking().Select(a => new { a.Id, a.Pillar, Name = ShownNames.Name(a.Name, a.FrenchName, french) }).ToListAsync(cancellationToken);

        var areaTitles = new List<(Guid PartnershipId, Guid AreaId, string Title)>();
        var pillarTitles = new List<(Guid PartnershipId, Pillar Pillar, bool WithoutArea, string Title)>();
        if (withTitles)
        {
            var linked = await (
                from i in initiatives
                from link in i.ThematicAreas
                orderby NameOrder.Key(i.Title)
                select new { i.PartnershipId, link.ThematicAreaId, i.Title })
                .ToListAsync(cancellationToken);
            areaTitles = [.. linked.Select(x => (x.PartnershipId, x.ThematicAreaId, x.Title))];
            var own = await initiatives
                .OrderBy(i => NameOrder.Key(i.Title))
                .Select(i => new { i.PartnershipId, i.Pillar, WithoutArea = !i.ThematicAreas.Any(), i.Title })
                .ToListAsync(cancellationToken);
            pillarTitles = [.. own.Select(x => (x.PartnershipId, x.Pillar, x.WithoutArea, x.Title))];
        }

        var rows = new List<CoverageRow>();
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            rows.Add(new CoverageRow(pillar, null, null, false, [.. columns.Select(c => new CoverageCell(
                c.PartnershipId,
                byPillar.Find(x => x.PartnershipId == c.PartnershipId && x.Pillar == pillar)?.Count ?? 0,
                [.. pillarTitles.Where(t => t.PartnershipId == c.PartnershipId && t.Pillar == pillar).Select(t => t.Title)],
                new ScoreboardQuery { PartnershipId = c.PartnershipId, Pillar = pillar }))]));

            foreach (var area in areas.Where(a => a.Pillar == pillar).OrderBy(a => a.Name, NameOrder.Comparer))
            {
                rows.Add(new CoverageRow(pillar, area.Id, area.Name, false, [.. columns.Select(c => new CoverageCell(
                    c.PartnershipId,
                    byArea.Find(x => x.PartnershipId == c.PartnershipId && x.ThematicAreaId == area.Id)?.Count ?? 0,
                    [.. areaTitles.Where(t => t.PartnershipId == c.PartnershipId && t.AreaId == area.Id).Select(t => t.Title)],
                    new ScoreboardQuery { PartnershipId = c.PartnershipId, ThematicAreaId = area.Id }))]));
            }

            // Initiatives without a thematic area still appear once, under their pillar; no scoreboard filter names them.
            if (withoutArea.Exists(x => x.Pillar == pillar))
            {
                rows.Add(new CoverageRow(pillar, null, null, true, [.. columns.Select(c => new CoverageCell(
                    c.PartnershipId,
                    withoutArea.Find(x => x.PartnershipId == c.PartnershipId && x.Pillar == pillar)?.Count ?? 0,
                    [.. pillarTitles.Where(t => t.PartnershipId == c.PartnershipId && t.Pillar == pillar && t.WithoutArea).Select(t => t.Title)],
                    null))]));
            }
        }

        return new CoverageMatrix(columns, choices, rows);
    }
}
