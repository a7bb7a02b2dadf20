using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using MobilityPartnerships.Web.Features.Mail.Outbox;
using MobilityPartnerships.Web.Data.Mail;

namespace MobilityPartnerships.Web.Features.Mail.Sending;

/// <summary>
/// Sends what is due in the outbox, one claimed message at a time; a failure is recorded on the message and tried
/// again later (<see cref="MailOutbox.FailedAsync"/>). Several instances may run it at once: each message is claimed by one.
/// </summary>
public sealed class MailDelivery(MailOutbox outbox, MailTransports transports, IOptions<MailOptions> options, ILogger<MailDelivery> logger)
{
    /// <summary>At most this many messages per run, so one run ends and the next starts afresh.</summary>
    public const int PerRun = 500;

    /// <summary>Sends the messages due; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return 0;
        }

        var sent = 0;
        IMailTransport? transport = null;
        try
        {
            for (var i = 0; i < PerRun; i++)
            {
                var message = await outbox.ClaimNextAsync(cancellationToken);
                if (message is null)
                {
                    break;
                }

                try
                {
                    transport ??= transports.Open();
                    await transport.SendAsync(ToMime(message, settings), cancellationToken);
                }
                catch (Exception exception) when (exception is IOException or SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException
                                                      or ServiceNotAuthenticatedException or MailKit.Security.AuthenticationException or System.Net.Sockets.SocketException
                                                      or UnauthorizedAccessException or TimeoutException or InvalidOperationException or NotSupportedException)
                {
                    logger.SendingFailed(exception, message.Id, message.Attempts);
                    await outbox.FailedAsync(message, exception.Message, CancellationToken.None);

                    // A broken connection is opened afresh for the next message.
                    if (transport is not null)
                    {
                        await transport.DisposeAsync();
                        transport = null;
                    }

                    continue;
                }

                await outbox.SentAsync(message.Id, CancellationToken.None);
                logger.MessageSent(message.Id, message.Kind, message.AccountId);
                sent++;
            }
        }
        finally
        {
            if (transport is not null)
            {
                await transport.DisposeAsync();
            }
        }

        return sent;
    }

    /// <summary>The message as it goes out: text and HTML, and for reminders and digests the one-click unsubscribe headers (RFC 8058).</summary>
    public static MimeMessage ToMime(MailMessage message, MailOptions settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(settings);
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.SenderName, settings.Sender ?? throw new InvalidOperationException("Mail:Sender is not set.")));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Subject = message.Subject;
        mime.Date = message.CreatedAt;

        // The same id on every attempt, so a message that reached the server before a failure is recognised as one.
        var domain = settings.Sender!.Split('@') is [_, var host] ? host : "localhost";
        mime.MessageId = $"{message.Id:N}@{domain}";
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }
}
