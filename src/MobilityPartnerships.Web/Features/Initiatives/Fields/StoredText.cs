using System.Text.Json;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>
/// A text an initiative keeps on its own row, which every surface carries without naming it: the details page and the
/// API read it from the stored row (<see cref="StoredTexts"/>), sheets write it to its column and the import reads that
/// column back into the draft, and published versions keep it among their facts.
/// </summary>
public sealed record StoredText
{
    /// <summary>The property's name on <see cref="Initiative"/> and <see cref="InitiativeDraft"/>: "Source".</summary>
    public required string Name { get; init; }

    /// <summary>What it is, in English, for programs: the API's OpenAPI document describes its member with it.</summary>
    public required string Description { get; init; }

    /// <summary>The most characters the domain keeps of it (the <c>…MaxLength</c> of <see cref="Initiative"/>); the API document gives it to writes.</summary>
    public required int MaxLength { get; init; }

    /// <summary>The sheet column that carries it.</summary>
    public required InitiativeColumn Column { get; init; }

    /// <summary>The header an export writes it under, in English and French.</summary>
    public required SheetWord Header { get; init; }

    /// <summary>Other headers the import recognises it by, in either language.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Its value on the aggregate.</summary>
    public required Func<Initiative, string?> Read { get; init; }

    /// <summary>Its value in the edit form's draft.</summary>
    public required Func<InitiativeDraft, string?> Get { get; init; }

    /// <summary>Sets it in the draft (the import's reading of its cell, the edit form's text box).</summary>
    public required Action<InitiativeDraft, string?> Set { get; init; }

    /// <summary>Where and how the edit form shows it: its section, its lines, its hint.</summary>
    public required FormPlace Form { get; init; }

    /// <summary>Its text box on the edit form, labelled "Initiative_Field_" and its name.</summary>
    public TextBox Box => new(Name, Get, Set, Form);

    /// <summary>Its sheet column: an export writes the stored text, the import reads the cell's text back into the draft.</summary>
    public SheetColumn Sheet => new(Column)
    {
        Write = initiative => SheetValue.OfText(initiative.Stored[Name]),
        Read = CellReading.Text(Name, Set),
    };

    /// <summary>The JSON member of the API's initiative that carries it: "source".</summary>
    public string ApiName => JsonNamingPolicy.CamelCase.ConvertName(Name);
}

/// <summary>The stored texts of one initiative, by <see cref="StoredText.Name"/>, read from its row.</summary>
public sealed class StoredTexts
{
    private readonly Dictionary<string, string?> values;

    private StoredTexts(Dictionary<string, string?> values) => this.values = values;

    public static StoredTexts None { get; } = new([]);

    /// <summary>Every stored text the catalogue lists, read from the aggregate (in a query's projection: its row).</summary>
    public static StoredTexts Of(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return new(InitiativeFields.StoredTexts.ToDictionary(s => s.Name, s => s.Read(initiative), StringComparer.Ordinal));
    }

    /// <summary>The text stored under the name; null when none is stored.</summary>
    public string? this[string name] => values.GetValueOrDefault(name);

    /// <summary>The API's members for them, keyed by JSON name.</summary>
    public Dictionary<string, object?> ForApi() => InitiativeFields.StoredTexts.ToDictionary(s => s.ApiName, s => (object?)this[s.Name], StringComparer.Ordinal);
}
