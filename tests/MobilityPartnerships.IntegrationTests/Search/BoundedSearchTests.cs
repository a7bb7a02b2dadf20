using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Features.Search.Searching;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Search;

/// <summary>
/// A search whose words match more initiatives and contact points than it counts: the work stays bounded (no step reads
/// more search documents than are counted, whatever matches and whichever page; the counts stop and say "more than"), the
/// whole title typed still ranks first, the pages of a group reach the first that many in the search's order, and each
/// reader gets only what they may see, on every page.
/// </summary>
public sealed class BoundedSearchTests(CrowdedSearchWorld world) : IClassFixture<CrowdedSearchWorld>
{
    private static readonly string Text = CrowdedSearchWorld.ExactTitle;

    [Fact]
    public async Task No_step_reads_more_initiatives_than_are_counted()
    {
        var matches = await CountAsync("SELECT count(*) FROM search_documents WHERE document @@ @query::tsquery");
        Assert.True(matches > 2 * (SearchText.MaxCounted + SearchText.RankedCandidates), $"only {matches} documents match: the world does not crowd the search");

        var reads = await RowsReadAsync(SearchSql.Initiatives, Text, "search_documents");
        Assert.NotEmpty(reads);
        Assert.All(reads, rows => Assert.InRange(rows, 0, SearchText.MaxCounted + 1));
        Assert.InRange(reads.Sum(), 0, SearchText.MaxCounted + 1 + (2 * SearchText.RankedCandidates));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(SearchText.MaxCounted / SearchText.PageSize - 1)]
    public async Task No_page_reads_more_initiatives_than_are_counted(int page)
    {
        var reads = await RowsReadAsync(SearchSql.Initiatives, Text, "search_documents", page);
        Assert.NotEmpty(reads);
        Assert.All(reads, rows => Assert.InRange(rows, 0, SearchText.MaxCounted + 1));
        Assert.InRange(reads.Sum(), 0, SearchText.MaxCounted + 1 + (2 * SearchText.RankedCandidates));
    }

    [Fact]
    public async Task Page_two_holds_results_26_to_50_in_the_search_order()
    {
        var order = await OrderAsync(ResultGroup.Initiatives, Text);
        Assert.Equal(SearchText.MaxCounted, order.Count);
        Assert.Equal(order.Count, order.Distinct().Count());

        var first = (await PageAsync(world.Member, Text, ResultGroup.Initiatives, 0)).Initiatives;
        var second = (await PageAsync(world.Member, Text, ResultGroup.Initiatives, 1)).Initiatives;

        Assert.Equal(order.Take(SearchText.PageSize), first.Items.Select(i => i.Id));
        Assert.Equal(order.Skip(SearchText.PageSize).Take(SearchText.PageSize), second.Items.Select(i => i.Id));
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
        Assert.Equal(new[] { world.ExactShared, world.ExactUnshared }.Order(), first.Items.Take(2).Select(i => i.Id).Order());
        Assert.Equal((0, 1), (first.Page, second.Page));
        Assert.All(new[] { first, second }, g => Assert.Equal((SearchText.MaxCounted, true), (g.Total, g.MoreThanTotal)));

        // The first page of a group listed alone is the best of it the search of every kind lists.
        Assert.Equal(first.Items.Select(i => i.Id), (await FoundAsync(world.Member, Text)).Initiatives.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Every_page_of_a_group_lists_the_next_results_until_as_many_as_are_counted()
    {
        var order = await OrderAsync(ResultGroup.Initiatives, Text);
        var listed = new List<Guid>();
        for (var page = 0; page < SearchText.MaxCounted / SearchText.PageSize; page++)
        {
            var group = (await PageAsync(world.Member, Text, ResultGroup.Initiatives, page)).Initiatives;
            Assert.Equal(page, group.Page);
            Assert.Equal(SearchText.PageSize, group.Items.Count);
            listed.AddRange(group.Items.Select(i => i.Id));
        }

        Assert.Equal(order, listed);
    }

    [Theory]
    [InlineData(SearchText.MaxCounted / SearchText.PageSize)]
    [InlineData(10_000)]
    [InlineData(int.MaxValue - 1)]
    public async Task A_page_past_the_last_is_the_last(int page)
    {
        var order = await OrderAsync(ResultGroup.Initiatives, Text);

        var last = (await PageAsync(world.Member, Text, ResultGroup.Initiatives, page)).Initiatives;

        Assert.Equal((SearchText.MaxCounted / SearchText.PageSize) - 1, last.Page);
        Assert.Equal(order.TakeLast(SearchText.PageSize), last.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Contact_points_page_on_in_their_order()
    {
        var first = (await PageAsync(world.Member, CrowdedSearchWorld.ContactName, ResultGroup.ContactPoints, 0)).ContactPoints;
        var second = (await PageAsync(world.Member, CrowdedSearchWorld.ContactName, ResultGroup.ContactPoints, 1)).ContactPoints;
        var deep = (await PageAsync(world.Member, CrowdedSearchWorld.ContactName, ResultGroup.ContactPoints, 20)).ContactPoints;

        Assert.Equal(new[] { SearchText.PageSize, SearchText.PageSize, SearchText.PageSize }, new[] { first.Items.Count, second.Items.Count, deep.Items.Count });
        var emails = first.Items.Concat(second.Items).Concat(deep.Items).Select(c => c.Email).ToList();
        Assert.Equal(emails.Count, emails.Distinct().Count());
        Assert.Equal(first.Items.Select(c => c.Email), (await FoundAsync(world.Member, CrowdedSearchWorld.ContactName)).ContactPoints.Items.Select(c => c.Email));
        Assert.Equal((SearchText.MaxCounted, true, 20), (deep.Total, deep.MoreThanTotal, deep.Page));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(SearchText.MaxCounted / SearchText.PageSize - 1)]
    public async Task Scope_holds_on_every_page(int page)
    {
        var member = (await PageAsync(world.Member, Text, ResultGroup.Initiatives, page)).Initiatives;
        Assert.Equal(SearchText.PageSize, member.Items.Count);
        Assert.All(member.Items, i => Assert.Equal(world.Crowded, i.PartnershipId));
        Assert.DoesNotContain(member.Items, i => i.Id == world.ExactElsewhere);

        var official = (await PageAsync(world.Official, Text, ResultGroup.Initiatives, page)).Initiatives;
        Assert.Equal(SearchText.PageSize, official.Items.Count);
        Assert.All(official.Items, i => Assert.Equal(world.Crowded, i.PartnershipId));
        Assert.DoesNotContain(official.Items, i => i.Id == world.ExactUnshared);
        var contacts = (await PageAsync(world.Official, CrowdedSearchWorld.ContactName, ResultGroup.ContactPoints, page)).ContactPoints;
        Assert.Equal(SearchText.PageSize, contacts.Items.Count);
        Assert.DoesNotContain(contacts.Items, c => c.InitiativeId == world.ExactUnshared || c.InitiativeId == world.ExactElsewhere);

        // A group listed alone lists nothing of the others.
        var alone = await PageAsync(world.Member, Text, ResultGroup.Initiatives, page);
        Assert.Equal((0, 0, 0), (alone.Partnerships.Total, alone.Organisations.Total, alone.ContactPoints.Total));
        Assert.Equal(ResultGroup.Initiatives, alone.Group);
    }

    [Fact]
    public async Task The_whole_title_typed_ranks_first_and_the_count_says_more()
    {
        var results = await FoundAsync(world.Member, Text);

        Assert.Equal(new[] { world.ExactShared, world.ExactUnshared }.Order(), results.Initiatives.Items.Take(2).Select(i => i.Id).Order());
        Assert.Equal(SearchText.PageSize, results.Initiatives.Items.Count);
        Assert.Equal(SearchText.MaxCounted, results.Initiatives.Total);
        Assert.True(results.Initiatives.MoreThanTotal);
        Assert.True(results.MoreThanTotal);

        var contacts = (await FoundAsync(world.Member, CrowdedSearchWorld.ContactName)).ContactPoints;
        Assert.Equal(SearchText.PageSize, contacts.Items.Count);
        Assert.Equal(SearchText.MaxCounted, contacts.Total);
        Assert.True(contacts.MoreThanTotal);
    }

    [Fact]
    public async Task Scope_holds_for_every_candidate()
    {
        // The other partnership's initiative of the same title would rank first if any candidate escaped the scope.
        var member = await FoundAsync(world.Member, Text);
        Assert.All(member.Initiatives.Items, i => Assert.Equal(world.Crowded, i.PartnershipId));
        Assert.DoesNotContain(member.Initiatives.Items, i => i.Id == world.ExactElsewhere);

        // The partner country's official sees the shared one first and never the one not to be shared.
        var official = await FoundAsync(world.Official, Text);
        Assert.Equal(world.ExactShared, official.Initiatives.Items[0].Id);
        Assert.DoesNotContain(official.Initiatives.Items, i => i.Id == world.ExactUnshared);
        Assert.All(official.Initiatives.Items, i => Assert.Equal(world.Crowded, i.PartnershipId));
        Assert.DoesNotContain((await FoundAsync(world.Official, CrowdedSearchWorld.ContactName)).ContactPoints.Items, c => c.InitiativeId == world.ExactUnshared);

        // A few matches are still counted exactly.
        var one = await FoundAsync(world.Member, "CR-01500");
        Assert.Equal(1, one.Initiatives.Total);
        Assert.False(one.Initiatives.MoreThanTotal);
    }

    private async Task<SearchResults> FoundAsync(ClaimsPrincipal user, string text)
    {
        await using var scope = world.As(user);
        var outcome = await scope.ServiceProvider.GetRequiredService<SearchEverything>().ExecuteAsync(text, TestContext.Current.CancellationToken);
        return Assert.IsType<SearchOutcome.Found>(outcome).Results;
    }

    private async Task<SearchResults> PageAsync(ClaimsPrincipal user, string text, ResultGroup group, int page)
    {
        await using var scope = world.As(user);
        var outcome = await scope.ServiceProvider.GetRequiredService<SearchEverything>().ExecuteAsync(text, group, page, TestContext.Current.CancellationToken);
        return Assert.IsType<SearchOutcome.Found>(outcome).Results;
    }

    /// <summary>The whole list of <paramref name="group"/> in the search's order, read by its statement in one page as large as the count, as the EU side reading the crowded partnership.</summary>
    private async Task<IReadOnlyList<Guid>> OrderAsync(ResultGroup group, string text)
    {
        await using var connection = new NpgsqlConnection(world.Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(group == ResultGroup.Initiatives ? SearchSql.Initiatives : throw new ArgumentOutOfRangeException(nameof(group)), connection);
        AddParameters(command, await QueryAsync(connection, text), text, page: 0);
        command.Parameters["limit"].Value = SearchText.MaxCounted;
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private void AddParameters(NpgsqlCommand command, string query, string text, int page)
    {
        command.Parameters.AddWithValue("query", query);
        command.Parameters.AddWithValue("text", text);
        command.Parameters.AddWithValue("partnerships", new[] { world.Crowded });
        command.Parameters.AddWithValue("sees_unshared", true);
        command.Parameters.AddWithValue("limit", SearchText.PageSize);
        command.Parameters.AddWithValue("offset", (long)page * SearchText.PageSize);
        command.Parameters.AddWithValue("counted", SearchText.MaxCounted + 1);
        command.Parameters.AddWithValue("reachable", (long)SearchText.MaxCounted);
        command.Parameters.AddWithValue("candidates", SearchText.RankedCandidates);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(world.Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("query", await QueryAsync(connection, Text));
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    /// <summary>The rows each step of the statement's actual plan read from <paramref name="table"/> (rows times loops), searching <paramref name="text"/> as the EU side reading the crowded partnership, for <paramref name="page"/>.</summary>
    private async Task<IReadOnlyList<long>> RowsReadAsync(string statement, string text, string table, int page = 0)
    {
        await using var connection = new NpgsqlConnection(world.Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + statement, connection);
        AddParameters(command, await QueryAsync(connection, text), text, page);
        var plan = (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        using var json = JsonDocument.Parse(plan);
        var reads = new List<long>();
        Collect(json.RootElement[0].GetProperty("Plan"), table, reads);
        return reads;
    }

    private static void Collect(JsonElement node, string table, List<long> reads)
    {
        if (node.TryGetProperty("Relation Name", out var relation) && relation.GetString() == table)
        {
            reads.Add(node.GetProperty("Actual Rows").GetInt64() * node.GetProperty("Actual Loops").GetInt64());
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, table, reads);
            }
        }
    }

    private static async Task<string> QueryAsync(NpgsqlConnection connection, string text)
    {
        await using var command = new NpgsqlCommand(SearchSql.Terms, connection);
        command.Parameters.AddWithValue("text", text);
        command.Parameters.AddWithValue("max_words", SearchText.MaxWords);
        command.Parameters.AddWithValue("min_typo_length", SearchText.MinTypoLength);
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
