using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Tests.Localisation;

/// <summary>
/// A French text never leaves an agreement open ("ajouté(e)", "retiré·e"): a text said of things of either gender is
/// worded so that nothing agrees with them ("Ligne de financement 2 (ajout)\u00a0: …").
/// </summary>
public sealed partial class FrenchAgreementTests
{
    [Fact]
    public void No_French_text_writes_an_agreement_both_ways()
    {
        var wrong = ResourceTexts.French
            .Where(t => BothWays().IsMatch(t.Value))
            .Select(t => $"{t.Key}: {t.Value}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(wrong.Count == 0, "French texts with an agreement written both ways (word the text so that nothing agrees):\n" + string.Join('\n', wrong));
        Assert.Matches(BothWays(), "{0} ajouté(e)\u00a0: {1}");
        Assert.Matches(BothWays(), "{0} retiré·e");
        Assert.DoesNotMatch(BothWays(), "{0} (ajout)\u00a0: {1}");
    }

    /// <summary>"(e)", "(es)", "(s)" right after a letter, or a mid-dot ending ("·e", "·es").</summary>
    [GeneratedRegex(@"\p{L}\((e|es|s)\)|\p{L}·(e|es)\b")]
    private static partial Regex BothWays();
}
