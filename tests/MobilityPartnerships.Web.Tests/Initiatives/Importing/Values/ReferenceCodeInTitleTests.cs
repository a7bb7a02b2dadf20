using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Values;

/// <summary>Reference codes written in parentheses at the end of a title, and parentheses that are not codes.</summary>
public sealed class ReferenceCodeInTitleTests
{
    [Theory]
    [InlineData(
        "Promoting regular migration in the Western Balkans through establishment of regional migrant service centres providing information and migration related services” (2003/HLWG/051)",
        "Promoting regular migration in the Western Balkans through establishment of regional migrant service centres providing information and migration related services",
        "2003/HLWG/051")]
    [InlineData("MESURE - Migrations en Sécurité (2006/120-093)", "MESURE - Migrations en Sécurité", "2006/120-093")]
    [InlineData("Support to the movement of people (MED/2003/5725)", "Support to the movement of people", "MED/2003/5725")]
    [InlineData("Capacity building of Migration management: Ukraine (2004/096-462 )", "Capacity building of Migration management: Ukraine", "2004/096-462")]
    [InlineData("Programme de gestion intégral de l'immigration saisonnière (2005/103564)", "Programme de gestion intégral de l'immigration saisonnière", "2005/103564")]
    [InlineData("Temporary and circular labour migration (TCLM) between Colombia and Spain: a model for consolidation and replication (2006/120-237)", "Temporary and circular labour migration (TCLM) between Colombia and Spain: a model for consolidation and replication", "2006/120-237")]
    [InlineData("Blue horizons(2010-ABC-7)", "Blue horizons", "2010-ABC-7")]
    [InlineData("Blue horizons ( DCI-MIGR/2010/226-432 )  ", "Blue horizons", "DCI-MIGR/2010/226-432")]
    [InlineData("The “Blue” project (2010/1)", "The “Blue” project", "2010/1")]
    [InlineData("“Blue horizons” (2010/1)", "“Blue horizons”", "2010/1")]
    [InlineData("\"Blue horizons\" (2010/1)", "\"Blue horizons\"", "2010/1")]
    [InlineData("Blue horizons\" (2010/1)", "Blue horizons", "2010/1")]
    public void A_trailing_code_is_taken_out_of_the_title(string text, string title, string code)
    {
        Assert.Equal(new TitleAndReferenceCode(title, code), ReferenceCodeInTitle.Split(text));
    }

    [Theory]
    [InlineData("Organisation for Migration (IOM)")]
    [InlineData("Agence Nationale pour l'Emploi (ANAPEC)")]
    [InlineData("Temporary and circular labour migration (TCLM)")]
    [InlineData("Seasonal work (2006)")]
    [InlineData("Seasonal work (2006-2008)")]
    [InlineData("Seasonal work (2006/07)")]
    [InlineData("Seasonal work (phase 2 - 2010)")]
    [InlineData("Temporary migration (TCLM) between Colombia and Spain")]
    [InlineData("Support (2003/5725) to the movement of people")]
    [InlineData("(2003/5725)")]
    [InlineData("Migration information and management centre")]
    [InlineData("")]
    public void Other_titles_are_left_whole(string text)
    {
        Assert.Equal(new TitleAndReferenceCode(text, null), ReferenceCodeInTitle.Split(text));
    }

    [Fact]
    public void A_code_longer_than_a_reference_code_can_be_is_left_in_the_title()
    {
        var text = $"Blue horizons ({new string('A', 58)}/2010)";

        Assert.Equal(new TitleAndReferenceCode(text, null), ReferenceCodeInTitle.Split(text));
    }

    /// <summary>A title is read as every writer stores a text: trimmed, its inner spaces as typed (an export then reads back unchanged).</summary>
    [Fact]
    public void A_title_is_trimmed_and_keeps_its_inner_spaces_as_typed()
    {
        Assert.Equal(new TitleAndReferenceCode("Blue\u00A0 horizons", null), ReferenceCodeInTitle.Split("  Blue\u00A0 horizons "));
        Assert.Equal(new TitleAndReferenceCode("Padded  title", "2010/1"), ReferenceCodeInTitle.Split("  Padded  title (2010/1) "));
    }
}
