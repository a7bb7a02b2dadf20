using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features;
using MobilityPartnerships.Web.Security;

namespace MobilityPartnerships.Web.Hosting;

/// <summary>
/// The one place the app's services are registered: the database, accounts and access rules, the user interface and
/// the features. The app calls it from Program; the integration tests call it over a plain service provider and
/// replace only what a test must choose (the database's connection string through configuration, the acting user,
/// the clock). Host configuration (logging through Serilog) and the request pipeline stay with the web host.
/// </summary>
internal static class AppSetup
{
    public static IServiceCollection AddMobilityPartnerships(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddDatabase(configuration);
        services.AddSecurity(configuration, environment);
        services.AddUserInterface();
        services.AddFeatures();
        return services;
    }
}
