using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace MobilityPartnerships.EndToEndTests.Hosting;

/// <summary>
/// A loopback port that passes connections on to the database. Stopping it closes every connection through it and
/// leaves nothing listening on its port, as when the database goes away; starting it again is the database's return.
/// </summary>
internal sealed class TcpRelay(string targetHost, int targetPort) : IAsyncDisposable
{
    private readonly ConcurrentBag<TcpClient> connections = [];
    private TcpListener? listener;
    private CancellationTokenSource? running;

    public int Port { get; private set; }

    public void Start()
    {
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        running = new CancellationTokenSource();
        _ = AcceptAsync(listener, running.Token);
    }

    public async Task StopAsync()
    {
        if (running is not null)
        {
            await running.CancelAsync();
            running.Dispose();
            running = null;
        }

        listener?.Stop();
        listener = null;
        while (connections.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    private async Task AcceptAsync(TcpListener server, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await server.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var upstream = new TcpClient();
            connections.Add(client);
            connections.Add(upstream);
            _ = RelayAsync(client, upstream, cancellationToken);
        }
    }

    private async Task RelayAsync(TcpClient client, TcpClient upstream, CancellationToken cancellationToken)
    {
        try
        {
            await upstream.ConnectAsync(targetHost, targetPort, cancellationToken);
            var toServer = client.GetStream().CopyToAsync(upstream.GetStream(), cancellationToken);
            var toClient = upstream.GetStream().CopyToAsync(client.GetStream(), cancellationToken);
            await Task.WhenAny(toServer, toClient);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // The relay stopped or a side closed: both sides are closed below.
        }
        finally
        {
            client.Dispose();
            upstream.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
