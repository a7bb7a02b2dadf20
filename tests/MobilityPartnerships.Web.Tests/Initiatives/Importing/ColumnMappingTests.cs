using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing;

public sealed class ColumnMappingTests
{
    private static readonly ColumnMapping Mapping = new(
        1,
        ["Title", "Lead", "Notes", "Budget"],
        new Dictionary<int, InitiativeColumn> { [0] = InitiativeColumn.Title, [1] = InitiativeColumn.Lead, [3] = InitiativeColumn.TotalBudget });

    [Fact]
    public void A_header_of_thirty_thousand_characters_is_shown_cut_and_recognised_uncut()
    {
        var header = "Start" + new string('.', 30_000) + " date";
        var mapping = ColumnMapping.Detect(new Sheet("Sheet1", false, [new SheetRow(1, [new SheetCell("Title"), new SheetCell(header)])]))!;

        Assert.Equal(1, mapping.IndexOf(InitiativeColumn.StartMonth));
        Assert.Equal(ShownCell.MaxLength + 1, mapping.HeaderOf(1).Length);
        Assert.StartsWith("Start...", mapping.HeaderOf(1), StringComparison.Ordinal);
        Assert.EndsWith("\u2026", mapping.HeaderOf(1), StringComparison.Ordinal);
        Assert.Equal(header, mapping.Headers[1]);
        Assert.Equal("Title", mapping.HeaderOf(0));
    }

    [Fact]
    public void A_column_is_found_at_its_index_and_an_unmapped_one_nowhere()
    {
        Assert.Equal(0, Mapping.IndexOf(InitiativeColumn.Title));
        Assert.Equal(3, Mapping.IndexOf(InitiativeColumn.TotalBudget));
        Assert.Null(Mapping.IndexOf(InitiativeColumn.Summary));
    }

    [Fact]
    public void A_changed_mapping_finds_its_columns_where_they_now_are()
    {
        var moved = Mapping.With(2, InitiativeColumn.Title).With(3, null);

        Assert.Equal(2, moved.IndexOf(InitiativeColumn.Title));
        Assert.Null(moved.IndexOf(InitiativeColumn.TotalBudget));
        Assert.Equal(1, moved.IndexOf(InitiativeColumn.Lead));
        Assert.Equal(0, Mapping.IndexOf(InitiativeColumn.Title));
        Assert.Equal(3, (Mapping with { Columns = new Dictionary<int, InitiativeColumn> { [3] = InitiativeColumn.Title } }).IndexOf(InitiativeColumn.Title));
    }

    [Fact]
    public void Mappings_are_equal_when_they_hold_the_same_headers_and_columns()
    {
        var again = new ColumnMapping(Mapping.HeaderRow, Mapping.Headers, Mapping.Columns);

        Assert.Equal(Mapping, again);
        Assert.Equal(Mapping.GetHashCode(), again.GetHashCode());
        Assert.NotEqual(Mapping, again with { HeaderRow = 2 });
    }

    /// <summary>
    /// An import asks where a column is for every cell of every row (ten thousand rows ask it hundreds of thousands of
    /// times); the answer must cost no allocation. Before, each question built a LINQ query over the mapping.
    /// </summary>
    [Fact]
    public void Finding_a_column_allocates_nothing()
    {
        Mapping.IndexOf(InitiativeColumn.Lead);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = 0;
        for (var i = 0; i < 10_000; i++)
        {
            found += Mapping.IndexOf(InitiativeColumn.Lead) ?? 0;
            found += Mapping.IndexOf(InitiativeColumn.Summary) ?? 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(10_000, found);
    }
}
