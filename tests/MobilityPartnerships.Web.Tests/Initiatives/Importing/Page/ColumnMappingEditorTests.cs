using Bunit;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Page;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MudBlazor;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Page;

/// <summary>
/// The sheet's columns as the import shows them before the preview: every column the rows use (a blank header named by
/// its letter), its first two values below the header row, and what it is imported as — a choice handed back as the new
/// mapping, in which a column type is held by one column only.
/// </summary>
public sealed class ColumnMappingEditorTests : ComponentTest
{
    private static readonly string LongNote = new('n', 70);

    /// <summary>A title above the header row, headers for four columns (the third blank), and rows that use a fifth.</summary>
    private static readonly Sheet Sheet = new("Scoreboard", false,
    [
        Row(1, "Scoreboard of the partnership"),
        Row(2, "Reference code", "Title", "", "Notes"),
        Row(3, "R-1", "First", "x", "", "extra"),
        Row(4, "R-2", "  ", "y", LongNote),
        Row(5, "R-3", "Third"),
    ]);

    private static readonly ColumnMapping Mapping = new(2, ["Reference code", "Title", "", "Notes"], new Dictionary<int, InitiativeColumn>
    {
        [0] = InitiativeColumn.ReferenceCode,
        [1] = InitiativeColumn.Title,
    });

    private readonly List<ColumnMapping> changes = [];

    private static SheetRow Row(int number, params string[] cells) => new(number, [.. cells.Select(c => new SheetCell(c))]);

    private IRenderedComponent<ColumnMappingEditor> Editor(bool disabled = false) =>
        Render<ColumnMappingEditor>(p => p
            .Add(e => e.Sheet, Sheet)
            .Add(e => e.Mapping, Mapping)
            .Add(e => e.Disabled, disabled)
            .Add(e => e.MappingChanged, (ColumnMapping mapping) => changes.Add(mapping)));

    private static List<string[]> Cells(IRenderedComponent<ColumnMappingEditor> editor) =>
        [.. editor.FindAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Take(2).Select(td => td.TextContent.Trim()).ToArray())];

    [Fact]
    public void Every_column_the_rows_use_is_listed_and_a_blank_header_is_named_by_its_letter()
    {
        var editor = Editor();

        Assert.Equal(["Reference code", "Title", "C", "Notes", "E"], Cells(editor).Select(c => c[0]));
    }

    [Fact]
    public void A_header_of_thirty_thousand_characters_is_shown_cut_in_its_row_and_its_select()
    {
        var header = new string('h', 30_000);
        var editor = Render<ColumnMappingEditor>(p => p
            .Add(e => e.Sheet, new Sheet("Scoreboard", false, [Row(1, "Title", header), Row(2, "First", "x")]))
            .Add(e => e.Mapping, new ColumnMapping(1, ["Title", header], new Dictionary<int, InitiativeColumn> { [0] = InitiativeColumn.Title })));

        Assert.Equal(new string('h', 200) + "\u2026", Cells(editor)[1][0]);
        Assert.DoesNotContain(new string('h', 201), editor.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_columns_sample_is_its_first_two_values_below_the_header_row_a_long_one_shortened()
    {
        var editor = Editor();

        Assert.Equal(["R-1 · R-2", "First · Third", "x · y", new string('n', 57) + "…", "extra"], Cells(editor).Select(c => c[1]));
    }

    [Fact]
    public void Each_select_shows_what_its_column_is_imported_as_and_an_unmapped_one_not_imported()
    {
        var editor = Editor();
        var selects = editor.FindComponents<MudSelect<InitiativeColumn?>>();

        Assert.Equal(
            [InitiativeColumns.HeaderOf(InitiativeColumn.ReferenceCode), InitiativeColumns.HeaderOf(InitiativeColumn.Title), "Not imported", "Not imported", "Not imported"],
            selects.Select(s => s.Find("input").GetAttribute("value")));
    }

    [Fact]
    public void Each_select_is_named_for_its_column_where_a_screen_reader_reads_it()
    {
        var editor = Editor();
        var selects = editor.FindComponents<MudSelect<InitiativeColumn?>>();

        Assert.Equal(
            ["Imported as, for the column Reference code", "Imported as, for the column Title", "Imported as, for the column C", "Imported as, for the column Notes", "Imported as, for the column E"],
            selects.Select(s => s.Find("input[role=combobox]").GetAttribute("aria-label")));
    }

    [Fact]
    public async Task Choosing_a_column_type_already_held_moves_it_and_is_handed_back_as_the_new_mapping()
    {
        var editor = Editor();
        var notes = editor.FindComponents<MudSelect<InitiativeColumn?>>()[3];

        await editor.InvokeAsync(notes.Instance.OpenMenu);
        Popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == InitiativeColumns.HeaderOf(InitiativeColumn.Title)).Click();

        var changed = Assert.Single(changes);
        Assert.Equal(2, changed.HeaderRow);
        Assert.Equal(new Dictionary<int, InitiativeColumn> { [0] = InitiativeColumn.ReferenceCode, [3] = InitiativeColumn.Title }, changed.Columns);
    }

    [Fact]
    public async Task Not_imported_takes_a_column_out_of_the_mapping()
    {
        var editor = Editor();
        var title = editor.FindComponents<MudSelect<InitiativeColumn?>>()[1];

        await editor.InvokeAsync(title.Instance.OpenMenu);
        Popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == "Not imported").Click();

        Assert.Equal(new Dictionary<int, InitiativeColumn> { [0] = InitiativeColumn.ReferenceCode }, Assert.Single(changes).Columns);
    }

    [Fact]
    public void While_the_import_is_busy_no_column_can_be_changed()
    {
        var editor = Editor(disabled: true);

        Assert.All(editor.FindComponents<MudSelect<InitiativeColumn?>>(), s => Assert.True(s.Find("input").HasAttribute("disabled")));
    }
}
