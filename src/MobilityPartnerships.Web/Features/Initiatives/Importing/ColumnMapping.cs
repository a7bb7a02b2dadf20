using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// Which row of a sheet holds the headers and what each of its columns holds. Found from the header names,
/// then adjusted by the user; a column mapped to nothing is not imported.
/// </summary>
public sealed record ColumnMapping
{
    /// <summary>How far down a sheet its header row is looked for.</summary>
    public const int HeaderSearchRows = 20;

    private static readonly int ColumnCount = Enum.GetValues<InitiativeColumn>().Length;

    private readonly IReadOnlyDictionary<int, InitiativeColumn> columns = new Dictionary<int, InitiativeColumn>();

    // By column, the index it is mapped to or -1: an import asks for every cell of every row, so the answer is kept at hand.
    private readonly int[] indexes = [];

    public ColumnMapping(int headerRow, IReadOnlyList<string> headers, IReadOnlyDictionary<int, InitiativeColumn> columns)
    {
        (HeaderRow, Headers, Columns) = (headerRow, headers, columns);
    }

    public int HeaderRow { get; init; }

    public IReadOnlyList<string> Headers { get; init; }

    public IReadOnlyDictionary<int, InitiativeColumn> Columns
    {
        get => columns;
        init => (columns, indexes) = (value, Indexes(value));
    }

    public bool Maps(InitiativeColumn column) => Columns.Values.Contains(column);

    /// <summary>The zero-based index of the column mapped to <paramref name="column"/>, or null.</summary>
    public int? IndexOf(InitiativeColumn column) => (uint)column < (uint)indexes.Length && indexes[(int)column] is var index and >= 0 ? index : null;

    /// <summary>
    /// The column's header as the import shows it (in problems, questions and the mapping editor): cut as any shown value
    /// (<see cref="ShownCell"/>), or the column's letters when it has none. Recognising and remembering read it uncut.
    /// </summary>
    public string HeaderOf(int index) => index < Headers.Count && !string.IsNullOrWhiteSpace(Headers[index]) ? ShownCell.Of(Headers[index]) : CellAddress.LettersOf(index);

    /// <summary>A key for the sheet's set of headers, under which a user's adjusted mapping is remembered.</summary>
    public string Signature => string.Join('|', Headers.Select(InitiativeColumns.Normalise));

    public ColumnMapping With(int index, InitiativeColumn? column)
    {
        var columns = Columns.Where(c => c.Key != index && (column is null || c.Value != column)).ToDictionary(c => c.Key, c => c.Value);
        if (column is { } value)
        {
            columns[index] = value;
        }

        return this with { Columns = columns };
    }

    /// <summary>
    /// The row among the first <see cref="HeaderSearchRows"/> whose cells name the most known columns, and its
    /// mapping; null when no row names any. A column named twice is mapped at its first occurrence only.
    /// </summary>
    public static ColumnMapping? Detect(Sheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ColumnMapping? best = null;
        foreach (var row in sheet.Rows.Take(HeaderSearchRows))
        {
            var headers = row.Cells.Select(c => c.Text.Trim()).ToList();
            var columns = new Dictionary<int, InitiativeColumn>();
            for (var i = 0; i < headers.Count; i++)
            {
                if (InitiativeColumns.Recognise(headers[i]) is { } column && !columns.ContainsValue(column))
                {
                    columns[i] = column;
                }
            }

            if (columns.Count > (best?.Columns.Count ?? 0))
            {
                best = new ColumnMapping(row.Number, headers, columns);
            }
        }

        return best;
    }

    /// <summary>The same header row, headers and columns (the lists themselves, as a record compares them).</summary>
    public bool Equals(ColumnMapping? other) =>
        other is not null && HeaderRow == other.HeaderRow && Equals(Headers, other.Headers) && Equals(Columns, other.Columns);

    public override int GetHashCode() => HashCode.Combine(HeaderRow, Headers, Columns);

    /// <summary>Each column's index, the lowest where one column is mapped twice (a mapping keeps one index a column).</summary>
    private static int[] Indexes(IReadOnlyDictionary<int, InitiativeColumn> columns)
    {
        var indexes = Enumerable.Repeat(-1, ColumnCount).ToArray();
        foreach (var (index, column) in columns)
        {
            if ((uint)column < (uint)ColumnCount && (indexes[(int)column] < 0 || index < indexes[(int)column]))
            {
                indexes[(int)column] = index;
            }
        }

        return indexes;
    }
}
