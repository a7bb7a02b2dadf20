using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Data;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Data;

/// <summary>
/// A statement the app runs again and again is parsed and planned once on each pooled connection, then only executed:
/// parsing and planning were half of PostgreSQL's CPU for a page. The start-up preparation, which changes the schema such
/// plans are made against, prepares nothing.
/// </summary>
public sealed class PreparedStatementsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken Cancel = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_statement_run_again_on_a_connection_is_prepared_there_once()
    {
        var name = $"Prepared {Guid.NewGuid():N}";
        await using var scope = fixture.As(fixture.Administrator);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Cancel);
        await db.Database.OpenConnectionAsync(Cancel);
        for (var turn = 0; turn < 8; turn++)
        {
            Assert.Equal(0, await db.Organisations.AsNoTracking().CountAsync(o => o.Name == name, Cancel));
        }

        var prepared = await db.Database
            .SqlQueryRaw<PreparedStatement>("SELECT statement, from_sql FROM pg_prepared_statements")
            .ToListAsync(Cancel);

        var counting = Assert.Single(prepared, p => p.Statement.Contains("FROM organisations", StringComparison.Ordinal) && p.Statement.Contains("count(*)", StringComparison.Ordinal));
        Assert.False(counting.FromSql);
    }

    [Fact]
    public void Pages_prepare_their_statements_and_the_start_up_preparation_does_not()
    {
        var connections = fixture.Get<DatabaseConnections>();

        Assert.True(new NpgsqlConnectionStringBuilder(connections.Primary).MaxAutoPrepare > 0);
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(connections.Preparing).MaxAutoPrepare);
    }

    private sealed class PreparedStatement
    {
        public required string Statement { get; init; }

        public required bool FromSql { get; init; }
    }
}
