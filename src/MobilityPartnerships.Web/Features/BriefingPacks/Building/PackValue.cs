using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Building;

/// <summary>What a cell of the pack holds.</summary>
public enum PackValueKind
{
    Empty,
    Text,
    Day,

    /// <summary>A month, as its first day.</summary>
    Month,
    WholeNumber,

    /// <summary>An amount in euro.</summary>
    Amount,
}

/// <summary>
/// One cell: its typed value (for the workbook's dates and numbers) and <see cref="Text"/>, the same value as
/// people read it (for the PDF). A total over initiatives some of whose amounts are not known holds the sum of what
/// is known as its number (none when nothing is) and how many initiatives it leaves out in <see cref="NotKnown"/>.
/// </summary>
public readonly record struct PackValue(PackValueKind Kind, string Text, DateOnly Date, decimal Number, int NotKnown = 0)
{
    public static PackValue Empty { get; } = new(PackValueKind.Empty, string.Empty, default, 0m);

    public static PackValue OfText(string? text) =>
        string.IsNullOrEmpty(text) ? Empty : new(PackValueKind.Text, text, default, 0m);

    public static PackValue OfDay(DateOnly? day, string shown) =>
        day is { } value ? new(PackValueKind.Day, shown, value, 0m) : OfText(shown);

    public static PackValue OfMonth(DateOnly? month, string shown) =>
        month is { } value ? new(PackValueKind.Month, shown, new DateOnly(value.Year, value.Month, 1), 0m) : OfText(shown);

    public static PackValue OfWholeNumber(int number, string shown) => new(PackValueKind.WholeNumber, shown, default, number);

    public static PackValue OfAmount(decimal amount, string shown) => new(PackValueKind.Amount, shown, default, amount);

    /// <summary>A total: the sum of what is known as an amount (no number when nothing is), with the count of initiatives not fully known.</summary>
    public static PackValue OfTotal(Amount total, string shown) =>
        total.Sum is { } known
            ? new(PackValueKind.Amount, shown, default, known, total.Unknown)
            : new(PackValueKind.Empty, shown, default, 0m, total.Unknown);
}
