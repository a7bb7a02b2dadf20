using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Details;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>A row of a partnership's sheet below its header: an initiative, a pillar's heading, a separating empty row or a totals row.</summary>
public abstract record SheetLine
{
    private SheetLine()
    {
    }

    public sealed record Initiative(InitiativeDetails Row) : SheetLine;

    /// <summary>Above a pillar's rows when they are grouped: only the title cell, holding the pillar's label.</summary>
    public sealed record Heading(Pillar Pillar) : SheetLine;

    public sealed record Empty : SheetLine;

    /// <summary>A pillar's or the whole sheet's totals: only the title cell (starting with "Total") and the two amounts.</summary>
    public sealed record Totals(SheetTotal Total) : SheetLine;
}
