using System.Globalization;
using System.Text;
using MobilityPartnerships.Web.Hosting.Languages;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>Writes numbers in words, in the user's language, so a message about an ambiguous amount says both readings plainly.</summary>
internal static class NumberWords
{
    private static bool InFrench => Language.Current == Language.French;

    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>"one thousand one hundred and ninety-six" ("mille cent quatre-vingt-seize") for 1196; whole numbers below a million.</summary>
    public static string Whole(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 999_999);
        if (InFrench)
        {
            return FrenchNumberWords.Whole(number);
        }

        if (number == 0)
        {
            return Units[0];
        }

        var thousands = number / 1000;
        var rest = number % 1000;
        var parts = new List<string>();
        if (thousands > 0)
        {
            parts.Add(BelowThousand(thousands) + " thousand");
        }

        if (rest > 0)
        {
            parts.Add(thousands > 0 && rest < 100 ? "and " + BelowHundred(rest) : BelowThousand(rest));
        }

        return string.Join(' ', parts);
    }

    /// <summary>"one point one nine six" ("un virgule un neuf six") for the digits "1" and "196".</summary>
    public static string WithDecimals(int whole, string decimals)
    {
        ArgumentNullException.ThrowIfNull(decimals);
        var french = InFrench;
        var builder = new StringBuilder(Whole(whole)).Append(french ? " virgule" : " point");
        foreach (var digit in decimals)
        {
            var value = int.Parse(digit.ToString(), NumberStyles.None, CultureInfo.InvariantCulture);
            builder.Append(' ').Append(french ? FrenchNumberWords.Whole(value) : Units[value]);
        }

        return builder.ToString();
    }

    private static string BelowThousand(int number)
    {
        var hundreds = number / 100;
        var rest = number % 100;
        if (hundreds == 0)
        {
            return BelowHundred(rest);
        }

        var words = Units[hundreds] + " hundred";
        return rest == 0 ? words : words + " and " + BelowHundred(rest);
    }

    private static string BelowHundred(int number) =>
        number < 20 ? Units[number] : Tens[number / 10] + (number % 10 == 0 ? string.Empty : "-" + Units[number % 10]);
}
