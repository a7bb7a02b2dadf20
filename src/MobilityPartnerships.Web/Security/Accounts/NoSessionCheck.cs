namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>
/// Marks an endpoint whose answer is the same for everybody (the app's scripts, styles and fonts, the health probes): its
/// requests do not ask the database whether the cookie's session is still open, so a page's load costs one session check,
/// not one per file, and liveness answers while the database is away whoever asks.
/// </summary>
public sealed class NoSessionCheck
{
    public static readonly NoSessionCheck Instance = new();

    private NoSessionCheck()
    {
    }
}
