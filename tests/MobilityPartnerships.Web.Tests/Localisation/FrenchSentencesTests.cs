using System.Globalization;

namespace MobilityPartnerships.Web.Tests.Localisation;

/// <summary>
/// French sentences built from pieces read as French: each piece carries its article ("la version 1", "le tableau de suivi
/// du jour"), "Aucun/Aucune" agrees with what it counts, and a meeting's co-chairs are no "Présidence" (the Council's).
/// </summary>
public sealed class FrenchSentencesTests
{
    private static readonly IReadOnlyDictionary<string, string> French = ResourceTexts.French;
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr");

    [Fact]
    public void A_comparison_names_both_sides_with_their_articles()
    {
        var version = string.Format(Fr, French["Published_ComparedVersion"], 1, "26 octobre 2026");
        var today = string.Format(Fr, French["Published_TodayOn"], "5 décembre 2026");

        Assert.Equal(
            "Comparaison entre la version 1 du 26 octobre 2026 et le tableau de suivi du jour (5 décembre 2026).",
            string.Format(Fr, French["Published_Comparing"], version, today));
        Assert.Equal(
            "Comparaison entre la version 1 du 26 octobre 2026 et la version 2 du 5 décembre 2026.",
            string.Format(Fr, French["Published_Comparing"], version, string.Format(Fr, French["Published_ComparedVersion"], 2, "5 décembre 2026")));
    }

    [Fact]
    public void No_progress_update_between_versions_is_aucun_as_a_point_is_masculine()
    {
        Assert.Equal("Aucun.", French["Published_NoProgressListed"]);
        Assert.Equal("Aucune.", French["Published_NoneListed"]);
    }

    [Fact]
    public void A_meetings_chairs_are_its_coprésidence()
    {
        Assert.Equal("Coprésidence", French["Meeting_Chairs"]);
    }
}
