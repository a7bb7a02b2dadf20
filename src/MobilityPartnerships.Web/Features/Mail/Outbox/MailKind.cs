namespace MobilityPartnerships.Web.Features.Mail.Outbox;

/// <summary>What a message is for.</summary>
public enum MailKind
{
    Reminder,
    Digest,
    Invitation,
    PasswordReset,
}
