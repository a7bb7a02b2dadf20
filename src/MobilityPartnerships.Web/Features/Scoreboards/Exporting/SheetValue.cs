using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>What a sheet's cell holds, before it is written as xlsx or CSV.</summary>
public enum SheetValueKind
{
    Empty,
    Text,

    /// <summary>A month, as the first day of it.</summary>
    Month,
    WholeNumber,

    /// <summary>An amount in euro, to the cent.</summary>
    Amount,
}

/// <summary>One cell's value: text, a month, a whole number or an amount; empty when unknown.</summary>
public readonly record struct SheetValue(SheetValueKind Kind, string Text, DateOnly Month, decimal Number)
{
    public static SheetValue Empty { get; } = new(SheetValueKind.Empty, string.Empty, default, 0m);

    public static SheetValue OfText(string? text) =>
        string.IsNullOrEmpty(text) ? Empty : new(SheetValueKind.Text, text, default, 0m);

    /// <summary>Several names in one cell (organisations, thematic areas, a funding line's parts), the empty ones left out.</summary>
    public static SheetValue OfList(IEnumerable<string?> items) =>
        OfText(string.Join(SheetLabels.ListSeparator, items.Where(n => !string.IsNullOrEmpty(n))));

    public static SheetValue OfMonth(DateOnly? month) =>
        month is { } value ? new(SheetValueKind.Month, string.Empty, new DateOnly(value.Year, value.Month, 1), 0m) : Empty;

    public static SheetValue OfWholeNumber(int? number) =>
        number is { } value ? new(SheetValueKind.WholeNumber, string.Empty, default, value) : Empty;

    public static SheetValue OfAmount(decimal? amount) =>
        amount is { } value ? new(SheetValueKind.Amount, string.Empty, default, value) : Empty;
}
