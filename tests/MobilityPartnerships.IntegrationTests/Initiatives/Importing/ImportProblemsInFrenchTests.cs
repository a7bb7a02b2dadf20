using System.Text;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Hosting.Languages;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// A French-speaking user's import problem list is in French: what the value readers say of amounts, months, periods
/// and choices, and what the row reader and the planner say of rows, as well as the domain's refusals.
/// </summary>
public sealed class ImportProblemsInFrenchTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    /// <summary>One wrong cell per row, each a different message of the readers.</summary>
    private const string Sheet =
        "Code de référence;Intitulé;Pilier;État d'avancement;Période de mise en œuvre;Budget total;Contribution de l'UE;Domaines thématiques;Source de financement\n" +
        "FR-1;Montant illisible;Migration légale;En cours;;beaucoup;;;\n" +
        "FR-2;Montant négatif;Migration légale;En cours;;-500;;;\n" +
        "FR-3;Trop de décimales;Migration légale;En cours;;12,3456;;;\n" +
        "FR-4;Deux durées;Migration légale;En cours;mars 2011, 18 mois, 24 mois;;;;\n" +
        "FR-5;Année sur deux chiffres;Migration légale;En cours;déc. 04 – juin 2006;;;;\n" +
        "FR-6;Année hors des bornes;Migration légale;En cours;janvier 1850 – juin 2006;;;;\n" +
        "FR-7;Période à l'envers;Migration légale;En cours;juin 2010 – janvier 2008;;;;\n" +
        "FR-8;Période illisible;Migration légale;En cours;bientôt;;;;\n" +
        "FR-9;Pilier inconnu;commerce;En cours;;;;;\n" +
        "FR-10;Statut inconnu;Migration légale;peut-être;;;;;\n" +
        "FR-11;Contribution trop forte;Migration légale;En cours;;1 000;2 000;;\n" +
        "FR-12;Domaine inconnu;Migration légale;En cours;;;;Pêche;\n" +
        "FR-13;Source inconnue;Migration légale;En cours;;;;;loterie\n" +
        "FR-13;Code répété;Migration légale;En cours;;;;;\n";

    [Fact]
    public async Task A_french_users_import_problems_are_in_french_and_an_english_users_in_english()
    {
        var scene = await Scene.StoreAsync(fixture);

        var french = await Language.In("fr", () => PreviewAsync(scene));
        var english = await Language.In("en", () => PreviewAsync(scene));

        var inFrench = Problems(french);
        var inEnglish = Problems(english);
        Assert.Equal(14, inFrench.Count);
        Assert.Equal(inEnglish.Keys, inFrench.Keys);
        Assert.All(inFrench, problem =>
        {
            Assert.NotEqual(inEnglish[problem.Key], problem.Value);
            Assert.DoesNotContain(" is not ", problem.Value, StringComparison.Ordinal);
        });

        Assert.Contains("n'est pas un montant", inFrench[2], StringComparison.Ordinal);
        Assert.Contains("un montant ne peut pas être négatif", inFrench[3], StringComparison.Ordinal);
        Assert.Contains("plus de deux décimales", inFrench[4], StringComparison.Ordinal);
        Assert.Contains("indique plus d'une durée", inFrench[5], StringComparison.Ordinal);
        Assert.Contains("l'année en deux chiffres", inFrench[6], StringComparison.Ordinal);
        Assert.Contains("en dehors des années", inFrench[7], StringComparison.Ordinal);
        Assert.Contains("La fin (janvier 2008) précède le début (juin 2010)", inFrench[8], StringComparison.Ordinal);
        Assert.Contains("n'est pas une période", inFrench[9], StringComparison.Ordinal);
        Assert.Contains("n'est pas un pilier", inFrench[10], StringComparison.Ordinal);
        Assert.Contains("n'est pas un statut", inFrench[11], StringComparison.Ordinal);
        Assert.Contains("dépasse le budget total", inFrench[12], StringComparison.Ordinal);
        Assert.Contains("n'est pas un domaine thématique", inFrench[13], StringComparison.Ordinal);
        Assert.Contains("n'est pas une source de financement", inFrench[14], StringComparison.Ordinal);
        Assert.Contains("la ligne 14 a le même code de référence FR-13", inFrench[15], StringComparison.Ordinal);
    }

    [Fact]
    public void An_ambiguous_amount_is_said_in_french_words_to_a_french_user()
    {
        var reading = Language.In("fr", () => Web.Components.Common.MoneyText.Read("1.190"));

        var ambiguous = Assert.IsType<Web.Components.Common.MoneyReading.Ambiguous>(reading);
        Assert.Contains("mille cent quatre-vingt-dix ou un virgule un neuf zéro", ambiguous.Message, StringComparison.Ordinal);
    }

    private Task<ImportPreview> PreviewAsync(Scene scene) =>
        Importing.PreviewAsync(fixture.Services, Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes(Sheet), "feuille.csv", new ImportSettings()));

    /// <summary>Each row's one problem, by row number.</summary>
    private static Dictionary<int, string> Problems(ImportPreview preview) =>
        preview.Problems.GroupBy(p => p.Row).ToDictionary(g => g.Key, g => Assert.Single(g).Message);
}
