using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Features.Search.Searching;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Search;

/// <summary>
/// A search whose words match more initiatives and contact points than it counts: the work stays bounded (no step reads
/// more search documents than are counted, whatever matches; the counts stop and say "more than"), the whole title typed
/// still ranks first, and each reader gets only what they may see.
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

    [Fact]
    public async Task The_whole_title_typed_ranks_first_and_the_count_says_more()
    {
        var results = await FoundAsync(world.Member, Text);

        Assert.Equal(new[] { world.ExactShared, world.ExactUnshared }.Order(), results.Initiatives.Items.Take(2).Select(i => i.Id).Order());
        Assert.Equal(SearchText.MaxResultsPerGroup, results.Initiatives.Items.Count);
        Assert.Equal(SearchText.MaxCounted, results.Initiatives.Total);
        Assert.True(results.Initiatives.MoreThanTotal);
        Assert.True(results.MoreThanTotal);

        var contacts = (await FoundAsync(world.Member, CrowdedSearchWorld.ContactName)).ContactPoints;
        Assert.Equal(SearchText.MaxResultsPerGroup, contacts.Items.Count);
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

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(world.Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("query", await QueryAsync(connection, Text));
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    /// <summary>The rows each step of the statement's actual plan read from <paramref name="table"/> (rows times loops), searching <paramref name="text"/> as the EU side reading the crowded partnership.</summary>
    private async Task<IReadOnlyList<long>> RowsReadAsync(string statement, string text, string table)
    {
        await using var connection = new NpgsqlConnection(world.Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + statement, connection);
        command.Parameters.AddWithValue("query", await QueryAsync(connection, text));
        command.Parameters.AddWithValue("text", text);
        command.Parameters.AddWithValue("partnerships", new[] { world.Crowded });
        command.Parameters.AddWithValue("sees_unshared", true);
        command.Parameters.AddWithValue("limit", SearchText.MaxResultsPerGroup);
        command.Parameters.AddWithValue("counted", SearchText.MaxCounted + 1);
        command.Parameters.AddWithValue("candidates", SearchText.RankedCandidates);
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
