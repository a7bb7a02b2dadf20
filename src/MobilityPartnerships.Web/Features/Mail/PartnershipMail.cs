using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Data.Mail;
using MobilityPartnerships.Web.Features.Mail.Unsubscribing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Mail;

/// <summary>
/// A message to a recipient about partnerships (a reminder, a digest): its footer says why it came and links to
/// unsubscribe from each partnership it is about, and its one-click unsubscribe address covers them all.
/// </summary>
public sealed class PartnershipMail(UnsubscribeLinks unsubscribe, IStringLocalizer<Strings> text)
{
    public MailMessage Message(MailKind kind, string key, Recipient recipient, string subject, MailBody body, IReadOnlyList<(Guid Id, string Name)> partnerships, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(partnerships);
        body.Footer(new MailLine(text["Mail_Footer_Why"]));
        foreach (var (id, name) in partnerships)
        {
            body.Footer(new MailLine(text["Mail_Unsubscribe_Partnership", name], unsubscribe.Link(recipient.Id, [id])));
        }

        return body.Message(Guid.CreateVersion7(), kind, key, (recipient.Id, recipient.Email, recipient.Name), subject, createdAt, unsubscribe.Link(recipient.Id, partnerships.Select(p => p.Id)));
    }
}
