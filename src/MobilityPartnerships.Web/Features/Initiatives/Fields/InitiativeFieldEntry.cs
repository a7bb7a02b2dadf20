using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>
/// One field of an initiative, everything the app knows about it in one place: its label, the domain members it
/// covers, how the edit form reads, compares, merges and words it, its spreadsheet columns, its published
/// comparison field, its scoreboard filters, its API members and the names its history entries carry.
/// </summary>
public sealed record InitiativeFieldEntry
{
    private IReadOnlyList<SheetColumn>? sheetColumns;

    public required InitiativeField Field { get; init; }

    /// <summary>The resource key of its label on the form and in the conflict dialog.</summary>
    public string LabelKey => $"Initiative_Field_{Field}";

    /// <summary>The domain members it covers, as "Type.Property": "Initiative.Title", "ImplementationPeriod.StartMonth".</summary>
    public required IReadOnlyList<string> Members { get; init; }

    /// <summary>How the edit form reads, compares and merges it.</summary>
    public required DraftPart Draft { get; init; }

    /// <summary>The value in words, names instead of ids, as the conflict dialog and the import preview show it.</summary>
    public required Func<FieldWords, InitiativeDraft, string> Words { get; init; }

    /// <summary>Its rows in the details page's facts list; empty when the page shows it elsewhere (see <see cref="DetailsShownIn"/>).</summary>
    public IReadOnlyList<DetailsRow> Details { get; init; } = [];

    /// <summary>Where the details page shows it when not as a row of its facts: its heading, a chip, a section of its own.</summary>
    public string? DetailsShownIn { get; init; }

    /// <summary>A paragraph of its own on the details page, under the summary; null when it has none.</summary>
    public DetailsParagraph? Paragraph { get; init; }

    /// <summary>
    /// The values it keeps on the initiative's own row. The details page, the API, the sheets, the import, the edit form
    /// and published versions carry these from here, without naming them anywhere else.
    /// </summary>
    public IReadOnlyList<StoredValue> Stored { get; init; } = [];

    /// <summary>
    /// Its free text on the edit form when it is not a stored value (those bring their own, <see cref="StoredValue.Input"/>);
    /// null when the form edits it with an editor of its own.
    /// </summary>
    public TextBox? Box { get; init; }

    /// <summary>
    /// How a checked draft reaches the aggregate when the field has a domain method of its own; null when
    /// <c>InitiativeDraftApplication</c> applies it together with other fields.
    /// </summary>
    public Action<InitiativeDraft, Domain.Initiatives.Initiative>? Apply { get; init; }

    /// <summary>
    /// Whether published versions keep its stored values among their facts (<see cref="PublishedInitiative.Facts"/>), which
    /// the comparison of versions compares by name.
    /// </summary>
    public bool KeptInVersions { get; init; }

    /// <summary>
    /// The spreadsheet columns that carry it besides those of its stored values, exported or import-only, each with its
    /// headers in both languages and their aliases, its place in an export, how an export writes its cell, how the import
    /// reads it and which draft properties' messages it shows; empty when not exported (see <see cref="NotExportedBecause"/>).
    /// </summary>
    public required IReadOnlyList<SheetColumn> Columns { get; init; }

    /// <summary>Every spreadsheet column that carries it: its own, then its stored values'.</summary>
    public IReadOnlyList<SheetColumn> SheetColumns => sheetColumns ??= [.. Columns, .. Stored.Select(s => s.Sheet)];

    /// <summary>
    /// How the import reads its columns of a row when their cells are not read each on its own (see <see cref="RowReading"/>);
    /// null when every column's own reading reads it.
    /// </summary>
    internal RowReading? ReadTogether { get; init; }

    public string? NotExportedBecause { get; init; }

    /// <summary>What the comparison of published versions reports of it; empty when not published (see <see cref="NotPublishedBecause"/>).</summary>
    public required IReadOnlyList<ComparedPart> Compared { get; init; }

    public string? NotPublishedBecause { get; init; }

    /// <summary>
    /// The scoreboard grid's columns that show it, each a column the user may show or hide, with its place, header, cell
    /// and the sheet columns an export "as shown" writes for it; empty when the grid does not show it.
    /// </summary>
    public IReadOnlyList<GridColumn> GridColumns { get; init; } = [];

    /// <summary>
    /// The scoreboard's filters that narrow initiatives by it (the API's parameters, the page's address, the query's
    /// narrowing); empty when none does.
    /// </summary>
    public IReadOnlyList<FieldFilter> Filters { get; init; } = [];

    /// <summary>
    /// The members of the API's initiative that carry it, each with its type, description and how it is read from the
    /// details read model; empty when its stored values carry it (<see cref="StoredValue.ApiName"/>).
    /// </summary>
    public IReadOnlyList<ApiMember<InitiativeDetails>> Api { get; init; } = [];

    /// <summary>The members of a scoreboard's row in the API that carry it; empty when a row does not.</summary>
    public IReadOnlyList<ApiMember<ScoreboardRow>> ApiInRow { get; init; } = [];

    /// <summary>The members of a published version's row in the API that carry it; empty when versions keep it as facts or not at all.</summary>
    public IReadOnlyList<ApiMember<PublishedInitiative>> ApiInVersion { get; init; } = [];

    /// <summary>The record and field names its history entries carry.</summary>
    public required IReadOnlyList<HistoryField> History { get; init; }
}

/// <summary>How the edit form handles a field: the draft properties it reads, whether two drafts hold the same, and
/// how "overwrite" copies this user's value into the result (<c>Merge(original, mine, result)</c>).</summary>
public sealed record DraftPart(
    IReadOnlyList<string> Properties,
    Func<InitiativeDraft, object?> Read,
    Func<InitiativeDraft, InitiativeDraft, bool> Same,
    Action<InitiativeDraft, InitiativeDraft, InitiativeDraft> Merge)
{
    /// <summary>
    /// How the draft the edit form starts from takes the field from the aggregate (<c>Load(draft, initiative)</c>); null when
    /// its stored values bring it (<see cref="StoredValue.CopyInto"/>).
    /// </summary>
    public Action<InitiativeDraft, Domain.Initiatives.Initiative>? Load { get; init; }
}

/// <summary>The sections of the edit form that show free texts from the catalogue.</summary>
public enum FormSection
{
    /// <summary>The description, under the reference code and the title.</summary>
    Description,

    /// <summary>Beside the location, above the commitment and the priority.</summary>
    Situation,
}

/// <summary>Where the edit form shows a free text, how many lines its box has and the hint under it, if any (a resource key).</summary>
public sealed record FormPlace(FormSection Section, int Lines = 1, string? HintKey = null);

/// <summary>
/// A field the comparison of published versions reports: its label there, how it is read from a version and, when the
/// field words a value its own way, how (null to leave the value to the words every field shares: money, months, lists,
/// "not stated"). <see cref="OnlyWhereBothKept"/> when versions published before it was kept hold null for it, which says
/// nothing about it: it is then compared only where both versions kept it.
/// </summary>
public sealed record ComparedPart(ComparedField Field, string LabelKey, Func<PublishedInitiative, object?> Read, Func<IStringLocalizer<Strings>, object, string?>? Words = null)
{
    public bool OnlyWhereBothKept { get; init; }

    /// <summary>What <see cref="ScoreboardComparison"/> compares of it.</summary>
    public ComparedFieldReader Reader => new(Field, Read, OnlyWhereBothKept);
}

/// <summary>
/// A row of the details page's facts list: its place in the list, its label and its value in words, read from the
/// details read model (null to leave the row out).
/// </summary>
public sealed record DetailsRow(int Position, string LabelKey, Func<IStringLocalizer<Strings>, InitiativeDetails, string?> Words);

/// <summary>A paragraph of the details page under the summary: its heading and its text, read from the details read model (null to leave it out).</summary>
public sealed record DetailsParagraph(string LabelKey, Func<InitiativeDetails, string?> Text);

/// <summary>A field as the history recorder names it: the record's type name and the property name.</summary>
public sealed record HistoryField(string Record, string Field)
{
    /// <summary>The label the history timeline gives it.</summary>
    public string LabelKey => $"History_Field_{Field}";
}
