using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using static MobilityPartnerships.Web.Features.Initiatives.SheetColumns.InitiativeColumn;

namespace MobilityPartnerships.Web.Tests.Scoreboards.Exporting;

/// <summary>An export "as shown" writes the grid's columns the user has not hidden, in the grid's order, each as its sheet columns.</summary>
public sealed class ExportColumnsTests
{
    private static readonly InitiativeColumn[] EveryShown =
    [
        ReferenceCode, Title, Pillar, Lead, Status, StartMonth, EndMonth, DurationMonths, PeriodNote,
        FundingSource, FundingProgramme, Contributor, TotalBudget, EuContribution, Location,
    ];

    [Fact]
    public void With_nothing_hidden_every_column_is_written_in_the_grids_order() =>
        Assert.Equal(EveryShown, ExportColumns.Shown(new HashSet<ScoreboardColumn>(), groupByPillar: false));

    [Fact]
    public void The_default_view_leaves_out_the_location() =>
        Assert.Equal(EveryShown.SkipLast(1), ExportColumns.Shown(ScoreboardView.DefaultHidden, groupByPillar: false));

    [Fact]
    public void With_everything_hidden_the_title_is_written_and_grouping_adds_the_pillar()
    {
        var all = Enum.GetValues<ScoreboardColumn>().ToHashSet();
        Assert.Equal([Title], ExportColumns.Shown(all, groupByPillar: false));
        Assert.Equal([Title, Pillar], ExportColumns.Shown(all, groupByPillar: true));
    }

    [Fact]
    public void Hidden_columns_leave_out_all_their_sheet_columns_and_the_title_stays_first_without_the_reference_code() =>
        Assert.Equal(
            [Title, Pillar, Lead, Status, TotalBudget, EuContribution, Location],
            ExportColumns.Shown(new HashSet<ScoreboardColumn> { ScoreboardColumn.ReferenceCode, ScoreboardColumn.Period, ScoreboardColumn.Programmes }, groupByPillar: false));
}
