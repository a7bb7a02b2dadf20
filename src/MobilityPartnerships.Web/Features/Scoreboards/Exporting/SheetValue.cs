using MobilityPartnerships.Domain.Initiatives;
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

/// <summary>
/// One cell's value: text, a month, a whole number or an amount; empty when unknown. An amount whose parts may not be
/// known (<see cref="OfTotal"/>) holds the sum of what is known as its number (none when nothing is) and how many parts
/// it leaves out in <see cref="NotKnown"/>, which a column of such amounts writes beside it (<see cref="NotKnownColumn"/>).
/// </summary>
public readonly record struct SheetValue(SheetValueKind Kind, string Text, DateOnly Month, decimal Number, int NotKnown = 0)
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

    /// <summary>An amount that may be partly or wholly not known: the sum of what is known (empty when nothing is), with the count of parts not known.</summary>
    public static SheetValue OfTotal(Amount amount) =>
        amount.Sum is { } known
            ? new(SheetValueKind.Amount, string.Empty, default, known, amount.Unknown)
            : new(SheetValueKind.Empty, string.Empty, default, 0m, amount.Unknown);
}
