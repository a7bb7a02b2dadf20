using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Tests.Scoreboards;

/// <summary>The grid's field columns word a row's cells as the grid always has: names, "To be determined", months, amounts.</summary>
public sealed class GridColumnsTests
{
    [Fact]
    public void A_rows_cells_read_as_before()
    {
        var culture = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
        try
        {
            var row = new ScoreboardRow
            {
                ReferenceCode = "MD-7",
                Title = "A title",
                Pillar = Pillar.IllegalMigration,
                Status = InitiativeStatus.Ongoing,
                StartMonth = new DateOnly(2024, 3, 1),
                EndMonth = null,
                Programmes = "AMIF",
                TotalBudgetKnown = 1200m,
                TotalBudgetUnknown = 0,
                EuContributionKnown = 500m,
                EuContributionUnknown = 1,
                Location = "Chișinău",
            };
            var unknown = new ScoreboardRow { Lead = null, PeriodNote = "After the elections", TotalBudgetUnknown = 1, EuContributionUnknown = 1 };

            Assert.Equal(
                ["MD-7", "Illegal migration", "To be determined", "Ongoing", "March 2024 – To be determined", "AMIF", "€\u00a01,200.00", "at least €\u00a0500.00", "Chișinău"],
                InitiativeFields.GridColumns.Select(c => c.Text(Texts.Strings, row)));
            Assert.Equal("After the elections", Cell(ScoreboardColumn.Period, unknown));
            Assert.Equal("To be determined", Cell(ScoreboardColumn.TotalBudget, unknown));
            Assert.Equal("To be determined", Cell(ScoreboardColumn.Period, unknown with { PeriodNote = null }));
            Assert.Equal("March 2024 – To be determined", Cell(ScoreboardColumn.Period, row with { PeriodNote = "ignored: a month is known" }));
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = culture;
        }
    }

    [Fact]
    public void The_grids_columns_are_in_the_order_users_know()
    {
        ScoreboardColumn[] order =
        [
            ScoreboardColumn.ReferenceCode, ScoreboardColumn.Pillar, ScoreboardColumn.Lead, ScoreboardColumn.Status, ScoreboardColumn.Period,
            ScoreboardColumn.Programmes, ScoreboardColumn.TotalBudget, ScoreboardColumn.EuContribution, ScoreboardColumn.Location,
        ];
        Assert.Equal(order, InitiativeFields.GridColumns.Select(c => c.Column));
        Assert.Equal([ScoreboardColumn.ReferenceCode], InitiativeFields.GridColumns.Where(c => c.Position < ScoreboardGrid.TitlePosition).Select(c => c.Column));
        Assert.Equal(ScoreboardColumn.Period, InitiativeFields.GridColumns.First(c => c.Position > ScoreboardGrid.IndicatorsPosition).Column);
    }

    private static string? Cell(ScoreboardColumn column, ScoreboardRow row) =>
        InitiativeFields.GridColumns.Single(c => c.Column == column).Text(Texts.Strings, row);
}
