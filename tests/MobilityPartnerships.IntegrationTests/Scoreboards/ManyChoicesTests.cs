using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.FilterOptions;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests.Scoreboards;

/// <summary>
/// A partnership whose funding lines name 3,000 programmes and whose initiatives have 300 leads: each filter offers at
/// most its <see cref="FilterChoices.Limit"/> most used values (it offered every one: 3,060 programmes made a page of
/// 693 KB), as hand-written SQL ranks them, the value chosen beside them, and says truly how many there are; the
/// choices and the first page take as many statements as a small partnership's. A lead outside those listed is found by
/// its name typed, among all 300, in one statement; a name that names none or several is refused.
/// </summary>
public sealed class ManyChoicesTests(ManyChoicesFixture fixture) : IClassFixture<ManyChoicesFixture>
{
    private static readonly FieldFilter Programme = InitiativeFields.FilterOf(nameof(ScoreboardQuery.Programme))!;
    private static readonly FieldFilter Lead = InitiativeFields.FilterOf(nameof(ScoreboardQuery.LeadId))!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_filter_offers_at_most_its_limit_whatever_the_number_of_values()
    {
        var options = await fixture.Get<GetScoreboardFilterOptions>().ExecuteAsync(fixture.PartnershipId, Token);

        Assert.All(InitiativeFields.Filters.Where(f => f.Choices is not null), filter =>
            Assert.True(options.Of(filter).Count <= FilterChoices.Limit, $"{filter.Name}: {options.Of(filter).Count} choices"));
        Assert.Equal(FilterChoices.Limit, options.Of(Programme).Count);
        Assert.Equal(FilterChoices.Limit, options.Of(Lead).Count);
    }

    [Fact]
    public async Task A_cut_filter_offers_its_most_used_values_in_its_order_and_says_how_many_there_are()
    {
        var options = await fixture.Get<GetScoreboardFilterOptions>().ExecuteAsync(fixture.PartnershipId, Token);

        var programmes = await RankedAsync("""
            SELECT f.programme FROM funding_lines f JOIN initiatives i ON i.id = f.initiative_id
            WHERE i.partnership_id = $1 AND f.programme IS NOT NULL
            GROUP BY f.programme ORDER BY count(*) DESC, f.programme COLLATE "C"
            """);
        var leads = await RankedAsync("""
            SELECT o.id::text FROM initiatives i JOIN organisations o ON o.id = i.lead_organisation_id
            WHERE i.partnership_id = $1
            GROUP BY o.id, o.name ORDER BY count(*) DESC, o.name COLLATE "C", o.id
            """);
        Assert.Equal(ManyChoicesFixture.ProgrammeCount, programmes.Count);
        Assert.Equal(ManyChoicesFixture.LeadCount, leads.Count);

        Assert.Equal(ManyChoicesFixture.ProgrammeCount, options.CountOf(Programme));
        Assert.Equal(ManyChoicesFixture.LeadCount, options.CountOf(Lead));
        Assert.Equal(programmes.Take(FilterChoices.Limit).Order(StringComparer.Ordinal), options.Of(Programme).Select(c => c.Name));
        Assert.Equal(leads.Take(FilterChoices.Limit).Order(StringComparer.Ordinal), options.Of(Lead).Select(c => c.Id!.Value.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(options.Of(Lead).OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id), options.Of(Lead));

        // The most used come first: programmes 1 to 30 (71 uses each), then 31 to 150 (11 each) by name.
        Assert.Equal("Programme 0001", options.Of(Programme)[0].Name);
        Assert.Equal("Programme 0100", options.Of(Programme)[^1].Name);
        Assert.Null(options.CountOf(InitiativeFields.FilterOf(nameof(ScoreboardQuery.ThematicAreaId))!));
    }

    [Fact]
    public async Task A_chosen_value_outside_the_most_used_is_offered_too_and_one_that_names_nothing_is_not()
    {
        var rarest = Guid.Parse(Assert.Single(await fixture.Database.RowsAsync("SELECT id::text FROM organisations WHERE name = 'Leading agency 300'")));
        var query = new ScoreboardQuery { PartnershipId = fixture.PartnershipId, Programme = "Programme 2999", LeadId = rarest };

        var options = await fixture.Get<GetScoreboardFilterOptions>().ExecuteAsync(query, Token);

        Assert.Equal(FilterChoices.Limit + 1, options.Of(Programme).Count);
        Assert.Equal(FilterChoices.Limit + 1, options.Of(Lead).Count);
        Assert.Equal("Programme 2999", options.Of(Programme)[^1].Name);
        Assert.Contains(options.Of(Lead), c => c.Id == rarest && c.Name == "Leading agency 300");
        Assert.Equal(ManyChoicesFixture.ProgrammeCount, options.CountOf(Programme));
        Assert.True(options.Cover(query));

        // A chosen value among the most used is offered once; a text no line names is not offered.
        var among = await fixture.Get<GetScoreboardFilterOptions>().ExecuteAsync(query with { Programme = "Programme 0001", LeadId = null }, Token);
        Assert.Equal(FilterChoices.Limit, among.Of(Programme).Count);
        var unknown = query with { Programme = "Programme 9999", LeadId = null };
        var none = await fixture.Get<GetScoreboardFilterOptions>().ExecuteAsync(unknown, Token);
        Assert.Equal(FilterChoices.Limit, none.Of(Programme).Count);
        Assert.False(none.Cover(unknown));
        Assert.False(options.Cover(query with { Programme = "Programme 2998" }));
    }

    [Fact]
    public async Task The_choices_and_the_first_page_take_as_many_statements_as_a_small_partnership_s()
    {
        var rarest = Guid.Parse(Assert.Single(await fixture.Database.RowsAsync("SELECT id::text FROM organisations WHERE name = 'Leading agency 300'")));
        var small = await StatementsAsync(new ScoreboardQuery { PartnershipId = fixture.SmallId });
        var many = await StatementsAsync(new ScoreboardQuery { PartnershipId = fixture.PartnershipId });
        var chosen = await StatementsAsync(new ScoreboardQuery { PartnershipId = fixture.PartnershipId, Programme = "Programme 2999", LeadId = rarest });

        Assert.Equal(2, small);
        Assert.Equal(small, many);
        Assert.Equal(small, chosen);
    }

    [Fact]
    public async Task A_lead_outside_the_most_used_is_found_by_its_name_typed_in_one_statement()
    {
        var agency = Guid.Parse(Assert.Single(await fixture.Database.RowsAsync("SELECT id::text FROM organisations WHERE name = 'Leading agency 250'")));
        var options = await fixture.Get<GetScoreboardFilterOptions>().ExecuteAsync(fixture.PartnershipId, Token);
        Assert.DoesNotContain(options.Of(Lead), c => c.Id == agency);

        IReadOnlyList<FilterChoice> named = [];
        var statements = await StatementsAsync(async services =>
            named = await services.GetRequiredService<GetScoreboardFilterOptions>().NamedAsync(fixture.PartnershipId, Lead, "  leading AGENCY 250 ", Token));

        Assert.Equal(1, statements);
        Assert.Equal(new FilterChoice(agency, "Leading agency 250"), Assert.Single(named));
        Assert.Null(CutFilter.Refusal("Lead partner", "leading AGENCY 250", named, fixture.Get<IStringLocalizer<Strings>>()));

        // Held by the choices, it is offered chosen, and they still judge the query that chooses it.
        var chosen = new ScoreboardQuery { PartnershipId = fixture.PartnershipId, LeadId = agency };
        var holding = options.Holding(Lead, named[0]);
        Assert.Equal(FilterChoices.Limit + 1, holding.Of(Lead).Count);
        Assert.True(holding.Cover(chosen));
        Assert.Equal("Leading agency 250", Lead.ChosenWords(chosen, holding, fixture.Get<IStringLocalizer<Strings>>()));
    }

    [Fact]
    public async Task A_lead_is_found_by_its_name_typed_without_its_accents_or_with_others()
    {
        var agency = Guid.Parse(Assert.Single(await fixture.Database.RowsAsync("SELECT id::text FROM organisations WHERE name = 'Leading agency 250'")));
        var named = fixture.Get<GetScoreboardFilterOptions>();

        Assert.Equal(new FilterChoice(agency, "Leading agency 250"), Assert.Single(await named.NamedAsync(fixture.PartnershipId, Lead, "LÉADING ägency 250", Token)));
        Assert.Empty(await named.NamedAsync(fixture.PartnershipId, Lead, "Leading agency 25", Token));
    }

    [Fact]
    public async Task A_name_typed_that_names_no_lead_here_is_refused_with_why()
    {
        var named = fixture.Get<GetScoreboardFilterOptions>();
        var text = fixture.Get<IStringLocalizer<Strings>>();

        var unknown = await named.NamedAsync(fixture.PartnershipId, Lead, "Leading agency 999", Token);
        Assert.Empty(unknown);
        Assert.Equal("No lead partner in this scoreboard is named “Leading agency 999”. Type a name as the list shows it.", CutFilter.Refusal("Lead partner", "Leading agency 999", unknown, text));

        // A lead of another partnership, a pattern, a part of a name, a text longer than any name: none names a lead here.
        Assert.Empty(await named.NamedAsync(fixture.SmallId, Lead, "Leading agency 250", Token));
        Assert.Empty(await named.NamedAsync(fixture.PartnershipId, Lead, "Leading agency %", Token));
        Assert.Empty(await named.NamedAsync(fixture.PartnershipId, Lead, "Leading agency 25_", Token));
        Assert.Empty(await named.NamedAsync(fixture.PartnershipId, Lead, "Leading agency", Token));
        Assert.Empty(await named.NamedAsync(fixture.PartnershipId, Lead, new string('x', GetScoreboardFilterOptions.NameMaxLength + 1), Token));
    }

    [Fact]
    public async Task A_name_several_leads_show_is_refused_and_no_more_than_two_are_read()
    {
        var partnership = Guid.NewGuid();
        await fixture.Database.ExecuteAsync("""
            INSERT INTO partnerships (id, name, kind, status, signed_on, priorities)
            VALUES ($1, 'Partnership of twin leads', 'MobilityPartnership', 'InImplementation', DATE '2009-01-01', '{}');
            """, partnership);
        await fixture.Database.ExecuteAsync("""
            -- Names are unique as read: two organisations show one name at most, one by its name and one by its short name.
            INSERT INTO organisations (id, name, short_name, kind, signs_through_presidency) VALUES
            (gen_random_uuid(), 'Twin agency 1', 'Twin', 'NationalAgency', false),
            (gen_random_uuid(), 'Twin', NULL, 'NationalAgency', false),
            (gen_random_uuid(), 'Twin agency 3', 'Twin 3', 'NationalAgency', false);
            """);
        await fixture.Database.ExecuteAsync("""
            INSERT INTO partnership_participants (id, partnership_id, organisation_id, basis, joined_on)
            SELECT gen_random_uuid(), $1, o.id, 'OriginalSignatory', DATE '2009-01-01' FROM organisations o WHERE o.name LIKE 'Twin%';
            """, partnership);
        await fixture.Database.ExecuteAsync("""
            INSERT INTO initiatives (id, partnership_id, reference_code, title, pillar, status, novelty, is_shareable, lead_organisation_id)
            SELECT gen_random_uuid(), $1, 'TW-' || right(o.name, 1), 'Initiative of ' || o.name, 'LegalMigration', 'Ongoing', 'New', true, o.id
            FROM organisations o WHERE o.name LIKE 'Twin%';
            """, partnership);

        var named = await fixture.Get<GetScoreboardFilterOptions>().NamedAsync(partnership, Lead, "twin", Token);

        Assert.Equal(2, named.Count);
        Assert.All(named, c => Assert.Equal("Twin", c.Name));
        Assert.Equal(
            "More than one lead partner in this scoreboard is named “twin”. Choose one by a link that names it, such as the dashboard's.",
            CutFilter.Refusal("Lead partner", "twin", named, fixture.Get<IStringLocalizer<Strings>>()));

        // The name the list shows is the short name: the full name of one of them names nothing here.
        Assert.Empty(await fixture.Get<GetScoreboardFilterOptions>().NamedAsync(partnership, Lead, "Twin agency 1", Token));
    }

    [Fact]
    public async Task Of_names_that_differ_only_by_accents_the_one_written_as_typed_is_chosen_in_one_statement()
    {
        var partnership = Guid.NewGuid();
        await fixture.Database.ExecuteAsync("""
            INSERT INTO partnerships (id, name, kind, status, signed_on, priorities)
            VALUES ($1, 'Partnership of offices', 'MobilityPartnership', 'InImplementation', DATE '2009-01-01', '{}');
            """, partnership);
        var plain = Guid.CreateVersion7();
        var accented = Guid.Parse("00000000-0000-0000-0000-000000000001"); // read first by id: the order alone does not choose
        await fixture.Database.ExecuteAsync("""
            INSERT INTO organisations (id, name, kind, signs_through_presidency) VALUES
            ($1, 'Office de l''Emploi', 'NationalAgency', false),
            ($2, 'Office de l''Émploi', 'NationalAgency', false);
            """, plain, accented);
        await fixture.Database.ExecuteAsync("""
            INSERT INTO partnership_participants (id, partnership_id, organisation_id, basis, joined_on)
            SELECT gen_random_uuid(), $1, o.id, 'OriginalSignatory', DATE '2009-01-01' FROM organisations o WHERE o.name LIKE 'Office de l''%mploi';
            """, partnership);
        await fixture.Database.ExecuteAsync("""
            INSERT INTO initiatives (id, partnership_id, reference_code, title, pillar, status, novelty, is_shareable, lead_organisation_id)
            SELECT gen_random_uuid(), $1, 'OF-' || left(o.id::text, 8), 'Initiative of ' || o.name, 'LegalMigration', 'Ongoing', 'New', true, o.id
            FROM organisations o WHERE o.name LIKE 'Office de l''%mploi';
            """, partnership);
        var named = fixture.Get<GetScoreboardFilterOptions>();
        var text = fixture.Get<IStringLocalizer<Strings>>();

        IReadOnlyList<FilterChoice> found = [];
        var statements = await StatementsAsync(async services =>
            found = await services.GetRequiredService<GetScoreboardFilterOptions>().NamedAsync(partnership, Lead, "  office de l'emploi ", Token));

        Assert.Equal(1, statements);
        Assert.Equal(new FilterChoice(plain, "Office de l'Emploi"), Assert.Single(found));
        Assert.Null(CutFilter.Refusal("Lead partner", "office de l'emploi", found, text));
        Assert.Equal(new FilterChoice(accented, "Office de l'Émploi"), Assert.Single(await named.NamedAsync(partnership, Lead, "office de l'émploi", Token)));

        // Written as neither, the name is not enough to tell them apart.
        var neither = await named.NamedAsync(partnership, Lead, "Office de l'Èmploi", Token);
        Assert.Equal(2, neither.Count);
        Assert.StartsWith("More than one lead partner in this scoreboard is named", CutFilter.Refusal("Lead partner", "Office de l'Èmploi", neither, text), StringComparison.Ordinal);
    }

    private async Task<List<string>> RankedAsync(string sql) => [.. await fixture.Database.RowsAsync(sql, fixture.PartnershipId)];

    /// <summary>The statements the page's choices and first page send for <paramref name="query"/>, the read scope read before.</summary>
    private Task<int> StatementsAsync(ScoreboardQuery query) => StatementsAsync(async services =>
    {
        var options = await services.GetRequiredService<GetScoreboardFilterOptions>().ExecuteAsync(query, Token);
        await services.GetRequiredService<QueryScoreboard>().ExecuteAsync(query, Token);
        Assert.NotEmpty(options.Of(Programme));
    });

    /// <summary>The statements <paramref name="work"/> sends, given the services of an administrator whose read scope is read before.</summary>
    private async Task<int> StatementsAsync(Func<IServiceProvider, Task> work)
    {
        var counter = new CommandCounter();
        await using var services = AppServices.Build(
            fixture.Database.ConnectionString,
            replace: s => s.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(counter)));
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(fixture.Administrator);
        scope.ServiceProvider.GetRequiredService<AccessEvents>().Begin();
        await scope.ServiceProvider.GetRequiredService<AccessControl>().ReadScopeAsync(Token);

        var before = counter.Commands;
        await work(scope.ServiceProvider);
        return counter.Commands - before;
    }
}
