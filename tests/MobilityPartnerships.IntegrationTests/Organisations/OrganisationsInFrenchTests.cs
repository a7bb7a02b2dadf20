using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.DemoData;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;
using MobilityPartnerships.Web.Features.Organisations;
using MobilityPartnerships.Web.Features.Organisations.Adding;
using MobilityPartnerships.Web.Features.Organisations.Listing;
using MobilityPartnerships.Web.Features.Organisations.Renaming;
using MobilityPartnerships.Web.Features.Partnerships.Details;
using MobilityPartnerships.Web.Features.Partnerships.List;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Organisations;

/// <summary>
/// French pages name Member States, partner countries and EU bodies by their official French names, as they name the
/// thematic areas; English pages keep the English names; a database loaded before gets the French names at the next load.
/// </summary>
public sealed class OrganisationsInFrenchTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_member_state_has_its_official_French_short_name()
    {
        await using var db = await fixture.CreateContextAsync();
        var states = await db.Organisations.Where(o => o.Kind == OrganisationKind.MemberState).ToListAsync(Token);

        Assert.All(states, s => Assert.False(string.IsNullOrWhiteSpace(s.FrenchName), s.Name));
        Assert.Equal("Allemagne", states.Single(s => s.CountryCode == "DE").FrenchName);
        Assert.Equal("Tchéquie", states.Single(s => s.CountryCode == "CZ").FrenchName);
        Assert.Equal("Royaume-Uni", states.Single(s => s.CountryCode == "GB").FrenchName);
    }

    [Fact]
    public async Task Lists_and_the_scoreboard_name_organisations_in_the_pages_language()
    {
        var french = await InLanguage("fr", () => fixture.Get<ListOrganisations>().ChoicesAsync(Token));
        var english = await InLanguage("en", () => fixture.Get<ListOrganisations>().ChoicesAsync(Token));
        Assert.Contains("Allemagne", french.Select(c => c.Name));
        Assert.Contains("Moldavie", french.Select(c => c.Name));
        Assert.Contains("OIM", french.Select(c => c.Name));
        Assert.DoesNotContain("Germany", french.Select(c => c.Name));
        Assert.Contains("Germany", english.Select(c => c.Name));
        Assert.Contains("IOM", english.Select(c => c.Name));

        var partnerships = await InLanguage("fr", () => fixture.Get<ListPartnerships>().ExecuteAsync(Token));
        Assert.Contains("République de Moldavie", partnerships.Select(p => p.Country));
        Assert.DoesNotContain("Republic of Moldova", partnerships.Select(p => p.Country));

        var moldova = partnerships.Single(p => p.Name == DemoPublishedVersion.PartnershipName).Id;
        var page = await InLanguage("fr", () => fixture.Get<GetPartnershipDetails>().ExecuteAsync(moldova, Token));
        Assert.Equal("République de Moldavie", page!.Country);
        Assert.Contains("Roumanie", page.Participants.Select(p => p.Organisation));
        Assert.DoesNotContain("Romania", page.Participants.Select(p => p.Organisation));
        // The Council signed under the Slovenian Presidency (5 June 2008): named in French too.
        Assert.Equal("Slovénie", page.Participants.Single(p => p.Presidency is not null).Presidency);
        var inEnglish = await InLanguage("en", () => fixture.Get<GetPartnershipDetails>().ExecuteAsync(moldova, Token));
        Assert.Equal("Slovenia", inEnglish!.Participants.Single(p => p.Presidency is not null).Presidency);

        await using var db = await fixture.CreateContextAsync();
        var led = await db.Initiatives.Where(i => db.Organisations.Any(o => o.Id == i.LeadOrganisationId && o.CountryCode == "PL" && o.Kind == OrganisationKind.MemberState))
            .Select(i => i.PartnershipId).FirstAsync(Token);
        var board = await InLanguage("fr", () => fixture.Get<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = led, PageSize = 200 }, Token));
        Assert.Contains("Pologne", board.Rows.Select(r => r.Lead));
        Assert.DoesNotContain("Poland", board.Rows.Select(r => r.Lead));
    }

    [Fact]
    public async Task Loading_again_names_in_French_the_organisations_of_a_database_loaded_before()
    {
        await using (var db = await fixture.CreateContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE organisations SET french_name = NULL, french_short_name = NULL WHERE name IN ('Germany', 'International Organization for Migration')", Token);
        }

        await fixture.Get<ReferenceDataLoader>().LoadAsync(Token);
        await fixture.Get<DemoDataLoader>().LoadAsync(Token);

        await using var after = await fixture.CreateContextAsync();
        var named = await after.Organisations.Where(o => o.Name == "Germany" || o.Name == "International Organization for Migration").ToDictionaryAsync(o => o.Name, Token);
        Assert.Equal("Allemagne", named["Germany"].FrenchName);
        Assert.Equal(("Organisation internationale pour les migrations", "OIM"), (named["International Organization for Migration"].FrenchName, named["International Organization for Migration"].FrenchShortName));
    }

    [Fact]
    public async Task The_import_takes_an_organisation_by_its_French_name_as_by_its_English_one()
    {
        await using var db = await fixture.CreateContextAsync();
        var known = await db.Organisations.Select(o => new KnownOrganisation(o.Id, o.Name, o.ShortName, o.FrenchName, o.FrenchShortName)).ToListAsync(Token);
        var matcher = new OrganisationMatcher(known);
        var iom = known.Single(o => o.ShortName == "IOM").Id;
        var germany = known.Single(o => o.Name == "Germany").Id;

        Assert.Equal(iom, Assert.IsType<OrganisationMatch.Exact>(matcher.Match("Organisation internationale pour les migrations")).Id);
        Assert.Equal(iom, Assert.IsType<OrganisationMatch.Exact>(matcher.Match("OIM")).Id);
        Assert.Equal(iom, Assert.IsType<OrganisationMatch.Exact>(matcher.Match("IOM")).Id);
        Assert.Equal(germany, Assert.IsType<OrganisationMatch.Exact>(matcher.Match("Allemagne")).Id);
        Assert.Equal(germany, Assert.IsType<OrganisationMatch.Exact>(matcher.Match("Germany")).Id);
    }

    [Fact]
    public async Task The_database_refuses_a_French_short_name_without_the_French_name()
    {
        await using var db = await fixture.CreateContextAsync();
        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE organisations SET french_name = NULL, french_short_name = 'OIM' WHERE name = 'International Organization for Migration'", Token));
        Assert.Equal("ck_organisations_french_short_name_beside_name", refused.ConstraintName);
    }

    [Fact]
    public async Task An_organisation_added_or_renamed_on_its_page_takes_its_French_names()
    {
        var draft = new OrganisationDraft { Name = "European Union Agency for Asylum", ShortName = "EUAA", Kind = OrganisationKind.EuAgency, FrenchName = "Agence de l'Union européenne pour l'asile", FrenchShortName = "AUEA" };
        Assert.IsType<WriteOutcome.Done>(await fixture.Get<AddOrganisation>().ExecuteAsync(draft, Token));
        await using var db = await fixture.CreateContextAsync();
        var added = await db.Organisations.AsNoTracking().SingleAsync(o => o.Name == draft.Name, Token);
        Assert.Equal(("Agence de l'Union européenne pour l'asile", "AUEA"), (added.FrenchName, added.FrenchShortName));

        var alone = await fixture.Get<RenameOrganisation>().ExecuteAsync(added.Id, new OrganisationDraft { Name = draft.Name, ShortName = "EUAA", FrenchShortName = "AUEA" }, Token);
        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(alone).Errors);
        Assert.Equal((nameof(OrganisationDraft.FrenchShortName), "A French short name needs the French name beside it."), (error.Path, error.Message));
        Assert.Equal("AUEA", await db.Organisations.Where(o => o.Id == added.Id).Select(o => o.FrenchShortName).SingleAsync(Token));
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
