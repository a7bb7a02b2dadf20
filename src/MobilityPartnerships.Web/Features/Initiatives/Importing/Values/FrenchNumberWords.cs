namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// Writes whole numbers below a million in French words, the traditional way: "vingt et un", "soixante et onze",
/// "quatre-vingts", "quatre-vingt-un", "deux cents", "deux cent un", "mille", "deux mille", "deux cent mille".
/// </summary>
internal static class FrenchNumberWords
{
    private static readonly string[] Units =
    [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    ];

    private static readonly string[] Tens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];

    public static string Whole(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 999_999);
        if (number == 0)
        {
            return Units[0];
        }

        var thousands = number / 1000;
        var rest = number % 1000;
        var parts = new List<string>();
        if (thousands > 0)
        {
            // "mille" never takes an s, and "cent" and "quatre-vingt" before it take none either.
            parts.Add(thousands == 1 ? "mille" : BelowThousand(thousands, last: false) + " mille");
        }

        if (rest > 0)
        {
            parts.Add(BelowThousand(rest, last: true));
        }

        return string.Join(' ', parts);
    }

    private static string BelowThousand(int number, bool last)
    {
        var hundreds = number / 100;
        var rest = number % 100;
        if (hundreds == 0)
        {
            return BelowHundred(rest, last);
        }

        var words = hundreds == 1 ? "cent" : Units[hundreds] + " cent";
        if (rest == 0)
        {
            return hundreds > 1 && last ? words + "s" : words;
        }

        return words + " " + BelowHundred(rest, last);
    }

    private static string BelowHundred(int number, bool last)
    {
        if (number < 20)
        {
            return Units[number];
        }

        var (ten, unit) = (number / 10, number % 10);
        return ten switch
        {
            < 7 => Tens[ten] + (unit == 0 ? string.Empty : unit == 1 ? " et un" : "-" + Units[unit]),
            7 => "soixante" + (unit == 1 ? " et onze" : "-" + Units[10 + unit]),
            8 => unit == 0 ? (last ? "quatre-vingts" : "quatre-vingt") : "quatre-vingt-" + Units[unit],
            _ => "quatre-vingt-" + Units[10 + unit],
        };
    }
}
