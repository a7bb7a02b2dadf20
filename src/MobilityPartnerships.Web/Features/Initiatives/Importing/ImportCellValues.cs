using System.Globalization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// Reads cells as the product's values with the sheet value readers: numbers and dates the spreadsheet stored
/// are taken as they are; text is read as people write it ("€ 971.747,-", "December 2004 – June 2006").
/// </summary>
internal static class ImportCellValues
{
    public static Parsed<decimal?> Amount(SheetCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Number is { } number ? StoredAmount(number) : Money(MoneyText.Read(cell.Text), cell.Text);
    }

    /// <summary>A budget cell: the total and, when the cell gives it, the EU's part.</summary>
    public static (Parsed<decimal?> Total, Parsed<decimal?>? Eu) Budget(SheetCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Number is { } number)
        {
            return (StoredAmount(number), null);
        }

        var reading = BudgetText.Read(cell.Text);
        return (Money(reading.Total, cell.Text), reading.EuContribution is { } eu ? Money(eu, cell.Text) : null);
    }

    public static Parsed<DateOnly?> Month(SheetCell cell, bool end)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Date is { } date)
        {
            return new Parsed<DateOnly?>.Value(new DateOnly(date.Year, date.Month, 1));
        }

        // One of Excel's date serials is that day's month; any other number (a year typed, "2026", is kept as a number) is
        // read as its text is, as a CSV's cell is.
        if (cell.Number is { } serial && SerialDates.ToDate(serial) is { } fromSerial)
        {
            return new Parsed<DateOnly?>.Value(new DateOnly(fromSerial.Year, fromSerial.Month, 1));
        }

        return MonthText.Read(cell.Text) switch
        {
            MonthReading.Month month => new Parsed<DateOnly?>.Value(month.Value),
            MonthReading.Approximate approximate => new Parsed<DateOnly?>.Value(approximate.Value),
            MonthReading.Year year => new Parsed<DateOnly?>.Value(new DateOnly(year.Value, end ? 12 : 1, 1)),
            MonthReading.Invalid invalid => new Parsed<DateOnly?>.Invalid(invalid.Message),
            _ => new Parsed<DateOnly?>.Value(null),
        };
    }

    public static Parsed<PeriodValue> Period(SheetCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return PeriodText.Read(cell.Date is { } date ? date.ToString("MMMM yyyy", CultureInfo.InvariantCulture) : cell.Text) switch
        {
            PeriodReading.Period period => new Parsed<PeriodValue>.Value(new PeriodValue(period.Start, period.End, period.DurationMonths, period.Note)),
            PeriodReading.Invalid invalid => new Parsed<PeriodValue>.Invalid(invalid.Message),
            _ => new Parsed<PeriodValue>.Value(PeriodValue.ToBeDetermined),
        };
    }

    public static Parsed<int?> WholeNumber(SheetCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var text = cell.Text.Trim();
        if (cell.Number is { } number && decimal.Truncate(number) == number && number is >= int.MinValue and <= int.MaxValue)
        {
            return new Parsed<int?>.Value((int)number);
        }

        if (ToBeDeterminedText.Matches(text))
        {
            return new Parsed<int?>.Value(null);
        }

        var digits = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var months)
            ? new Parsed<int?>.Value(months)
            : new Parsed<int?>.Invalid(ResourceText.Format("Import_Value_NotWholeMonths", ShownCell.Of(text)));
    }

    public static (string? Title, string? Code) SplitTitle(string title)
    {
        var split = ReferenceCodeInTitle.Split(title);
        return (TextCharacters.IsBlank(split.Title) ? null : split.Title, split.ReferenceCode);
    }

    public static Parsed<Pillar> Pillar(SheetCell cell) => Choice(ChoiceText.ReadPillar(cell?.Text), null, "Import_Value_Choice_Pillar");

    public static Parsed<InitiativeStatus> Status(SheetCell cell) => Choice(ChoiceText.ReadStatus(cell?.Text), InitiativeStatus.Proposed, "Import_Value_Choice_Status");

    public static Parsed<Novelty> Novelty(SheetCell cell) => Choice(ChoiceText.ReadNovelty(cell?.Text), Domain.Initiatives.Novelty.NotStated, "Import_Value_Give_Novelty");

    public static Parsed<FundingSourceKind> FundingSource(SheetCell cell) => Choice(ChoiceText.ReadFundingSource(cell?.Text), null, "Import_Value_Choice_FundingSource");

    public static Parsed<bool> YesNo(SheetCell cell) => Choice(ChoiceText.ReadYesOrNo(cell?.Text), null, "Import_Value_Give_YesNo");

    /// <summary>The items of a list cell (thematic areas), separated by semicolons or line breaks.</summary>
    public static IReadOnlyList<string> Items(SheetCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return [.. cell.Text.Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>A fixed choice; "to be determined" stands for <paramref name="whenUndetermined"/> where the product has such a value. <paramref name="what"/> is the key of the words naming it.</summary>
    private static Parsed<T> Choice<T>(ChoiceReading<T> reading, T? whenUndetermined, string what)
        where T : struct => reading switch
        {
            ChoiceReading<T>.Chosen chosen => new Parsed<T>.Value(chosen.Value),
            ChoiceReading<T>.Invalid invalid => new Parsed<T>.Invalid(invalid.Message),
            _ when whenUndetermined is { } value => new Parsed<T>.Value(value),
            _ => new Parsed<T>.Invalid(ResourceText.Format("Import_Value_NotToBeDetermined", ResourceText.Format(what))),
        };

    private static Parsed<decimal?> StoredAmount(decimal number)
    {
        var cents = decimal.Round(number, 2);
        if (Math.Abs(number - cents) >= 0.000001m)
        {
            return new Parsed<decimal?>.Invalid(ResourceText.Format("Import_Value_TooManyDecimals", number.ToString(CultureInfo.CurrentCulture)));
        }

        return number < 0 ? new Parsed<decimal?>.Invalid(ResourceText.Format("Import_Value_Negative", number.ToString("0.##", CultureInfo.CurrentCulture)))
            : cents > MoneyText.MaxAmount ? new Parsed<decimal?>.Invalid(ResourceText.Format("Import_Value_TooLarge", number.ToString("#,##0.##", CultureInfo.CurrentCulture)))
            : new Parsed<decimal?>.Value(cents);
    }

    private static Parsed<decimal?> Money(MoneyReading reading, string text) => reading switch
    {
        MoneyReading.Amount amount => new Parsed<decimal?>.Value(amount.Value),
        MoneyReading.Ambiguous ambiguous => new Parsed<decimal?>.Ambiguous(ShownCell.Of(text.Trim()), ambiguous.AsThousands, ambiguous.AsDecimal),
        MoneyReading.Invalid invalid => new Parsed<decimal?>.Invalid(invalid.Message),
        _ => new Parsed<decimal?>.Value(null),
    };
}
