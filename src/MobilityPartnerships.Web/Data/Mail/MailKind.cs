namespace MobilityPartnerships.Web.Data.Mail;

/// <summary>What a message is for.</summary>
public enum MailKind
{
    Reminder,
    Digest,
    Invitation,
    PasswordReset,
}
