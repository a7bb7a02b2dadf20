using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Hosting;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests;

/// <summary>
/// The app's services as the app registers them (<see cref="AppSetup.AddMobilityPartnerships"/>, the same call as
/// Program's), over a plain service provider without a web host. A test chooses only what a test must: the database,
/// and where it needs them the acting user, the clock, where the log goes and a service observed in its place.
/// </summary>
internal static class AppServices
{
    public static ServiceProvider Build(
        string connectionString,
        Func<IServiceProvider, ICurrentUser>? user = null,
        TimeProvider? clock = null,
        ILoggerProvider? log = null,
        Action<IServiceCollection>? replace = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{DatabaseSetup.ConnectionStringName}"] = connectionString })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var environment = new HostingEnvironment { EnvironmentName = Environments.Production, ApplicationName = typeof(AppSetup).Assembly.GetName().Name! };

        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (log is not null)
            {
                logging.AddProvider(log);
            }
        });
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddMobilityPartnerships(configuration, environment);

        if (user is not null)
        {
            services.RemoveAll<ICurrentUser>();
            services.AddScoped(user);
        }

        if (clock is not null)
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(clock);
        }

        replace?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
