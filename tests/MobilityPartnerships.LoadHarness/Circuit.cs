using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace MobilityPartnerships.LoadHarness;

/// <summary>
/// One interactive page over Blazor's hub, driven as blazor.web.js drives it: it starts the circuit with the prerendered
/// page's component markers and persisted state, acknowledges every render batch, answers the server's JavaScript calls
/// (as a page whose scripts return nothing), follows the server's navigations, and sends the browser's.
/// </summary>
public sealed class Circuit : IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly SignedInUser user;
    private readonly Lock gate = new();
    private readonly List<(byte[] Text, TaskCompletionSource<long> Seen)> waiters = [];
    private readonly TaskCompletionSource<bool> started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly RenderTree tree = new();
    private readonly Dictionary<string, (string Event, TaskCompletionSource<long> Seen)> dispatched = new(StringComparer.Ordinal);
    private string? circuitId;
    private long rendererInterop = -1;
    private long nextCall;

    private Circuit(SignedInUser user, HubConnection connection)
    {
        this.user = user;
        this.connection = connection;
    }

    /// <summary>What the server reported as an error on this circuit, if it did.</summary>
    public string? Error { get; private set; }

    public int RenderBatches { get; private set; }

    /// <summary>
    /// Completes when the circuit's connection closed (its server went away, or the page was closed); what the page was
    /// waiting for then fails at once rather than at its timeout.
    /// </summary>
    public Task Closed => closed.Task;

    /// <summary>HARNESS_TRACE=1: print the handlers found, the events dispatched to them and those the server refused.</summary>
    public static bool Trace { get; } = Environment.GetEnvironmentVariable("HARNESS_TRACE") == "1";

    /// <summary>The page's current event handlers by element (its id or aria-label) and event: "Next Page|onclick".</summary>
    public IReadOnlyList<string> HandlerNames()
    {
        lock (tree)
        {
            return [.. tree.HandlerNames()];
        }
    }

    /// <summary>
    /// The tag of the element <paramref name="element"/> names (as <see cref="DispatchAsync"/> finds it) if the page now
    /// handles <paramref name="eventName"/> there ("select" for the filter "filter-status" and "change"), or null.
    /// </summary>
    public string? Handles(string element, string eventName)
    {
        lock (tree)
        {
            return tree.Find(element, "on" + eventName)?.Tag;
        }
    }

    /// <summary>Whether the server refused this circuit (the per-user limit) and shows only that.</summary>
    public bool Refused { get; private set; }

    public Uri Location { get; private set; } = default!;

    public static async Task<Circuit> StartAsync(SignedInUser user, PrerenderedPage page, CancellationToken cancellationToken)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(user.BaseAddress, "_blazor"), HttpTransportType.WebSockets, options => options.Headers["Cookie"] = user.CookieHeader);
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackProtocol());
        var circuit = new Circuit(user, builder.Build()) { Location = page.Address };
        circuit.Listen();
        await circuit.connection.StartAsync(cancellationToken);
        circuit.circuitId = await circuit.connection.InvokeAsync<string?>(
            "StartCircuit", user.BaseAddress.ToString(), page.Address.ToString(), "[]", page.ApplicationState, cancellationToken);
        if (circuit.circuitId is null)
        {
            throw new InvalidOperationException($"The server did not start a circuit for {page.Address}: {circuit.Error}");
        }

        await circuit.connection.SendAsync("UpdateRootComponents", page.AddRootComponentsOperations(), page.ApplicationState, cancellationToken);
        await circuit.started.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        return circuit;
    }

    /// <summary>
    /// Sends a navigation as the browser does for a link it intercepts (or for back and forward), and returns the time
    /// until a render batch holding <paramref name="expected"/> arrived.
    /// </summary>
    public async Task<TimeSpan> NavigateAsync(string path, string expected, CancellationToken cancellationToken, bool intercepted = true)
    {
        var target = new Uri(user.BaseAddress, path);
        var seen = Expect(expected);
        var sent = Stopwatch.GetTimestamp();
        Location = target;
        try
        {
            await connection.SendAsync("OnLocationChanged", target.ToString(), null, intercepted, cancellationToken);
            var at = await seen.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return Stopwatch.GetElapsedTime(sent, at);
        }
        finally
        {
            Forget(seen);
        }
    }

    /// <summary>
    /// Dispatches a browser event to the handler the page now has for <paramref name="eventName"/> on the element named
    /// <paramref name="element"/> (its id or aria-label, or else its text, as a button's label), as blazor.web.js does, and
    /// returns the time until a render batch holding <paramref name="expected"/> arrived.
    /// </summary>
    public async Task<TimeSpan> DispatchAsync(string element, string eventName, string eventArgs, string expected, CancellationToken cancellationToken)
    {
        ulong handler;
        lock (tree)
        {
            handler = tree.Find(element, "on" + eventName)?.Handler
                ?? throw new InvalidOperationException($"The page has no {eventName} handler on \"{element}\".");
        }

        if (Trace)
        {
            Console.Error.WriteLine($"dispatch {eventName} on \"{element}\" to handler {handler}");
        }

        var descriptor = $"{{\"eventHandlerId\":{handler},\"eventName\":\"{eventName}\",\"eventFieldInfo\":null}}";
        var seen = Expect(expected);
        var call = Interlocked.Increment(ref nextCall).ToString(System.Globalization.CultureInfo.InvariantCulture);
        lock (dispatched)
        {
            // If the server refuses the event (a handler it no longer has), the step fails at once, not at its timeout.
            dispatched[call] = ($"{eventName} on \"{element}\"", seen);
        }

        var sent = Stopwatch.GetTimestamp();
        try
        {
            await connection.SendAsync("BeginInvokeDotNetFromJS", call, null, "DispatchEventAsync", rendererInterop, $"[{descriptor},{eventArgs}]", cancellationToken);
            var at = await seen.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return Stopwatch.GetElapsedTime(sent, at);
        }
        finally
        {
            lock (dispatched)
            {
                dispatched.Remove(call);
            }

            Forget(seen);
        }
    }

    private TaskCompletionSource<long> Expect(string text)
    {
        var waiter = (Encoding.UTF8.GetBytes(text), new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (gate)
        {
            if (closed.Task.IsCompleted)
            {
                waiter.Item2.SetException(new InvalidOperationException("The circuit's connection is closed."));
            }
            else
            {
                waiters.Add(waiter);
            }
        }

        return waiter.Item2;
    }

    /// <summary>Stops looking for what a step that ended (or timed out) waited for.</summary>
    private void Forget(TaskCompletionSource<long> seen)
    {
        lock (gate)
        {
            waiters.RemoveAll(w => w.Seen == seen);
        }
    }

    private void Listen()
    {
        connection.Closed += error =>
        {
            lock (gate)
            {
                closed.TrySetResult();
                foreach (var (_, seen) in waiters)
                {
                    seen.TrySetException(new InvalidOperationException("The circuit's connection closed.", error));
                }

                waiters.Clear();
            }

            started.TrySetException(new InvalidOperationException("The circuit's connection closed before it started.", error));
            return Task.CompletedTask;
        };
        connection.On("JS.RenderBatch", [typeof(long), typeof(byte[])], async arguments =>
        {
            var now = Stopwatch.GetTimestamp();
            var id = (long)arguments[0]!;
            var batch = (byte[])arguments[1]!;
            RenderBatches++;
            lock (tree)
            {
                tree.Apply(batch);
            }

            if (Trace)
            {
                var text = string.Join(" | ", RenderTree.Strings(batch).Where(t => t.Length > 3));
                Console.Error.WriteLine($"batch {id}: {text[..Math.Min(400, text.Length)]}");
            }

            Refused |= batch.AsSpan().IndexOf("too-many-pages"u8) >= 0;
            lock (gate)
            {
                for (var i = waiters.Count - 1; i >= 0; i--)
                {
                    if (batch.AsSpan().IndexOf(waiters[i].Text) >= 0)
                    {
                        waiters[i].Seen.TrySetResult(now);
                        waiters.RemoveAt(i);
                    }
                }
            }

            await connection.SendAsync("OnRenderCompleted", id, null);
        });
        connection.On("JS.EndInvokeDotNet", [typeof(string), typeof(bool), typeof(string)], arguments =>
        {
            // (callId, succeeded, result or error): an event the server could not dispatch is a failure to report.
            if (arguments[1] is false)
            {
                if (Trace)
                {
                    Console.Error.WriteLine($"event refused: {arguments[2]}");
                }

                lock (dispatched)
                {
                    if (dispatched.Remove((string)arguments[0]!, out var refused))
                    {
                        refused.Seen.TrySetException(new InvalidOperationException($"The server refused the {refused.Event}: {arguments[2]}"));
                    }
                }
            }

            return Task.CompletedTask;
        });
        connection.On("JS.EndUpdateRootComponents", [typeof(long)], _ =>
        {
            started.TrySetResult(true);
            return Task.CompletedTask;
        });
        connection.On("JS.Error", [typeof(string)], arguments =>
        {
            Error = (string?)arguments[0];
            started.TrySetException(new InvalidOperationException($"The circuit failed: {Error}"));
            return Task.CompletedTask;
        });
        connection.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], async arguments =>
        {
            var handle = (long)arguments[0]!;
            var identifier = (string)arguments[1]!;
            if (identifier == "Blazor._internal.attachWebRendererInterop")
            {
                // The object the browser dispatches events through: [rendererId, {"__dotNetObject": id}, …].
                using var json = JsonDocument.Parse((string)arguments[2]!);
                rendererInterop = json.RootElement[1].GetProperty("__dotNetObject").GetInt64();
            }

            if (identifier == "Blazor._internal.navigationManager.navigateTo")
            {
                // The page moved the address (a filter written to it, a row opened): the browser changes its location and says so.
                using var json = JsonDocument.Parse((string)arguments[2]!);
                Location = new Uri(Location, json.RootElement[0].GetString()!);
                await connection.SendAsync("OnLocationChanged", Location.ToString(), null, false);
            }

            if (handle != 0)
            {
                await connection.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,null]");
            }
        });
    }

    /// <summary>Closes the page as a browser closing its tab does: the disconnect beacon ends the circuit at once, then the connection closes.</summary>
    public async ValueTask DisposeAsync()
    {
        if (circuitId is not null)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["circuitId"] = circuitId });
            try
            {
                using var answer = await user.Client.PostAsync(new Uri("_blazor/disconnect", UriKind.Relative), form);
            }
            catch (HttpRequestException)
            {
                // The server went away first: nothing left to end.
            }
        }

        await connection.DisposeAsync();
    }
}
