using MobilityPartnerships.Web.Features.Initiatives.Details;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// The rows of a partnership's sheet below the header. Grouped by pillar: each pillar's heading, its initiatives,
/// an empty row and its totals, an empty row; after the last pillar the grand total. Not grouped: the initiatives,
/// an empty row, then the totals of each pillar that has rows and the grand total. Totals rows therefore never sit
/// among initiatives: each run of them begins after an empty row.
/// </summary>
public static class SheetLayout
{
    public static IEnumerable<SheetLine> Lines(IReadOnlyList<InitiativeDetails> rows, bool groupByPillar)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (groupByPillar)
        {
            // The rows come sorted by pillar first, so each pillar's rows follow one another.
            var start = 0;
            while (start < rows.Count)
            {
                var pillar = rows[start].Pillar;
                var end = start;
                while (end < rows.Count && rows[end].Pillar == pillar)
                {
                    end++;
                }

                var group = rows.Skip(start).Take(end - start).ToList();
                yield return new SheetLine.Heading(pillar);
                foreach (var row in group)
                {
                    yield return new SheetLine.Initiative(row);
                }

                yield return new SheetLine.Empty();
                yield return new SheetLine.Totals(SheetTotal.OfPillar(pillar, group));
                yield return new SheetLine.Empty();
                start = end;
            }

            if (rows.Count == 0)
            {
                yield return new SheetLine.Empty();
            }

            yield return new SheetLine.Totals(SheetTotal.OfAll(rows.ToList()));
            yield break;
        }

        foreach (var row in rows)
        {
            yield return new SheetLine.Initiative(row);
        }

        yield return new SheetLine.Empty();
        foreach (var pillar in Enum.GetValues<Domain.Pillars.Pillar>())
        {
            var group = rows.Where(r => r.Pillar == pillar).ToList();
            if (group.Count > 0)
            {
                yield return new SheetLine.Totals(SheetTotal.OfPillar(pillar, group));
            }
        }

        yield return new SheetLine.Totals(SheetTotal.OfAll(rows.ToList()));
    }
}
