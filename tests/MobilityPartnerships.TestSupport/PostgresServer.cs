using Npgsql;
using Testcontainers.PostgreSql;

namespace MobilityPartnerships.TestSupport;

/// <summary>
/// The PostgreSQL server the tests use: the one named by TEST_POSTGRES (a connection string without a
/// database, as scripts/test sets it), or else a container started with Testcontainers.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "TEST_POSTGRES";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? connectionString;
    private static PostgreSqlContainer? container;

    public static async Task<string> ConnectionStringAsync()
    {
        if (connectionString is not null)
        {
            return connectionString;
        }

        await Gate.WaitAsync();
        try
        {
            if (connectionString is null)
            {
                var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
                if (!string.IsNullOrWhiteSpace(configured))
                {
                    connectionString = configured;
                }
                else
                {
                    container = new PostgreSqlBuilder("postgres:15-alpine").Build();
                    await container.StartAsync();
                    connectionString = new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = null }.ConnectionString;
                }
            }

            return connectionString;
        }
        finally
        {
            Gate.Release();
        }
    }
}
