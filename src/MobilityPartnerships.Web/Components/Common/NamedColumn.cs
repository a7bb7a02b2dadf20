using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// A grid column whose cells come from its template and whose sorting is known by <see cref="Name"/>, the key a grid's
/// sort definition carries to the page that reads it in the database. MudBlazor's <c>PropertyColumn</c> does the same
/// from a lambda, but compiles that lambda (a dynamic method) every time a page renders it — on every request and every
/// render of every grid — and adds a column-options menu to every header; this column compiles nothing and has none.
/// Sortable as the grid is unless told otherwise; grouped by <see cref="Column{T}.GroupBy"/> when grouping.
/// </summary>
public sealed class NamedColumn<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T> : TemplateColumn<T>
{
    /// <summary>The column's name in the grid's sort definitions (e.g. the sorted property's name).</summary>
    [Parameter, EditorRequired]
    public string Name { get; set; } = string.Empty;

    public override string PropertyName => Name;

    /// <summary>Null: as the grid's sort mode says (a template column alone is not sortable).</summary>
    [Parameter]
    public override bool? Sortable { get; set; }
}
