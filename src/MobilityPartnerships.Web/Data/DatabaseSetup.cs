using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Data.History;
using MobilityPartnerships.Web.Data.Standby;
using MobilityPartnerships.Web.Hosting;

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
        services.AddSingleton<HistoryRecorder>();
        services.AddSingleton(provider => new DatabaseConnections(connectionString, provider.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        // The options are built once (singleton): the contexts come from a pool (ActingContexts), each handed out with the
        // scope's user, connection string and command budget.
        services.AddDbContextFactory<AppDbContext>(
            (provider, options) =>
            {
                var limits = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
                var connections = provider.GetRequiredService<DatabaseConnections>();
                options
                    .UseNpgsql(connections.Primary, npgsql => npgsql
                        .EnableRetryOnFailure(limits.MaxRetryCount, limits.MaxRetryDelay, errorCodesToAdd: null)
                        .CommandTimeout(limits.CommandTimeoutSeconds)
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
            ServiceLifetime.Singleton);
        // Contexts are pooled: building one (EF's services for it, its dependencies) cost more CPU per page than most of
        // its statements. The pool is the app's; each scope's factory hands its contexts out (see ActingContexts).
        services.AddSingleton<ContextPool>();
        // Scoped, so that each context is given the user of the page or request that asked for it (see AppDbContext).
        services.Replace(ServiceDescriptor.Scoped<IDbContextFactory<AppDbContext>, ActingContexts>());
        services.Replace(ServiceDescriptor.Scoped(provider => provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext()));
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
