using System.ComponentModel.DataAnnotations;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// How long a page or an API call may wait on the database before it gives up: the time to open a connection, the
/// time one command may run, and how often and how long apart a failed operation is tried again. Together they
/// bound the wait (see <see cref="WorstCaseWait"/>) so that, when PostgreSQL goes away, users get the error at once
/// rather than after a minute. Preparing the database at start-up (migrations, reference and demo data) runs its
/// commands under <see cref="PreparationCommandTimeoutSeconds"/> and opens its connections under
/// <see cref="PreparationConnectTimeoutSeconds"/> instead.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>
    /// Times a failed operation is tried again after its first attempt. None by default: within the five seconds a page
    /// may wait, one query of a large scoreboard needs the whole command budget more than a second try (a time-out is
    /// retried too, so each retry doubles the wait).
    /// </summary>
    [Range(0, 10)]
    public int MaxRetryCount { get; set; }

    /// <summary>The longest pause before trying again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait to open a connection (whole seconds, as PostgreSQL's client counts them).</summary>
    [Range(1, 600)]
    public int ConnectTimeoutSeconds { get; set; } = 1;

    /// <summary>The longest one command of a page or API call may run (whole seconds).</summary>
    [Range(1, 600)]
    public int CommandTimeoutSeconds { get; set; } = 3;

    /// <summary>
    /// What the PostgreSQL client adds after a command's time-out: it asks the server to cancel the command and waits
    /// up to this long for the answer, which a frozen server never gives.
    /// </summary>
    public static readonly TimeSpan CancellationWait = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest one command of work that grows with the data and says so (an import's preview and its store, an
    /// export, a briefing pack, an IATI file, publishing a version): its own budget, apart from a page's.
    /// </summary>
    [Range(1, 3600)]
    public int LongWorkCommandTimeoutSeconds { get; set; } = 120;

    /// <summary>
    /// Above this many new aggregates in one write (an import's initiatives), the write path stores them by binary COPY
    /// instead of one INSERT per record: same transaction, same history, same database rules.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int CopyNewAggregatesAbove { get; set; } = 100;

    /// <summary>How many new aggregates a bulk copy tracks and writes at a time: the change tracker never holds more.</summary>
    [Range(1, 100_000)]
    public int CopySlice { get; set; } = 250;

    /// <summary>The longest one command of preparing the database at start-up may run (whole seconds).</summary>
    [Range(1, 3600)]
    public int PreparationCommandTimeoutSeconds { get; set; } = 300;

    /// <summary>
    /// The longest preparing the database at start-up waits to open a connection (whole seconds). Longer than a page's:
    /// nobody is waiting on a page yet, and a database that is busy (several instances or a test run starting together)
    /// may take more than a second to accept a connection; the app should not then stop before it has started.
    /// </summary>
    [Range(1, 600)]
    public int PreparationConnectTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// How many of the app's statements each pooled connection keeps prepared (the PostgreSQL client's automatic
    /// preparation, the most used first): a statement run a few times on a connection is parsed and planned once there and
    /// then only executed. Parsing and planning were half of the database's CPU for a page (a page's statements are few but
    /// long); 0 turns it off.
    /// </summary>
    [Range(0, 1000)]
    public int PreparedStatementsPerConnection { get; set; } = 64;

    /// <summary>The longest the readiness check waits on the database before it says "Unhealthy".</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan HealthCheckTimeout { get; set; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>What an API client is told to wait (<c>Retry-After</c>) when the database cannot be reached.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest a page or API call waits on the database: every attempt either fails to connect within the connect
    /// time-out or, connected (a frozen server's kernel still accepts at once), spends the command time-out and the
    /// client's wait for the cancellation; every retry adds its pause before. Measured by scripts/bench/outage.
    /// </summary>
    public TimeSpan WorstCaseWait =>
        (MaxRetryCount + 1) * (TimeSpan.FromSeconds(Math.Max(ConnectTimeoutSeconds, CommandTimeoutSeconds)) + CancellationWait) + MaxRetryCount * MaxRetryDelay;
}
