using System.Globalization;
using System.Text.RegularExpressions;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// The product's one reading of a typed amount: a spreadsheet's cell on import and an amount field of a form
/// (<see cref="AmountField"/>) read "1.190" or "1.196" alike, whatever the page's language. Reads an amount in euro as
/// officials write it by hand: "€ 1.718.465,95", "1,718,465.95", "€ 971.747,-",
/// "EUR 1 718 465.95". A point or comma is a decimal separator or a thousands separator according to what
/// the text itself shows. When it shows nothing and both readings are amounts to the cent ("1.190": 1,190 or 1.19)
/// the user chooses; a reading with three decimals is no amount, so "1.196" is 1,196 and is not asked about.
/// </summary>
public static partial class MoneyText
{
    /// <summary>
    /// The largest amount a cell can say: the sum of an initiative's funding lines, each at its most (the export writes
    /// such sums in its total columns). Whether an amount fits where it goes (one funding line holds at most
    /// <see cref="FundingLine.MaxAmount"/>) is the draft's rules to say, at that funding line.
    /// </summary>
    public const decimal MaxAmount = FundingLine.MaxAmount * Initiative.MaxFundingLines;

    /// <summary>Reads one cell.</summary>
    /// <param name="text">The cell's text.</param>
    /// <param name="decimalSeparator">
    /// '.' or ',' when the decimal separator is known from elsewhere (another amount in the same cell or
    /// column); it settles only the ambiguous case of one separator followed by three digits.
    /// </param>
    public static MoneyReading Read(string? text, char? decimalSeparator = null) => Parse(text, decimalSeparator).Reading;

    /// <summary>Reads one cell and tells which decimal separator the text shows unambiguously, if any.</summary>
    internal static (MoneyReading Reading, char? DecimalSeparator) Parse(string? text, char? decimalSeparator)
    {
        if (decimalSeparator is not (null or '.' or ','))
        {
            throw new ArgumentOutOfRangeException(nameof(decimalSeparator), decimalSeparator, "A decimal separator is '.' or ','.");
        }

        var cleaned = CellText.Clean(text);
        if (cleaned.Length == 0)
        {
            return (new MoneyReading.Blank(), null);
        }

        if (ToBeDeterminedText.Matches(cleaned))
        {
            return (new MoneyReading.ToBeDetermined(), null);
        }

        var body = CellText.PlainDashes(cleaned);
        var negative = StartsWithMinus(ref body);
        body = CurrencyBefore().Replace(body, string.Empty, 1);
        negative |= StartsWithMinus(ref body);
        body = CurrencyAfter().Replace(body, string.Empty, 1);

        char? wholeEuroMark = null;
        var wholeEuro = WholeEuro().Match(body);
        if (wholeEuro.Success)
        {
            body = wholeEuro.Groups["number"].Value;
            wholeEuroMark = wholeEuro.Groups["mark"].Value[0];
        }

        if (!NumberShape().IsMatch(body))
        {
            return (Invalid(Text("Import_Value_NotMoney", ShownCell.Of(cleaned))), null);
        }

        if (negative)
        {
            return (Invalid(Text("Import_Value_Negative", ShownCell.Of(cleaned))), null);
        }

        var groups = Digits().Matches(body).Select(m => m.Value).ToList();
        var separators = body.Where(c => !char.IsAsciiDigit(c)).ToList();
        var layout = Layout(groups, separators, wholeEuroMark, decimalSeparator);
        return layout switch
        {
            Shape.NotMoney => (Invalid(Text("Import_Value_NotMoney", ShownCell.Of(cleaned))), null),
            Shape.Ambiguous => (Ambiguous(cleaned, groups[0], groups[1]), null),
            Shape.Grouped or Shape.GroupedWithDecimals => (Amount(cleaned, groups, layout == Shape.GroupedWithDecimals), Revealed(separators, wholeEuroMark, layout)),
            _ => throw new InvalidOperationException($"Unknown shape {layout}."),
        };
    }

    private enum Shape
    {
        NotMoney,
        Ambiguous,
        Grouped,
        GroupedWithDecimals,
    }

    private static Shape Layout(List<string> groups, List<char> separators, char? wholeEuroMark, char? decimalSeparator)
    {
        if (separators.Count == 0)
        {
            return Shape.Grouped;
        }

        var marks = separators.Where(c => c is '.' or ',').ToList();
        var last = separators[^1];
        if (wholeEuroMark is { } whole)
        {
            // "€ 971.747,-": the comma is the decimal separator, so every separator before it groups thousands.
            return separators.All(c => c == separators[0] && c != whole) ? Shape.Grouped : Shape.NotMoney;
        }

        if (marks.Distinct().Count() == 2 || (marks.Count == 1 && separators.Count > 1))
        {
            // "1.718.465,95", "1 718 465.95": the last separator is the only decimal one; the others group alike.
            var grouping = separators.Take(separators.Count - 1).ToList();
            return last is '.' or ',' && grouping.All(c => c == grouping[0] && c != last) ? Shape.GroupedWithDecimals : Shape.NotMoney;
        }

        if (marks.Count == 0 || marks.Count > 1)
        {
            // "1 000 000", "2.447.840": the same separator more than once groups thousands.
            return separators.All(c => c == separators[0]) ? Shape.Grouped : Shape.NotMoney;
        }

        // One point or comma and nothing else.
        if (groups[1].Length != 3 || groups[0].Length > 3 || groups[0][0] == '0')
        {
            return Shape.GroupedWithDecimals;
        }

        if (decimalSeparator is { } known)
        {
            return known == last ? Shape.GroupedWithDecimals : Shape.Grouped;
        }

        // Read as decimals, three digits make an amount (euro and cents) only when the last is 0 ("1.190": 1,190 or 1.19);
        // "1.196" is no amount as 1.196, so it is 1,196 and nothing is left to ask.
        return groups[1][2] == '0' ? Shape.Ambiguous : Shape.Grouped;
    }

    private static char? Revealed(List<char> separators, char? wholeEuroMark, Shape shape)
    {
        if (wholeEuroMark is not null)
        {
            return wholeEuroMark;
        }

        if (separators.Count == 0)
        {
            return null;
        }

        if (shape == Shape.GroupedWithDecimals)
        {
            return separators[^1];
        }

        return separators[0] switch
        {
            '.' when separators.Count > 1 => ',',
            ',' when separators.Count > 1 => '.',
            _ => null,
        };
    }

    private static MoneyReading Amount(string cleaned, List<string> groups, bool lastIsDecimals)
    {
        var whole = lastIsDecimals ? groups.Take(groups.Count - 1).ToList() : groups;
        if (whole.Count > 1 && (whole[0].Length > 3 || whole.Skip(1).Any(g => g.Length != 3)))
        {
            return Invalid(Text("Import_Value_DigitGroups", ShownCell.Of(cleaned)));
        }

        var cents = lastIsDecimals ? groups[^1] : string.Empty;
        if (cents.Length > 2)
        {
            return Invalid(Text("Import_Value_TooManyDecimals", ShownCell.Of(cleaned)));
        }

        var canonical = string.Concat(whole) + (cents.Length > 0 ? "." + cents : string.Empty);
        return decimal.TryParse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= MaxAmount
            ? new MoneyReading.Amount(value)
            : Invalid(Text("Import_Value_TooLarge", ShownCell.Of(cleaned)));
    }

    private static MoneyReading.Ambiguous Ambiguous(string cleaned, string before, string after)
    {
        var whole = int.Parse(before, NumberStyles.None, CultureInfo.InvariantCulture);
        var thousands = int.Parse(before + after, NumberStyles.None, CultureInfo.InvariantCulture);
        var asDecimal = decimal.Parse(before + "." + after, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new MoneyReading.Ambiguous(
            thousands,
            asDecimal,
            Text("Import_Value_AmountAmbiguous", ShownCell.Of(cleaned), NumberWords.Whole(thousands), NumberWords.WithDecimals(whole, after)));
    }

    private static bool StartsWithMinus(ref string body)
    {
        var trimmed = body.TrimStart();
        if (!trimmed.StartsWith('-'))
        {
            return false;
        }

        body = trimmed[1..].TrimStart();
        return true;
    }

    private static MoneyReading.Invalid Invalid(string message) => new(message);

    private static string Text(string key, params object[] values) => ResourceText.Format(key, values);

    [GeneratedRegex(@"^\s*(?:€|euros?|eur)\.?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyBefore();

    [GeneratedRegex(@"\s*(?:€|euros?|eur)\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyAfter();

    [GeneratedRegex(@"^(?<number>.*\d)\s?(?<mark>[.,])-{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeEuro();

    [GeneratedRegex(@"^[0-9]+(?:[., '\u2019][0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberShape();

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
