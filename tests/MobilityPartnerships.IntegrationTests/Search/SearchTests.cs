using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Features.Search.Highlighting;
using MobilityPartnerships.Web.Features.Search.Searching;

namespace MobilityPartnerships.IntegrationTests.Search;

/// <summary>The search box's finding: accents, case, typos, codes, partners and places; ranking; hostile input; scope.</summary>
public sealed class SearchTests(SearchWorld world) : IClassFixture<SearchWorld>
{
    [Theory]
    [InlineData("securite")]
    [InlineData("SÉCURITÉ")]
    [InlineData("sEcUrItE dEs FrOnTiErEs")]
    [InlineData("frontieres")]
    public async Task Finds_by_accentless_and_any_case_words(string text)
    {
        var results = await FoundAsync(world.FocalPoint, text);
        Assert.Equal(world.Accented, results.Initiatives.Items[0].Id);
    }

    [Theory]
    [InlineData("migraton", "Labour migration pilot")]
    [InlineData("secruity cooperation", "Document security cooperation")]
    [InlineData("readmision agreement", "Readmission agreement follow-up")]
    public async Task Finds_by_a_word_with_a_typo(string text, string title)
    {
        var results = await FoundAsync(world.FocalPoint, text);
        Assert.Contains(results.Initiatives.Items, i => i.Title == title);
    }

    [Theory]
    [InlineData("MD-SEC-001")]
    [InlineData("md sec 001")]
    public async Task Finds_by_reference_code_first(string text)
    {
        var results = await FoundAsync(world.FocalPoint, text);
        Assert.Equal(world.Accented, results.Initiatives.Items[0].Id);
    }

    [Fact]
    public async Task Finds_by_partner_name_and_location()
    {
        Assert.Contains((await FoundAsync(world.FocalPoint, "Bundesagentur fur Arbeit")).Initiatives.Items, i => i.Id == world.Partnered);
        Assert.Contains((await FoundAsync(world.FocalPoint, "chisinau")).Initiatives.Items, i => i.Id == world.Accented);
        Assert.Contains((await FoundAsync(world.FocalPoint, "bundesagentur")).Organisations.Items, o => o.Id == world.PartnerOrganisation);
        Assert.Contains((await FoundAsync(world.FocalPoint, "moldova")).Partnerships.Items, p => p.Id == world.Moldova);
    }

    [Fact]
    public async Task Finds_by_the_start_of_the_last_word()
    {
        var results = await FoundAsync(world.FocalPoint, "Sécurité des fronti");
        Assert.Equal(world.Accented, results.Initiatives.Items[0].Id);
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_summary_only_match()
    {
        var ids = (await FoundAsync(world.FocalPoint, "document security")).Initiatives.Items.Select(i => i.Id).ToList();
        Assert.Contains(world.SummaryMatch, ids);
        Assert.True(ids.IndexOf(world.TitleMatch) < ids.IndexOf(world.SummaryMatch));
    }

    [Fact]
    public async Task A_renamed_partner_is_found_by_its_new_name()
    {
        await using (var db = await world.CreateContextAsync())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE organisations SET short_name = 'Arbeitsagentur' WHERE id = {world.PartnerOrganisation}", TestContext.Current.CancellationToken);
        }

        Assert.Contains((await FoundAsync(world.FocalPoint, "arbeitsagentur")).Initiatives.Items, i => i.Id == world.Partnered);
    }

    [Theory]
    [InlineData("'")]
    [InlineData("\"")]
    [InlineData("&")]
    [InlineData("|")]
    [InlineData("!")]
    [InlineData(":*")]
    [InlineData("security & | ! :* ( ) <-> '\" migration")]
    [InlineData("'); DROP TABLE initiatives; --")]
    [InlineData("\\' OR 1=1 --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("labour'migration")]
    [InlineData("a:*B & !c")]
    public async Task Quotes_operators_sql_and_markup_are_plain_words(string text)
    {
        var outcome = await SearchAsync(world.FocalPoint, text);
        Assert.IsType<SearchOutcome.Found>(outcome);
        await using var db = await world.CreateContextAsync();
        Assert.True(await db.Initiatives.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Operators_are_read_as_the_words_around_them()
    {
        var results = await FoundAsync(world.FocalPoint, "labour'migration & pilot!");
        Assert.Equal("Labour migration pilot", results.Initiatives.Items[0].Title);
        Assert.Contains((await FoundAsync(world.FocalPoint, "!security")).Initiatives.Items, i => i.Id == world.TitleMatch);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_search_shows_nothing(string? text) =>
        Assert.IsType<SearchOutcome.NothingAsked>(await SearchAsync(world.FocalPoint, text));

    [Fact]
    public async Task A_search_text_too_long_is_refused_with_a_message()
    {
        var refused = Assert.IsType<SearchOutcome.Refused>(await SearchAsync(world.FocalPoint, new string('a', SearchText.MaxLength + 1)));
        Assert.Contains(SearchText.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Message, StringComparison.Ordinal);
        Assert.IsType<SearchOutcome.Found>(await SearchAsync(world.FocalPoint, new string('a', SearchText.MaxLength)));
    }

    [Fact]
    public async Task A_title_with_markup_comes_back_as_text_and_highlights_as_text()
    {
        var results = await FoundAsync(world.FocalPoint, "script alert visa");
        var hit = results.Initiatives.Items[0];
        Assert.Equal(world.Scripted, hit.Id);
        Assert.Equal(SearchWorld.ScriptTitle, hit.Title);
        var segments = Highlighter.Segments(hit.Title, results.Terms);
        Assert.Equal(SearchWorld.ScriptTitle, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["script", "alert", "script", "Visa"], segments.Where(s => s.IsMatch).Select(s => s.Text));
    }

    [Fact]
    public async Task A_georgia_only_task_force_member_gets_no_moldova_rows()
    {
        foreach (var text in new[] { "moldova", "securite", "MD-SEC-001", "readmission", "migration", "rusu", "ciobanu", "bundesagentur", "search" })
        {
            var results = await FoundAsync(world.GeorgiaTaskForce, text);
            Assert.DoesNotContain(results.Partnerships.Items, p => p.Id == world.Moldova);
            Assert.All(results.Initiatives.Items, i => Assert.Equal(world.Georgia, i.PartnershipId));
            Assert.All(results.ContactPoints.Items, c => Assert.Equal(world.GeorgianMigration, c.InitiativeId));
        }

        // The same member does find Georgia's rows, and the focal point finds Moldova's: the filter can fail.
        var georgian = await FoundAsync(world.GeorgiaTaskForce, "migration");
        Assert.Equal([world.GeorgianMigration], georgian.Initiatives.Items.Select(i => i.Id));
        Assert.Equal(1, georgian.Initiatives.Total);
        Assert.Contains((await FoundAsync(world.GeorgiaTaskForce, "beridze")).ContactPoints.Items, c => c.Name == "Nino Beridze");
        Assert.Contains((await FoundAsync(world.FocalPoint, "migration")).Initiatives.Items, i => i.PartnershipId == world.Moldova);
    }

    [Fact]
    public async Task A_partner_country_official_never_gets_unshared_initiatives_or_their_contact_points()
    {
        var official = await FoundAsync(world.MoldovaOfficial, "confidential readmission talks");
        Assert.DoesNotContain(official.Initiatives.Items, i => i.Id == world.Unshared);
        Assert.Empty((await FoundAsync(world.MoldovaOfficial, "rusu")).ContactPoints.Items);
        Assert.Empty((await FoundAsync(world.MoldovaOfficial, "ileana")).ContactPoints.Items);
        var petru = Assert.Single((await FoundAsync(world.MoldovaOfficial, "ciobanu")).ContactPoints.Items);
        Assert.Equal("petru.ciobanu@example.org", petru.Email);

        var focal = await FoundAsync(world.FocalPoint, "rusu");
        Assert.Equal("ileana.rusu@example.org", Assert.Single(focal.ContactPoints.Items).Email);
        Assert.Contains((await FoundAsync(world.FocalPoint, "confidential")).Initiatives.Items, i => i.Id == world.Unshared);
    }

    [Fact]
    public async Task Access_rules_apply_before_ranking_and_the_limit()
    {
        // Thirty unshared initiatives outrank the shared one for "readmission"; ranked before filtering, they would fill the page.
        var focal = await FoundAsync(world.FocalPoint, "readmission");
        Assert.Equal(SearchWorld.UnsharedCrowd + 2, focal.Initiatives.Total);
        Assert.DoesNotContain(focal.Initiatives.Items, i => i.Id == world.SharedReadmission);

        var official = await FoundAsync(world.MoldovaOfficial, "readmission");
        Assert.Equal(1, official.Initiatives.Total);
        Assert.Equal([world.SharedReadmission], official.Initiatives.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Access_rules_hold_on_the_second_page_of_a_group()
    {
        // The focal point reads all 32 "readmission" initiatives: 25 on the first page, the other 7 on the second.
        var first = (await PageAsync(world.FocalPoint, "readmission", ResultGroup.Initiatives, 0)).Initiatives;
        var second = (await PageAsync(world.FocalPoint, "readmission", ResultGroup.Initiatives, 1)).Initiatives;
        Assert.Equal((SearchWorld.UnsharedCrowd + 2, 1), (second.Total, second.Page));
        Assert.Equal(SearchWorld.UnsharedCrowd + 2 - SearchText.PageSize, second.Items.Count);
        Assert.Equal(SearchWorld.UnsharedCrowd + 2, first.Items.Concat(second.Items).Select(i => i.Id).Distinct().Count());
        Assert.Contains(first.Items.Concat(second.Items), i => i.Id == world.SharedReadmission);

        // The official reads one of them: a second page asked for is the first, holding only that one.
        var official = (await PageAsync(world.MoldovaOfficial, "readmission", ResultGroup.Initiatives, 1)).Initiatives;
        Assert.Equal((1, 0), (official.Total, official.Page));
        Assert.Equal([world.SharedReadmission], official.Items.Select(i => i.Id));
        Assert.Empty((await PageAsync(world.MoldovaOfficial, "rusu", ResultGroup.ContactPoints, 1)).ContactPoints.Items);

        // Georgia's member gets Georgia's rows only, whichever group and page.
        foreach (var group in Enum.GetValues<ResultGroup>())
        {
            var georgian = await PageAsync(world.GeorgiaTaskForce, "migration", group, 1);
            Assert.All(georgian.Initiatives.Items, i => Assert.Equal(world.Georgia, i.PartnershipId));
            Assert.All(georgian.ContactPoints.Items, c => Assert.Equal(world.GeorgianMigration, c.InitiativeId));
            Assert.DoesNotContain(georgian.Partnerships.Items, p => p.Id == world.Moldova);
        }
    }

    private async Task<SearchResults> PageAsync(ClaimsPrincipal user, string text, ResultGroup group, int page)
    {
        await using var scope = world.As(user);
        var outcome = await scope.ServiceProvider.GetRequiredService<SearchEverything>().ExecuteAsync(text, group, page, TestContext.Current.CancellationToken);
        return Assert.IsType<SearchOutcome.Found>(outcome).Results;
    }

    private async Task<SearchOutcome> SearchAsync(ClaimsPrincipal user, string? text)
    {
        await using var scope = world.As(user);
        return await scope.ServiceProvider.GetRequiredService<SearchEverything>().ExecuteAsync(text, TestContext.Current.CancellationToken);
    }

    private async Task<SearchResults> FoundAsync(ClaimsPrincipal user, string text) =>
        Assert.IsType<SearchOutcome.Found>(await SearchAsync(user, text)).Results;
}
