using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;

namespace MobilityPartnerships.IntegrationTests.OpenData;

/// <summary>
/// The IATI export of every demo partnership: valid against the official schema and the IATI ruleset, with the demo's
/// EU-funded projects mapped exactly; and read scope respected, so a reader of Georgia gets no Moldovan activity.
/// </summary>
public sealed class IatiDemoDataTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private const string Ref = "XI-IATI-EC_INTPA";

    private async Task<Guid> PartnershipAsync(string name)
    {
        await using var db = await fixture.CreateContextAsync();
        return await db.Partnerships.Where(p => p.Name == name).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Every_demo_partnership_with_something_to_publish_gives_a_valid_file()
    {
        await using var db = await fixture.CreateContextAsync();
        var partnerships = await db.Partnerships.Select(p => new { p.Id, p.Name }).ToListAsync(TestContext.Current.CancellationToken);

        var published = 0;
        foreach (var partnership in partnerships)
        {
            var file = await IatiFile.ExportAsync(fixture, fixture.Administrator, partnership.Id);
            Assert.NotNull(file);
            if (file.Export.Activities.Count == 0)
            {
                continue;
            }

            published++;
            Assert.True(IatiSchema.ProblemsOf(file.Xml) is [], $"{partnership.Name}: {string.Join("; ", IatiSchema.ProblemsOf(file.Xml))}");
            Assert.True(IatiRules.BrokenBy(file) is [], $"{partnership.Name}: {string.Join("; ", IatiRules.BrokenBy(file))}");
        }

        // Moldova, Georgia and the Annex II portfolio have initiatives with a start month; Cape Verde's have none.
        Assert.Equal(3, published);
    }

    [Fact]
    public async Task The_page_offers_the_file_exactly_where_the_file_has_an_activity_without_building_it()
    {
        await using var db = await fixture.CreateContextAsync();
        var partnerships = await db.Partnerships.Select(p => new { p.Id, p.Name }).ToListAsync(TestContext.Current.CancellationToken);

        var offered = 0;
        foreach (var partnership in partnerships)
        {
            var file = await IatiFile.ExportAsync(fixture, fixture.Administrator, partnership.Id);
            await using var scope = fixture.As(fixture.Administrator);
            var asked = await scope.ServiceProvider.GetRequiredService<Web.Features.OpenData.Iati.ExportIatiActivities>().HasActivitiesAsync(partnership.Id, TestContext.Current.CancellationToken);
            Assert.True(file!.Export.Activities.Count > 0 == asked, $"{partnership.Name}: {file.Export.Activities.Count} activities, offered: {asked}");
            offered += asked ? 1 : 0;
        }

        Assert.Equal(3, offered);
    }

    [Fact]
    public async Task The_demo_projects_of_EuropeAid_map_to_their_budgets_roles_status_sectors_and_dates()
    {
        // COM(2007) 248 Annex II lists them as EC-funded projects, not as initiatives of a partnership: they are in a
        // thematic programme's portfolio, with no partner country, and closed since their periods ended.
        var portfolio = await IatiFile.ExportAsync(fixture, fixture.Administrator, await PartnershipAsync("EC-funded projects on legal and circular migration (COM(2007) 248, Annex II)"));

        var iom = portfolio!.Activity(Ref + "-2005-103475");
        Assert.Equal("4", iom.Status);
        Assert.Equal([("1", "2006-01-01"), ("3", "2007-12-31")], iom.Dates);
        Assert.Empty(iom.RecipientCountries);
        Assert.Equal(
            [
                new OrganisationView("1", Ref, "15", "European Commission - International Partnerships"),
                new OrganisationView("2", null, "15", "EuropeAid Co-operation Office"),
                new OrganisationView("4", null, "40", "International Organization for Migration"),
            ],
            iom.Organisations);
        Assert.Equal("1", iom.Sectors[0].Vocabulary);
        Assert.Equal("15190", iom.Sectors[0].Code);
        Assert.Equal(
            [
                new BudgetView("1", "1", "2006-01-01", "2006-12-31", "485873.50", "EUR", "2006-01-01"),
                new BudgetView("1", "1", "2007-01-01", "2007-12-31", "485873.50", "EUR", "2007-01-01"),
            ],
            iom.Budgets);

        // December 2006 – December 2009 is 37 months: one in 2006, twelve in each later year; the last takes the rounding.
        var ilo = portfolio.Activity(Ref + "-2006-120-072");
        Assert.Equal([("1", "2006-12-01"), ("3", "2009-12-31")], ilo.Dates);
        Assert.Empty(ilo.RecipientCountries);
        Assert.Equal(
            [
                new BudgetView("1", "1", "2006-12-01", "2006-12-31", "65770.49", "EUR", "2006-12-01"),
                new BudgetView("1", "1", "2007-01-01", "2007-12-31", "789245.84", "EUR", "2007-01-01"),
                new BudgetView("1", "1", "2008-01-01", "2008-12-31", "789245.84", "EUR", "2008-01-01"),
                new BudgetView("1", "1", "2009-01-01", "2009-12-31", "789245.83", "EUR", "2009-01-01"),
            ],
            ilo.Budgets);
        Assert.Equal(2433508.00m, ilo.Budgets.Sum(b => decimal.Parse(b.Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_task_force_member_who_may_see_georgia_only_gets_no_moldovan_activity()
    {
        var georgia = await PartnershipAsync("Mobility Partnership with Georgia");
        var moldova = await PartnershipAsync("Mobility Partnership with the Republic of Moldova");
        var reader = await TestAccounts.CreateAsync(fixture, "Georgia-only reader", Role.TaskForceMember, null, georgia);

        Assert.Null(await IatiFile.ExportAsync(fixture, reader, moldova));
        var own = await IatiFile.ExportAsync(fixture, reader, georgia);
        Assert.NotNull(own);
        Assert.NotEmpty(own.Activities);
        Assert.All(own.Activities, a => Assert.Equal([("GE", "100", "Georgia")], a.RecipientCountries));

        // The same request by the administrator does give Moldova's activities, so the refusal above is the scope's.
        var administrators = await IatiFile.ExportAsync(fixture, fixture.Administrator, moldova);
        Assert.NotEmpty(administrators!.Activities);
    }
}
