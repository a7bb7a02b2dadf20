using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Values;

/// <summary>Cells listing several organisations, split by the fixed rule.</summary>
public sealed class OrganisationListTextTests
{
    [Theory]
    [InlineData("IOM; ILO", new[] { "IOM", "ILO" })]
    [InlineData("IOM;ILO;", new[] { "IOM", "ILO" })]
    [InlineData("IOM\nILO", new[] { "IOM", "ILO" })]
    [InlineData("IOM\r\nILO\r\n\r\nUNIFEM", new[] { "IOM", "ILO", "UNIFEM" })]
    [InlineData("• IOM\n• ILO", new[] { "IOM", "ILO" })]
    [InlineData("- IOM\n- ILO", new[] { "IOM", "ILO" })]
    [InlineData("Spain, Italy, France", new[] { "Spain", "Italy", "France" })]
    [InlineData("EU Delegation to Morocco, IOM", new[] { "EU Delegation to Morocco", "IOM" })]
    [InlineData("Ministry of Labour, Ministry of Interior", new[] { "Ministry of Labour", "Ministry of Interior" })]
    [InlineData("Ministry of Labour and Social Affairs, IOM", new[] { "Ministry of Labour and Social Affairs, IOM" })]
    [InlineData("Ministry of Labour, Employment and Vocational Training; IOM", new[] { "Ministry of Labour, Employment and Vocational Training", "IOM" })]
    [InlineData("Spain and Italy", new[] { "Spain and Italy" })]
    [InlineData("IOM - International Organization for Migration", new[] { "IOM - International Organization for Migration" })]
    [InlineData("IOM; iom ; I.O.M.", new[] { "IOM" })]
    [InlineData("  IOM  ", new[] { "IOM" })]
    public void Names_are_split_by_the_rule(string text, string[] names)
    {
        var list = OrganisationListText.Split(text);

        Assert.Equal(names, list.Names);
        Assert.False(list.ToBeDetermined);
    }

    [Theory]
    [InlineData("IOM,", "IOM")]
    [InlineData("Caritas Moldova.", "Caritas Moldova")]
    [InlineData("UNHCR -", "UNHCR")]
    [InlineData("Swedish Public Employment Service :", "Swedish Public Employment Service")]
    [InlineData("ILO) ", "ILO")]
    [InlineData("\"La Strada", "\"La Strada")]
    [InlineData("La Strada\"", "La Strada")]
    [InlineData("Acme Consulting Ltd.", "Acme Consulting Ltd.")]
    [InlineData("Fundación Ayuda S.A.", "Fundación Ayuda S.A.")]
    [InlineData("Otto Benecke Stiftung e.V.", "Otto Benecke Stiftung e.V.")]
    [InlineData("International Organization for Migration (IOM)", "International Organization for Migration (IOM)")]
    [InlineData("Caritas Moldova.,", "Caritas Moldova")]
    public void A_name_loses_the_stray_punctuation_after_it(string text, string name)
    {
        Assert.Equal(name, OrganisationListText.Tidy(text));
    }

    [Fact]
    public void Names_split_from_a_cell_are_trimmed_of_stray_punctuation()
    {
        Assert.Equal(["IOM", "Caritas Moldova", "Acme Ltd."], OrganisationListText.Split("IOM,;\nCaritas Moldova.\nAcme Ltd.").Names);
    }

    [Fact]
    public void A_name_with_a_comma_that_the_matcher_knows_stays_whole()
    {
        var matcher = new OrganisationMatcher([new KnownOrganisation(Guid.NewGuid(), "Directorate-General for Justice, Liberty and Security", "JLS")]);

        Assert.Equal(["Directorate-General for Justice, Liberty and Security"], OrganisationListText.Split("Directorate-General for Justice, Liberty and Security", matcher).Names);
        Assert.Equal(["Directorate-General for Justice", "Liberty and Security"], OrganisationListText.Split("Directorate-General for Justice, Liberty and Security").Names);
    }

    [Theory]
    [InlineData("To be determined")]
    [InlineData("TBD")]
    public void To_be_determined_is_an_empty_list_with_the_flag(string text)
    {
        var list = OrganisationListText.Split(text);

        Assert.Empty(list.Names);
        Assert.True(list.ToBeDetermined);
    }

    [Fact]
    public void To_be_determined_among_names_sets_the_flag_and_keeps_the_others()
    {
        var list = OrganisationListText.Split("IOM; to be determined");

        Assert.Equal(["IOM"], list.Names);
        Assert.True(list.ToBeDetermined);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ;\n ; ")]
    public void An_empty_cell_is_an_empty_list(string? text)
    {
        var list = OrganisationListText.Split(text);

        Assert.Empty(list.Names);
        Assert.False(list.ToBeDetermined);
    }
}
