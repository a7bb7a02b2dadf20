using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace MobilityPartnerships.IntegrationTests.Mail;

/// <summary>
/// A real SMTP server on a free loopback port, started by the test (the SmtpServer package): it keeps every message
/// it accepts, and refuses the next <see cref="RefuseNext"/> ones with a transient failure.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    private int refuseNext;

    /// <summary>How many of the next messages to refuse.</summary>
    public int RefuseNext
    {
        get => Volatile.Read(ref refuseNext);
        set => Volatile.Write(ref refuseNext, value);
    }

    public static TestSmtpServer Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new TestSmtpServer(port);
    }

    /// <summary>The messages received by one address.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. Received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        stop.Dispose();
    }

    private sealed class Store(TestSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref server.refuseNext) >= 0)
            {
                return new SmtpResponse(SmtpReplyCode.TransactionFailed, "try again later");
            }

            Interlocked.Exchange(ref server.refuseNext, 0);
            await using var stream = new MemoryStream(buffer.ToArray());
            server.Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}

/// <summary>A received message's subject and text, empty when it has none.</summary>
internal static class ReceivedMessage
{
    public static string SubjectText(this MimeMessage message) => message.Subject ?? string.Empty;

    public static string BodyText(this MimeMessage message) => message.TextBody ?? string.Empty;
}
