using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MobilityPartnerships.Web.Features.Mail.Sending;

/// <summary>Where messages go: an SMTP server, or a folder of .eml files (<see cref="MailOptions.PickupDirectory"/>).</summary>
public interface IMailTransport : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Opens the transport the settings name, for one run of sending.</summary>
public sealed class MailTransports(IOptions<MailOptions> options)
{
    public IMailTransport Open()
    {
        var settings = options.Value;
        return string.IsNullOrWhiteSpace(settings.PickupDirectory)
            ? new SmtpTransport(settings)
            : new PickupDirectoryTransport(settings.PickupDirectory);
    }
}

/// <summary>SMTP through MailKit: one connection per run, opened at the first message, authenticated when a user name is set.</summary>
internal sealed class SmtpTransport(MailOptions settings) : IMailTransport
{
    private SmtpClient? client;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (client is not { IsConnected: true })
        {
            client?.Dispose();
            client = new SmtpClient { Timeout = 30_000 };
            var security = settings.Tls switch
            {
                MailTls.SslOnConnect => SecureSocketOptions.SslOnConnect,
                MailTls.None => SecureSocketOptions.None,
                _ => SecureSocketOptions.StartTls,
            };
            await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Mail:Host is not set."), settings.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }
        }

        await client.SendAsync(message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (client is { IsConnected: true })
        {
            try
            {
                await client.DisconnectAsync(quit: true);
            }
            catch (Exception exception) when (exception is IOException or SmtpProtocolException or OperationCanceledException)
            {
                // The messages are sent; a server that hangs up first changes nothing.
            }
        }

        client?.Dispose();
    }
}

/// <summary>Writes each message as an .eml file a mail program opens (the local run's "mail server").</summary>
internal sealed class PickupDirectoryTransport(string directory) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(directory, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(directory, name));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
