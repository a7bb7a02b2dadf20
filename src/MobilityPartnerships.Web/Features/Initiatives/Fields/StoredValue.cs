using System.Text.Json;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>
/// A value an initiative keeps on its own row, which every surface carries without naming it: the details page and the
/// API read it from the stored row (<see cref="StoredValueSet"/>), sheets write it to its column and the import reads that
/// column back into the draft, the edit form shows its input and checks its rules, and published versions keep it among
/// their facts. Each kind of value (<see cref="StoredText"/>, <see cref="StoredYesNo"/>) says how it is written, read,
/// checked and worded; a field of a kind that exists touches no surface's code.
/// </summary>
public abstract record StoredValue
{
    /// <summary>The property's name on <see cref="Initiative"/> and <see cref="InitiativeDraft"/>: "Source".</summary>
    public required string Name { get; init; }

    /// <summary>What it is, in English, for programs: the API's OpenAPI document describes its member with it.</summary>
    public required string Description { get; init; }

    /// <summary>The sheet column that carries it.</summary>
    public required InitiativeColumn Column { get; init; }

    /// <summary>Its column's place in an exported sheet, from 1.</summary>
    public required int ExportedAt { get; init; }

    /// <summary>The header an export writes it under, in English and French.</summary>
    public required SheetWord Header { get; init; }

    /// <summary>Other headers the import recognises it by, in either language.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Where and how the edit form shows it: its section, its lines, its hint.</summary>
    public required FormPlace Form { get; init; }

    /// <summary>The resource key of its label on the form, the details page and the comparison of versions.</summary>
    public string LabelKey => $"Initiative_Field_{Name}";

    /// <summary>The JSON member of the API's initiative that carries it: "source".</summary>
    public string ApiName => JsonNamingPolicy.CamelCase.ConvertName(Name);

    /// <summary>The JSON type of its API member.</summary>
    public abstract JsonSchemaType ApiType { get; }

    /// <summary>The most characters a write may send; null when the kind has no length.</summary>
    public virtual int? MaxLength => null;

    /// <summary>Its value on the aggregate (in a query's projection: its row).</summary>
    public abstract object? ValueOf(Initiative initiative);

    /// <summary>Its value in the edit form's draft.</summary>
    public abstract object? ValueIn(InitiativeDraft draft);

    /// <summary>Copies the aggregate's value into the draft the edit form starts from.</summary>
    public abstract void CopyInto(InitiativeDraft draft, Initiative initiative);

    /// <summary>Its input on the edit form.</summary>
    public abstract FormInput Input { get; }

    /// <summary>
    /// Its sheet column: its headers and place, how an export writes the stored value, how the import reads the cell back
    /// into the draft, and that the import reports the value's messages there.
    /// </summary>
    public SheetColumn Sheet => new(Column, Header, Aliases)
    {
        ExportedAt = ExportedAt,
        Write = initiative => Cell(initiative.Stored[Name]),
        Read = Reading,
        Reports = [Name],
    };

    /// <summary>How the import reads its cell into the draft.</summary>
    internal abstract CellReading Reading { get; }

    /// <summary>A value as a sheet's cell holds it (the export's column, a published version's download); empty for none.</summary>
    public abstract SheetValue Cell(object? value);

    /// <summary>The rules the form and the API check it by, at its own field; null when any value is accepted.</summary>
    public abstract IValidator<InitiativeDraft>? Rules(IStringLocalizer<Strings> text);

    /// <summary>A value in words, as the details page, the conflict dialog and the comparison of versions say it.</summary>
    public abstract string Words(IStringLocalizer<Strings> text, object? value);

    /// <summary>The value as a published version keeps it among its facts: a text that does not depend on a language, empty for none.</summary>
    public abstract string Fact(object? value);

    /// <summary>A fact a published version kept, as a value again (for the API and for words); null for none.</summary>
    public abstract object? FromFact(string fact);
}

/// <summary>A stored value of one type: how it is read from the aggregate, and read and set in the draft.</summary>
public abstract record StoredValue<T> : StoredValue
{
    /// <summary>Its value on the aggregate.</summary>
    public required Func<Initiative, T> Read { get; init; }

    /// <summary>Its value in the edit form's draft.</summary>
    public required Func<InitiativeDraft, T> Get { get; init; }

    /// <summary>Sets it in the draft (the import's reading of its cell, the edit form's input).</summary>
    public required Action<InitiativeDraft, T> Set { get; init; }

    public override object? ValueOf(Initiative initiative) => Read(initiative);

    public override object? ValueIn(InitiativeDraft draft) => Get(draft);

    public override void CopyInto(InitiativeDraft draft, Initiative initiative) => Set(draft, Read(initiative));
}
