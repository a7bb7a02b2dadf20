using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data.History;
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

        // One short-lived context per operation: a Blazor Server circuit lives far longer than a DbContext should.
        services.AddSingleton(TimeProvider.System);
        // Scoped, so that each context is given the user of the page or request that asked for it (see AppDbContext).
        services.AddSingleton<HistoryRecorder>();
        services.AddDbContextFactory<AppDbContext>(
            (provider, options) => options
                .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())
                .UseSnakeCaseNamingConvention()
                .AddInterceptors(provider.GetRequiredService<HistoryRecorder>()),
            ServiceLifetime.Scoped);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: [HealthTags.Ready]);
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<DemoData.DemoDataLoader>();
        services.AddScoped<DemoData.DemoAccounts>();
        services.AddHostedService<DatabasePreparation>();
    }
}
