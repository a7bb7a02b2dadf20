
namespace MobilityPartnerships.Web.Features.Mail;

/// <summary>What the e-mail job writes to the log.</summary>
internal static partial class MailLogMessages
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Another instance is composing e-mail; this one only sends")]
    public static partial void ComposingElsewhere(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Composed {Count} messages")]
    public static partial void Composed(this ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail is off: no Mail settings (sender, base address, and an SMTP host or a pickup directory)")]
    public static partial void MailNotConfigured(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A run of the e-mail job failed")]
    public static partial void MailRunFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending message {MessageId} failed (attempt {Attempt})")]
    public static partial void SendingFailed(this ILogger logger, Exception exception, Guid messageId, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent message {MessageId} ({Kind}) to account {AccountId}")]
    public static partial void MessageSent(this ILogger logger, Guid messageId, Data.Mail.MailKind kind, Guid accountId);
}
