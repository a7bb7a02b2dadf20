using System.ComponentModel.DataAnnotations;

namespace MobilityPartnerships.Web.Security;

/// <summary>How long sessions live and how often they are checked; section <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>How often an open page checks that its account is still active and unchanged.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RevalidateEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A session with no activity for this long ends.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "12:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in, active or not.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>Sign-in attempts allowed per minute from one address.</summary>
    [Range(1, 100_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Downloads (exports, published versions, open data, briefing packs) one user may start per minute.</summary>
    [Range(1, 100_000)]
    public int DownloadsPerMinute { get; set; } = 30;

    /// <summary>API requests one user may make per minute.</summary>
    [Range(1, 1_000_000)]
    public int ApiRequestsPerMinute { get; set; } = 300;

    /// <summary>Searches one user may run per minute.</summary>
    [Range(1, 100_000)]
    public int SearchesPerMinute { get; set; } = 60;

    /// <summary>Wrong passwords in a row before an account is locked.</summary>
    [Range(2, 50)]
    public int LockoutAfterFailures { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Serve over plain HTTP: no HTTPS redirection, no HSTS, cookies not marked Secure. Only for a machine's own
    /// copy (the run command in Development, <c>docker compose up</c> on localhost); never where others connect.
    /// </summary>
    public bool AllowPlainHttp { get; set; }

    /// <summary>
    /// Serve plain HTTP to clients on this machine (a loopback address) only, as <c>scripts/run</c> does: any other
    /// client over plain HTTP is redirected to HTTPS, or refused where no HTTPS port is known; cookies are marked
    /// Secure whenever the request is HTTPS.
    /// </summary>
    public bool AllowPlainHttpOnLoopback { get; set; }
}
