using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.DemoData;

namespace MobilityPartnerships.IntegrationTests.Data;

public sealed class DemoDataTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private const string CountAll = """
        SELECT (SELECT count(*) FROM organisations) || '/' || (SELECT count(*) FROM partnerships) || '/' ||
               (SELECT count(*) FROM partnership_participants) || '/' || (SELECT count(*) FROM initiatives) || '/' ||
               (SELECT count(*) FROM funding_lines) || '/' || (SELECT count(*) FROM initiative_partners) || '/' ||
               (SELECT count(*) FROM partnership_status_changes)
        """;

    [Fact]
    public async Task Loading_the_demo_data_twice_adds_no_duplicates()
    {
        var before = await fixture.Database.ScalarAsync<string>(CountAll);

        await fixture.Get<DemoDataLoader>().LoadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(before, await fixture.Database.ScalarAsync<string>(CountAll));
    }

    [Fact]
    public async Task Every_partnership_of_the_documents_is_there_with_its_signature()
    {
        await using var db = await fixture.CreateContextAsync();
        var partnerships = await db.Partnerships.ToDictionaryAsync(p => p.Name, TestContext.Current.CancellationToken);

        Assert.Equal(new DateOnly(2008, 6, 5), partnerships["Mobility Partnership with the Republic of Moldova"].SignedOn);
        Assert.Equal(new DateOnly(2009, 11, 30), partnerships["Mobility Partnership with Georgia"].SignedOn);
        var capeVerde = partnerships["Mobility Partnership with the Republic of Cape Verde"];
        Assert.Equal((new DateOnly(2008, 6, 1), DatePrecision.Month), (capeVerde.SignedOn!.Value, capeVerde.SignedOnPrecision));
        Assert.Equal(PartnershipStatus.Stalled, partnerships["Mobility Partnership with Senegal"].Status);
        Assert.Null(partnerships["Mobility Partnership with Senegal"].SignedOn);
        Assert.Contains("Mobility Partnership with Armenia", partnerships.Keys);
    }

    [Fact]
    public async Task The_Netherlands_acceded_to_the_Cape_Verde_partnership_after_its_signature()
    {
        await using var db = await fixture.CreateContextAsync();
        var basis = await (
            from p in db.Participants
            join o in db.Organisations on p.OrganisationId equals o.Id
            join partnership in db.Partnerships on p.PartnershipId equals partnership.Id
            where o.CountryCode == "NL" && partnership.Name == "Mobility Partnership with the Republic of Cape Verde"
            select p.Basis).SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal(ParticipationBasis.Accession, basis);
    }

    [Fact]
    public async Task Sweden_leads_the_project_for_the_Moldovan_National_Employment_Agency()
    {
        var lead = await fixture.Database.ScalarAsync<string>("""
            SELECT lead.country_code FROM initiatives i
            JOIN partnerships p ON p.id = i.partnership_id
            JOIN organisations lead ON lead.id = i.lead_organisation_id
            WHERE p.name = 'Mobility Partnership with the Republic of Moldova'
              AND i.title = 'Strengthening the Moldovan capacity to manage labour and return migration within the framework of the mobility partnership with the EU'
            """);

        Assert.Equal("SE", lead);
    }

    [Fact]
    public async Task Every_demo_fact_records_its_source()
    {
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE source IS NULL"));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM partnerships WHERE source IS NULL"));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM partnership_participants WHERE source IS NULL"));
    }

    [Fact]
    public async Task The_documents_budgets_are_stored_to_the_cent()
    {
        var sums = await fixture.Database.ScalarAsync<string>("""
            SELECT sum(f.total_budget) || '/' || sum(f.eu_contribution) FROM funding_lines f
            JOIN initiatives i ON i.id = f.initiative_id JOIN partnerships p ON p.id = i.partnership_id
            WHERE p.name = 'EC-funded projects on legal and circular migration (COM(2007) 248, Annex II)'
            """);

        Assert.Equal("31583336.22/22825628.21", sums);
    }
}
