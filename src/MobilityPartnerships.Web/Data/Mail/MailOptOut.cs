namespace MobilityPartnerships.Web.Data.Mail;

/// <summary>An account that wants no reminders or digests about a partnership.</summary>
public sealed class MailOptOut
{
    public Guid AccountId { get; set; }

    public Guid PartnershipId { get; set; }

    public DateTimeOffset At { get; set; }
}
