using Bunit;
using Microsoft.AspNetCore.Components;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Components.Common;
using MudBlazor;

namespace MobilityPartnerships.Web.Tests.Components.Common;

/// <summary>
/// A grid column given <c>Comparer="NameOrder.ObjectComparer"</c> sorts, when its header is clicked, in the order every
/// other list of names keeps (decision 0032): by letter first, accents and case only breaking ties. The lists' pages
/// give their text columns that comparer (NameOrderGuardTests, Every_sortable_text_column_of_a_grid_sorts_through_NameOrder).
/// </summary>
public sealed class GridNameOrderTests : ComponentTest
{
    private sealed record Person(string Name);

    [Fact]
    public void Clicking_a_name_column_s_header_sorts_the_names_in_a_reader_s_order()
    {
        Person[] people = [new("Fabio"), new("de Vries"), new("Émile"), new("Zoë"), new("Elena"), new("Dana"), new("Ávila")];
        RenderFragment columns = builder =>
        {
            // As the partnerships' Country column is written.
            builder.OpenComponent<NamedColumn<Person>>(0);
            builder.AddAttribute(1, nameof(NamedColumn<Person>.Name), nameof(Person.Name));
            builder.AddAttribute(2, nameof(NamedColumn<Person>.Title), "Name");
            builder.AddAttribute(3, nameof(NamedColumn<Person>.SortBy), (Func<Person, object?>)(p => p.Name));
            builder.AddAttribute(4, nameof(NamedColumn<Person>.Comparer), NameOrder.ObjectComparer);
            builder.AddAttribute(5, nameof(NamedColumn<Person>.CellTemplate), (RenderFragment<CellContext<Person>>)(context => b => b.AddContent(0, context.Item.Name)));
            builder.CloseComponent();
        };
        var grid = Render<MudDataGrid<Person>>(p => p
            .Add(g => g.Items, people)
            .Add(g => g.SortMode, SortMode.Single)
            .Add(g => g.Columns, columns));

        grid.Find(".sortable-column-header").Click();

        grid.WaitForAssertion(() => Assert.Equal(
            ["Ávila", "Dana", "de Vries", "Elena", "Émile", "Fabio", "Zoë"],
            grid.FindAll("tbody tr td").Select(td => td.TextContent.Trim())));
    }
}
