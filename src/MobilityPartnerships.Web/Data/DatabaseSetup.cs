using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Data.History;
using MobilityPartnerships.Web.Data.Standby;
using MobilityPartnerships.Web.Hosting;
using Npgsql;

namespace MobilityPartnerships.Web.Data;

internal static class DatabaseSetup
{
    public const string ConnectionStringName = "Default";

    public static void AddDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No database is configured. Set ConnectionStrings__{ConnectionStringName} (or ConnectionStrings:{ConnectionStringName} in appsettings), or start the app with scripts/run, which starts a local PostgreSQL.");
        }

        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DatabasePreparationScope>();

        // One short-lived context per operation: a Blazor Server circuit lives far longer than a DbContext should.
        services.AddSingleton(TimeProvider.System);
        // Scoped, so that each context is given the user of the page or request that asked for it (see AppDbContext).
        services.AddSingleton<HistoryRecorder>();
        services.AddDbContextFactory<AppDbContext>(
            (provider, options) =>
            {
                // Bounded waits (see DatabaseOptions): a page or API call gets its error within seconds when the database is away.
                var limits = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
                var commandTimeout = provider.GetService<DatabasePreparationScope>()?.IsPreparing == true
                    ? limits.PreparationCommandTimeoutSeconds
                    : limits.CommandTimeoutSeconds;
                // The app keeps no state in a database session (no SET, temporary tables, LISTEN or prepared statements), so a
                // pooled connection is not reset when it goes back to the pool: the reset was a DISCARD ALL ahead of every
                // statement of a short-lived context (see docs/decisions, "a page's statements").
                var bounded = new NpgsqlConnectionStringBuilder(connectionString)
                {
                    Timeout = limits.ConnectTimeoutSeconds,
                    CommandTimeout = commandTimeout,
                    NoResetOnClose = true,
                };
                // No JIT compilation: the app's statements are short, and PostgreSQL judged the scoreboard's (its estimate
                // sums a subquery per initiative) worth compiling, which took 7 s of a 0.8 s statement at 10,000
                // initiatives (EXPLAIN ANALYZE, see docs/decisions, "a page's statements"). A startup option: no statement.
                bounded.Options = string.IsNullOrWhiteSpace(bounded.Options) ? "-c jit=off" : bounded.Options + " -c jit=off";
                options
                    .UseNpgsql(bounded.ConnectionString, npgsql => npgsql
                        .EnableRetryOnFailure(limits.MaxRetryCount, limits.MaxRetryDelay, errorCodesToAdd: null)
                        .CommandTimeout(commandTimeout)
                        // A list in a query (the partnerships a user reads, hundreds for the EU side) is one array parameter
                        // (= ANY (@ids)), not EF's default of a parameter per element: one SQL text whatever the list's length,
                        // and no hundreds of parameters to build, send and plan with every statement of every page.
                        .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)
                        // A read with several collections (a row with its partners, indicators and funding) is one statement
                        // on purpose (decision 0011: a page's statements are counted and bounded); said here, EF does not
                        // warn at each such query's first compilation that it was not said.
                        .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                    .UseSnakeCaseNamingConvention()
                    .AddInterceptors(provider.GetRequiredService<HistoryRecorder>());
            },
            ServiceLifetime.Scoped);
        // Reads that may lag go to a standby when ConnectionStrings:Standby names one (see Data/Standby).
        services.AddStandby(configuration);
        // The readiness check has its own time-out, so that it answers "Unhealthy" in time while the database is away.
        services.AddHealthChecks().AddCheck<DatabaseReadiness>(HealthTags.Database, tags: [HealthTags.Ready]);
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<DemoData.DemoDataLoader>();
        services.AddScoped<DemoData.DemoAccounts>();
        services.AddHostedService<DatabasePreparation>();
    }
}
