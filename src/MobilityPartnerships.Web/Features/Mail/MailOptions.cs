using System.ComponentModel.DataAnnotations;

namespace MobilityPartnerships.Web.Features.Mail;

/// <summary>How TLS is used on the connection to the SMTP server.</summary>
public enum MailTls
{
    /// <summary>STARTTLS is required after connecting (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No TLS at all: only for a relay on this machine or in tests.</summary>
    None,
}

/// <summary>
/// Settings under "Mail". Nothing is sent without a sender, the app's public address (for links) and either an SMTP
/// host or a pickup directory (a folder each message is written to as an .eml file, as <c>scripts/run</c> sets).
/// The user name and password come from the environment (<c>Mail__UserName</c>, <c>Mail__Password</c>), never from a file
/// kept with the sources.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public MailTls Tls { get; set; } = MailTls.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The From address, e.g. <c>scoreboards@mobility-partnerships.example</c>.</summary>
    public string? Sender { get; set; }

    public string SenderName { get; set; } = "Mobility Partnerships";

    /// <summary>Instead of SMTP: the folder each message is written to as an .eml file.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>The app's address as its users open it; links in messages start with it.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>How many days before a meeting its participants get the reminder and the digest.</summary>
    [Range(1, 60)]
    public int DaysBeforeMeeting { get; set; } = 7;

    /// <summary>How often at most a person is reminded of initiatives that need an update (by the "Progress:StaleAfterDays" rule).</summary>
    [Range(1, 365)]
    public int RemindOverdueEveryDays { get; set; } = 7;

    /// <summary>Whether this instance runs the sending job (off: it serves pages only, another instance sends).</summary>
    public bool RunInBackground { get; set; } = true;

    /// <summary>How often the sending job wakes up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RunEvery { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a message is given up; the wait doubles after each failure from <see cref="FirstRetryAfter"/>.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// "Forgot password" mails one link per account in each period this long, however often it is asked and from however
    /// many addresses (the sign-in allowance counts per address): a colleague's mailbox cannot be flooded. The link
    /// already sent works for a day; the page answers the same either way.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ResetLinkEvery { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an unsubscribe link works.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan UnsubscribeLinkLifetime { get; set; } = TimeSpan.FromDays(180);

    /// <summary>Whether messages go anywhere at all.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(Sender) && BaseUrl is { IsAbsoluteUri: true }
        && (!string.IsNullOrWhiteSpace(Host) || !string.IsNullOrWhiteSpace(PickupDirectory));

    /// <summary>An address inside the app, for a link in a message.</summary>
    public string Link(string relative)
    {
        var root = BaseUrl ?? throw new InvalidOperationException("Mail:BaseUrl is not set.");
        var text = root.ToString();
        return (text.EndsWith('/') ? text : text + "/") + relative.TrimStart('/');
    }
}
