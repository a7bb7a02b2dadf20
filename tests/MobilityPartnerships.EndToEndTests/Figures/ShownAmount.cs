using System.Globalization;
using System.Text.RegularExpressions;

namespace MobilityPartnerships.EndToEndTests.Figures;

/// <summary>An amount as a page writes it, read back: its known sum (null when none is known) and the count of parts not known.</summary>
public sealed partial record ShownAmount(decimal? Known, int Unknown)
{
    /// <summary>"€ 1,234.00 + 3 not known" → (1234.00, 3); "not known (3)" → (null, 3); "€ 0.00" → (0, 0).</summary>
    public static ShownAmount Read(string text)
    {
        var known = EuroPattern().Match(text);
        var unknown = UnknownPattern().Match(text);
        Assert.True(known.Success || unknown.Success, $"an amount: {text}");
        return new ShownAmount(
            known.Success ? decimal.Parse(known.Groups[1].Value, NumberStyles.Number, CultureInfo.GetCultureInfo("en-GB")) : null,
            unknown.Success ? int.Parse(unknown.Groups[1].Success ? unknown.Groups[1].Value : unknown.Groups[2].Value, CultureInfo.InvariantCulture) : 0);
    }

    [GeneratedRegex(@"€\s*([\d,]+\.\d{2})")]
    private static partial Regex EuroPattern();

    [GeneratedRegex(@"(\d+) not known|not known \((\d+)\)")]
    private static partial Regex UnknownPattern();
}
