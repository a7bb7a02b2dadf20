using Microsoft.Extensions.Options;

namespace MobilityPartnerships.Web.Data.Standby;

internal static class StandbySetup
{
    /// <summary>
    /// The standby named by <c>ConnectionStrings:Standby</c>, if any, and <see cref="LaggingReads"/>: without the setting
    /// every read goes to the primary as before, and nothing more is asked of the database.
    /// </summary>
    public static void AddStandby(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StandbyOptions>().BindConfiguration(StandbyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var configured = configuration.GetConnectionString(StandbyOptions.ConnectionStringName);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StandbyOptions>>();
            var limits = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            return new StandbyState(
                string.IsNullOrWhiteSpace(configured) ? null : Bounded(configured, options.Value, limits),
                provider.GetRequiredService<TimeProvider>(),
                options);
        });
        services.AddScoped<LaggingReads>();
    }

    /// <summary>As the primary's (<see cref="DatabaseConnections"/>), with a short connect time-out of its own.</summary>
    private static string Bounded(string connectionString, StandbyOptions standby, DatabaseOptions limits) =>
        DatabaseConnections.Bounded(connectionString, standby.ConnectTimeoutSeconds, limits.CommandTimeoutSeconds, limits.PreparedStatementsPerConnection);
}
