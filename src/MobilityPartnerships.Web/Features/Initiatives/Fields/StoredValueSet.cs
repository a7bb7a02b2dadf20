using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>The stored values of one initiative, by <see cref="StoredValue.Name"/>, read from its row.</summary>
public sealed class StoredValueSet
{
    private readonly Dictionary<string, object?> values;

    private StoredValueSet(Dictionary<string, object?> values) => this.values = values;

    public static StoredValueSet None { get; } = new([]);

    /// <summary>Every stored value the catalogue lists, read from the aggregate (in a query's projection: its row).</summary>
    public static StoredValueSet Of(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return new(InitiativeFields.StoredValues.ToDictionary(s => s.Name, s => s.ValueOf(initiative), StringComparer.Ordinal));
    }

    /// <summary>The value stored under the name; null when none is stated.</summary>
    public object? this[string name] => values.GetValueOrDefault(name);

    /// <summary>The API's members for them, keyed by JSON name.</summary>
    public Dictionary<string, object?> ForApi() => InitiativeFields.StoredValues.ToDictionary(s => s.ApiName, s => this[s.Name], StringComparer.Ordinal);
}
