using System.Globalization;
using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Tests.Common;

/// <summary>Names in memory sort as a reader expects, by letter first: case and accents only break ties.</summary>
public sealed class NameOrderTests
{
    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Accented_and_lower_case_names_sort_among_their_letters(string language)
    {
        string[] names = ["Zone franche", "Égypte", "Zambie", "état tampon", "État de Palestine", "Bénin", "Belize", "egypte"];

        var sorted = InLanguage(language, () => names.Order(NameOrder.Comparer).ToList());

        Assert.Equal(["Belize", "Bénin", "egypte", "Égypte", "État de Palestine", "état tampon", "Zambie", "Zone franche"], sorted);
    }

    [Fact]
    public void The_query_key_is_for_queries_only()
    {
        Assert.Throws<InvalidOperationException>(() => NameOrder.Key("Égypte"));
    }

    private static T InLanguage<T>(string language, Func<T> read)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
