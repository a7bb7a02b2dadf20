using System.Linq.Expressions;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>The stored values of one initiative, by <see cref="StoredValue.Name"/>, read from its row.</summary>
public sealed class StoredValueSet
{
    private readonly Dictionary<string, object?> values;

    private StoredValueSet(Dictionary<string, object?> values) => this.values = values;

    public static StoredValueSet None { get; } = new([]);

    /// <summary>
    /// Every stored value the catalogue lists, read in a query from the initiative's own columns (each value is the
    /// initiative's property of its name), so that the query reads those columns and does not load the whole aggregate.
    /// </summary>
    public static Expression<Func<Initiative, StoredValueSet>> FromRow { get; } = RowReading();

    /// <summary>The values <see cref="FromRow"/> read, in the catalogue's order.</summary>
    public static StoredValueSet OfColumns(object?[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return new(InitiativeFields.StoredValues.Select((s, i) => (s.Name, Value: columns[i])).ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
    }

    /// <summary>The value stored under the name; null when none is stated.</summary>
    public object? this[string name] => values.GetValueOrDefault(name);

    /// <summary>The API's members for them, keyed by JSON name.</summary>
    public Dictionary<string, object?> ForApi() => InitiativeFields.StoredValues.ToDictionary(s => s.ApiName, s => this[s.Name], StringComparer.Ordinal);

    private static Expression<Func<Initiative, StoredValueSet>> RowReading()
    {
        var initiative = Expression.Parameter(typeof(Initiative), "i");
        var columns = InitiativeFields.StoredValues.Select(s => Expression.Convert(Expression.Property(initiative, s.Name), typeof(object)));
        var set = Expression.Call(typeof(StoredValueSet).GetMethod(nameof(OfColumns))!, Expression.NewArrayInit(typeof(object), columns));
        return Expression.Lambda<Func<Initiative, StoredValueSet>>(set, initiative);
    }
}
