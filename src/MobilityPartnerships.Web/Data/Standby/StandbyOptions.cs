using System.ComponentModel.DataAnnotations;

namespace MobilityPartnerships.Web.Data.Standby;

/// <summary>
/// Reads that may lag go to a standby of the database when <c>ConnectionStrings:Standby</c> names one (see
/// <see cref="LaggingReads"/>); these say how soon a standby that does not answer is given up and for how long.
/// </summary>
public sealed class StandbyOptions
{
    public const string Section = "Standby";

    /// <summary>The connection string's name: <c>ConnectionStrings:Standby</c>. Absent, every read goes to the primary.</summary>
    public const string ConnectionStringName = "Standby";

    /// <summary>The longest wait to open a connection to the standby, and for its answer to where it has replayed to (whole seconds).</summary>
    [Range(1, 60)]
    public int ConnectTimeoutSeconds { get; set; } = 1;

    /// <summary>How long reads go to the primary after the standby failed to answer, before it is tried again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan DownFor { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a user's reads go to the primary after a write whose position in the WAL could not be read (the primary
    /// went away just after the commit).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan UnknownPositionHoldsFor { get; set; } = TimeSpan.FromMinutes(1);
}
