using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;

/// <summary>How an export reads its address, names its sheets and files, and refuses what it does not understand.</summary>
public sealed class ExportQueryTests
{
    private static readonly Guid Moldova = Guid.CreateVersion7();

    [Theory]
    [InlineData("?pillar=Nonsense", "pillar=Nonsense")]
    [InlineData("?columns=some", "columns=some")]
    [InlineData("?cols=Title,Budget", "cols=Budget")]
    [InlineData("?sort=Colour", "sort=Colour")]
    [InlineData("?lead=not-a-guid", "lead=not-a-guid")]
    [InlineData("?text=remittance", "text=remittance")] // the search is "q": the export held every row
    [InlineData("?stauts=Ongoing", "stauts=Ongoing")]
    [InlineData("?desc=true", "desc=true")]
    [InlineData("?archived=yes", "archived=yes")]
    [InlineData("?group=status", "group=status")]
    public void A_parameter_not_understood_is_refused_with_its_name(string query, string named)
    {
        Assert.False(ExportQuery.TryParse(Moldova, query, out var request, out var problem));
        Assert.Null(request);
        Assert.Contains(named, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scoreboards_filters_order_and_grouping_are_read_from_the_page_address()
    {
        Assert.True(ExportQuery.TryParse(Moldova, "?pillar=LegalMigration&status=Ongoing&q=pilot&sort=TotalBudget&desc=1&group=pillar&archived=include&page=3&size=10&columns=all", out var request, out _));

        Assert.Equal([Moldova], request.PartnershipIds);
        Assert.Equal(Domain.Pillars.Pillar.LegalMigration, request.Query.Pillar);
        Assert.Equal(Domain.Initiatives.InitiativeStatus.Ongoing, request.Query.Status);
        Assert.Equal("pilot", request.Query.Text);
        Assert.True(request.Query is { Descending: true, GroupByPillar: true, IncludeArchived: true, Sort: Web.Features.Scoreboards.Querying.ScoreboardSort.TotalBudget });
        Assert.Equal(InitiativeColumns.Exported, request.Columns);
    }

    [Fact]
    public void Several_partnerships_are_named_one_parameter_each_up_to_fifty()
    {
        Assert.False(ExportQuery.TryParseMany(string.Empty, out _, out var none));
        Assert.Contains("partnership=", none, StringComparison.Ordinal);
        Assert.False(ExportQuery.TryParseMany("?partnership=Moldova", out _, out var notAnId));
        Assert.Contains("'Moldova'", notAnId, StringComparison.Ordinal);
        var tooMany = string.Join('&', Enumerable.Range(0, ExportRequest.MaxPartnerships + 1).Select(_ => $"partnership={Guid.CreateVersion7()}"));
        Assert.False(ExportQuery.TryParseMany("?" + tooMany, out _, out var problem));
        Assert.Contains("at most 50", problem, StringComparison.Ordinal);

        var georgia = Guid.CreateVersion7();
        Assert.True(ExportQuery.TryParseMany($"?partnership={Moldova}&partnership={georgia}&partnership={Moldova}", out var request, out _));
        Assert.Equal([Moldova, georgia], request.PartnershipIds);
    }

    [Fact]
    public void Sheet_names_keep_within_Excels_limits_and_are_unique()
    {
        Assert.Equal("Cape Verde Sal Praia", SheetNames.Valid("Cape Verde: Sal/Praia"));
        Assert.Equal("A B C D E", SheetNames.Valid("[A]*B?C\\D/E"));
        Assert.Equal("Mobility Partnership with the R", SheetNames.Valid("Mobility Partnership with the Republic of Moldova"));
        Assert.Equal("Scoreboard", SheetNames.Valid("'?'"));

        var names = SheetNames.Unique(["Moldova", "moldova", "Funding lines", "History", new string('x', 40), new string('x', 35)], SheetNames.FundingLines);

        Assert.Equal(["Moldova", "moldova (2)", "Funding lines (2)", "History (2)", new string('x', 31), new string('x', 27) + " (2)"], names);
        Assert.All(names, n => Assert.InRange(n.Length, 1, SheetNames.MaxLength));
    }

    [Fact]
    public void A_files_name_is_the_sheets_name_the_word_scoreboard_and_the_day()
    {
        var one = new ScoreboardExport([new ExportedPartnership(Moldova, "Mobility Partnership with the Republic of Moldova", "Cape Verde (2)", [])], InitiativeColumns.Exported, false);
        var two = one with { Partnerships = [.. one.Partnerships, .. one.Partnerships] };

        Assert.Equal("Cape-Verde-2-scoreboard-2026-11-23.xlsx", ExportFileNames.For(one, new DateOnly(2026, 11, 23), "xlsx"));
        Assert.Equal("scoreboards-2026-11-23.csv", ExportFileNames.For(two, new DateOnly(2026, 11, 23), "csv"));
    }
}
