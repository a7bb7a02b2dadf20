using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Features.Indicators;

/// <summary>Of an initiative's indicators that can be judged (baseline, target and a reported value), how many are on track.</summary>
public sealed record IndicatorsOnTrackCount(int OnTrack, int Judged);

/// <summary>Counts the indicators on track of many initiatives at once: one query for a whole scoreboard page, not one per row.</summary>
public static class IndicatorsOnTrack
{
    public static async Task<IReadOnlyDictionary<Guid, IndicatorsOnTrackCount>> CountAsync(AppDbContext db, IReadOnlyCollection<Guid> initiativeIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(initiativeIds);
        if (initiativeIds.Count == 0)
        {
            return new Dictionary<Guid, IndicatorsOnTrackCount>();
        }

        var ids = initiativeIds.ToList();
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => ids.Contains(EF.Property<Guid>(i, "initiative_id")) && i.BaselineValue != null && i.TargetValue != null)
            .Select(i => new
            {
                InitiativeId = EF.Property<Guid>(i, "initiative_id"),
                i.BaselineValue,
                i.BaselineDate,
                i.TargetValue,
                i.TargetDate,
                Latest = db.IndicatorValues.Where(v => v.IndicatorId == i.Id)
                    .OrderByDescending(v => v.PeriodEnd).ThenByDescending(v => v.ReportedAt)
                    .Select(v => new { v.Value, v.PeriodEnd })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        return indicators
            .Select(i => new
            {
                i.InitiativeId,
                OnTrack = IndicatorProgress.IsOnTrack(
                    new IndicatorPoint(i.BaselineValue!.Value, i.BaselineDate!.Value),
                    new IndicatorPoint(i.TargetValue!.Value, i.TargetDate!.Value),
                    i.Latest is null ? null : new IndicatorPoint(i.Latest.Value, i.Latest.PeriodEnd)),
            })
            .Where(i => i.OnTrack is not null)
            .GroupBy(i => i.InitiativeId)
            .ToDictionary(g => g.Key, g => new IndicatorsOnTrackCount(g.Count(i => i.OnTrack == true), g.Count()));
    }
}
