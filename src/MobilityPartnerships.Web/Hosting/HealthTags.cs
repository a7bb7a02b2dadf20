namespace MobilityPartnerships.Web.Hosting;

internal static class HealthTags
{
    /// <summary>Checks that must pass before the app takes traffic, such as reaching the database.</summary>
    public const string Ready = "ready";

    /// <summary>The name of the check that reaches the database.</summary>
    public const string Database = "database";
}
