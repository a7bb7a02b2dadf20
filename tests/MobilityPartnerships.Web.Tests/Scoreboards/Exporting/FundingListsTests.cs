using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.Web.Tests.Scoreboards.Exporting;

/// <summary>An initiative's row in an export names each source, programme and contributor of its funding lines once, in the lines' order.</summary>
public sealed class FundingListsTests
{
    [Fact]
    public void Three_lines_of_one_programme_name_it_once()
    {
        var initiative = Initiative(
            new FundingLineView(FundingSourceKind.EuProgramme, "QA prog A", "IOM", 100m, 50m),
            new FundingLineView(FundingSourceKind.EuProgramme, "QA prog A", "IOM", 200m, 50m),
            new FundingLineView(FundingSourceKind.EuProgramme, "QA prog A", "ICMPD", 300m, 50m),
            new FundingLineView(FundingSourceKind.EuProgramme, "QA prog B", "IOM", 400m, 50m));

        Assert.Equal("QA prog A; QA prog B", SheetCells.Of(initiative, InitiativeColumn.FundingProgramme).Text);
        Assert.Equal("IOM; ICMPD", SheetCells.Of(initiative, InitiativeColumn.Contributor).Text);
    }

    [Fact]
    public void Lines_of_one_kind_of_source_name_it_once()
    {
        // "EU programme; EU programme; Own funds" read as if there were three kinds of source.
        var initiative = Initiative(
            new FundingLineView(FundingSourceKind.EuProgramme, "QA prog A", "IOM", 100m, 50m),
            new FundingLineView(FundingSourceKind.OwnFunds, null, "IOM", 200m, null),
            new FundingLineView(FundingSourceKind.EuProgramme, "QA prog B", "IOM", 300m, 50m));

        Assert.Equal("EU programme; Own funds", SheetCells.Of(initiative, InitiativeColumn.FundingSource).Text);
    }

    private static InitiativeDetails Initiative(params FundingLineView[] lines) => new(
        Guid.NewGuid(), Guid.NewGuid(), "Moldova", "MD-07", "Seasonal work pilot", null, Pillar.LegalMigration, [], null, [], [], null, [], [],
        new PeriodView(null, null, null, null), null, null, lines,
        InitiativeStatus.Ongoing, Novelty.NotStated, null, true, null, null, null, false, StoredValueSet.None);
}
