using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Features.Dashboards.Coverage;
using MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;

namespace MobilityPartnerships.IntegrationTests.Dashboards;

/// <summary>French pages name the thematic areas in French, as they name the pillars; English pages keep the English names.</summary>
public sealed class ThematicAreasInFrenchTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private const string English = "Information on legal migration and return";
    private const string French = "Information sur la migration légale et le retour";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_thematic_area_of_the_reference_data_has_a_French_name()
    {
        await using var db = await fixture.CreateContextAsync();
        var areas = await db.ThematicAreas.ToListAsync(Token);

        Assert.Equal(20, areas.Count(a => a.Source == "SEC(2009) 1240, Annex I"));
        Assert.All(areas.Where(a => a.Source == "SEC(2009) 1240, Annex I"), a => Assert.False(string.IsNullOrWhiteSpace(a.FrenchName), a.Name));
        Assert.Equal(French, areas.Single(a => a.Name == English).FrenchName);
    }

    [Fact]
    public async Task The_coverage_matrix_and_the_dashboard_name_the_areas_in_the_pages_language()
    {
        var french = await InLanguage("fr", () => fixture.Get<GetCoverageMatrix>().ExecuteAsync([], withTitles: false, Token));
        var english = await InLanguage("en", () => fixture.Get<GetCoverageMatrix>().ExecuteAsync([], withTitles: false, Token));

        Assert.Contains(French, french.Rows.Select(r => r.ThematicArea));
        Assert.DoesNotContain(English, french.Rows.Select(r => r.ThematicArea));
        Assert.Contains(English, english.Rows.Select(r => r.ThematicArea));

        await using var db = await fixture.CreateContextAsync();
        var partnership = await db.Initiatives.Where(i => i.ThematicAreas.Any(t => db.ThematicAreas.Any(a => a.Id == t.ThematicAreaId && a.Name == English)))
            .Select(i => i.PartnershipId).FirstAsync(Token);
        var dashboard = await InLanguage("fr", () => fixture.Get<GetPartnershipDashboard>().ExecuteAsync(partnership, Token));
        Assert.Contains(French, dashboard!.ThematicAreas.Select(f => f.Label));
        Assert.DoesNotContain(English, dashboard.ThematicAreas.Select(f => f.Label));
    }

    private static async Task<T> InLanguage<T>(string language, Func<Task<T>> read)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return await read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
