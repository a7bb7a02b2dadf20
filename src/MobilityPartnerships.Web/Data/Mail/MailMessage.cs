namespace MobilityPartnerships.Web.Data.Mail;

/// <summary>
/// One message in the outbox, and afterwards its record: to whom, what and when, how many attempts and the last
/// failure. <see cref="Key"/> is unique, so a message composed twice for the same recipient and run (two instances,
/// a restart) is stored once.
/// </summary>
public sealed class MailMessage
{
    public const int AddressMaxLength = 256;
    public const int SubjectMaxLength = 300;
    public const int KeyMaxLength = 200;

    public Guid Id { get; set; }

    public MailKind Kind { get; set; }

    /// <summary>What makes it one message: its kind, recipient and run (e.g. <c>reminder:{account}:2026-12-05</c>).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The account it goes to; messages go to accounts only.</summary>
    public Guid AccountId { get; set; }

    public string ToAddress { get; set; } = string.Empty;

    public string ToName { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string HtmlBody { get; set; } = string.Empty;

    public string TextBody { get; set; } = string.Empty;

    /// <summary>The one-click unsubscribe address (RFC 8058), for reminders and digests.</summary>
    public string? UnsubscribeUrl { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the next attempt may be made; null once sent or given up.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>An instance sending it holds it until then, so another does not send it at the same time.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set when the outbox gave up after as many failed attempts as the mail settings allow (Mail:MaxAttempts).</summary>
    public DateTimeOffset? GaveUpAt { get; set; }
}
