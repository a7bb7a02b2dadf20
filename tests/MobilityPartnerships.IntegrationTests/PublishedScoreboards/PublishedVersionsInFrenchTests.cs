using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.DemoData;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

namespace MobilityPartnerships.IntegrationTests.PublishedScoreboards;

/// <summary>
/// A published version keeps the names it was published with (in English) and the ids of the areas and organisations
/// they name: French pages show those in French; a version that kept no ids shows what it stored, and comparing it
/// with today reports no change for names that only differ by the page's language.
/// </summary>
public sealed class PublishedVersionsInFrenchTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_version_keeps_its_English_names_and_French_pages_show_the_French_ones()
    {
        var (partnershipId, areas, organisations) = await ReferenceAsync();
        await using var db = await fixture.CreateContextAsync();
        var stored = (await db.PublishedScoreboards.AsNoTracking().SingleAsync(v => v.PartnershipId == partnershipId && v.Number == 1, Token)).Initiatives;
        Assert.Contains(stored, r => r.ThematicAreas.Any(a => areas.Any(x => x.Name == a)));
        Assert.All(stored, r => Assert.NotNull(r.ThematicAreaIds));

        var french = await InLanguage("fr", () => fixture.Get<GetPublishedScoreboard>().ExecuteAsync(partnershipId, 1, Token));
        var english = await InLanguage("en", () => fixture.Get<GetPublishedScoreboard>().ExecuteAsync(partnershipId, 1, Token));

        var frenchAreas = french!.Rows.SelectMany(r => r.ThematicAreas).ToList();
        Assert.NotEmpty(frenchAreas);
        Assert.All(frenchAreas, a => Assert.Contains(a, areas.Select(x => x.FrenchName)));
        Assert.Equal(stored.SelectMany(r => r.ThematicAreas).Order(), english!.Rows.SelectMany(r => r.ThematicAreas).Order());

        var led = french.Rows.Where(r => r.LeadId is { } id && organisations.ContainsKey(id)).ToList();
        Assert.NotEmpty(led);
        Assert.All(led, r => Assert.Equal(organisations[r.LeadId!.Value], r.Lead));
    }

    [Fact]
    public async Task A_version_that_kept_no_ids_shows_what_it_stored_and_compares_with_today_by_what_changed()
    {
        var (partnershipId, _, _) = await ReferenceAsync();
        int number;
        await using (var db = await fixture.CreateContextAsync())
        {
            var first = await db.PublishedScoreboards.AsNoTracking().SingleAsync(v => v.PartnershipId == partnershipId && v.Number == 1, Token);
            number = await db.PublishedScoreboards.Where(v => v.PartnershipId == partnershipId).MaxAsync(v => v.Number, Token) + 1;
            var withoutIds = first.Initiatives.Select(r => r with { ThematicAreaIds = null, LeadId = null, ResponsibleServiceId = null }).ToList();
            db.PublishedScoreboards.Add(PublishedScoreboard.Publish(partnershipId, first.PartnershipName, number, DateTimeOffset.UtcNow, "Test", null, null, withoutIds));
            await db.SaveChangesAsync(Token);
        }

        var version = await InLanguage("fr", () => fixture.Get<GetPublishedScoreboard>().ExecuteAsync(partnershipId, number, Token));
        await using (var db = await fixture.CreateContextAsync())
        {
            var stored = (await db.PublishedScoreboards.AsNoTracking().SingleAsync(v => v.PartnershipId == partnershipId && v.Number == number, Token)).Initiatives;
            Assert.Equal(stored.SelectMany(r => r.ThematicAreas).Order(), version!.Rows.SelectMany(r => r.ThematicAreas).Order());
        }

        foreach (var to in new int?[] { null, 1 })
        {
            var outcome = await InLanguage("fr", () => fixture.Get<CompareScoreboards>().ExecuteAsync(partnershipId, number, to, Token));
            var compared = Assert.IsType<ComparisonOutcome.Compared>(outcome).Comparison.Differences;
            Assert.DoesNotContain(compared.Changed.SelectMany(c => c.Changes), c => c.Field is ComparedField.ThematicAreas or ComparedField.Lead or ComparedField.ResponsibleService);
        }
    }

    private async Task<(Guid PartnershipId, List<(string Name, string? FrenchName)> Areas, Dictionary<Guid, string> FrenchOrganisations)> ReferenceAsync()
    {
        await using var db = await fixture.CreateContextAsync();
        var partnershipId = await db.Partnerships.Where(p => p.Name == DemoPublishedVersion.PartnershipName).Select(p => p.Id).SingleAsync(Token);
        var areas = (await db.ThematicAreas.Select(a => new { a.Name, a.FrenchName }).ToListAsync(Token)).Select(a => (a.Name, a.FrenchName)).ToList();
        var organisations = await db.Organisations.Where(o => o.FrenchName != null).ToDictionaryAsync(o => o.Id, o => o.FrenchShortName ?? o.FrenchName!, Token);
        return (partnershipId, areas, organisations);
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
