using System.Diagnostics;
using MobilityPartnerships.LoadHarness;

namespace MobilityPartnerships.EndToEndTests.Cluster;

/// <summary>
/// A user of the cluster drill driven by the load harness's client (decision 0015): signed in through the form, holding a
/// real interactive circuit through the proxy (its cookie names the instance), going back and forth between two
/// initiatives. When its circuit's connection closes, its next action loads the page again and starts a new circuit, as
/// the browser reloads a page whose server is gone. Every action is recorded: when it started and ended, whether the page
/// rendered what it asked for, and the instance that served it.
/// </summary>
internal sealed class CircuitUser : IAsyncDisposable
{
    private readonly SignedInUser user;
    private readonly (string Path, string Title)[] pages;
    private readonly List<Circuit> circuits = [];
    private readonly List<Action> actions = [];
    private readonly Random random;
    private int next;

    private CircuitUser(SignedInUser user, (string Path, string Title)[] pages, int seed)
    {
        this.user = user;
        this.pages = pages;
        random = new Random(seed);
    }

    /// <summary>An action: a navigation on the open circuit, or a new circuit from the page loaded again.</summary>
    public sealed record Action(long Started, long Ended, bool NewCircuit, bool Rendered, string? Instance, string? Error);

    /// <summary>The circuit the user started with, and the instance that served it.</summary>
    public Circuit FirstCircuit => circuits[0];

    public string FirstInstance { get; private set; } = default!;

    public Circuit Current => circuits[^1];

    /// <summary>The instance serving the current circuit.</summary>
    public string? Instance { get; private set; }

    /// <summary>Loads of the page the server answered with the sign-in page instead.</summary>
    public int SignedOut { get; private set; }

    public IReadOnlyList<Action> Actions
    {
        get
        {
            lock (actions)
            {
                return [.. actions];
            }
        }
    }

    public static async Task<CircuitUser> StartAsync(Uri proxy, (string Path, string Title)[] pages, int seed, CancellationToken cancellationToken)
    {
        var user = new CircuitUser(await SignedInUser.SignInAsync(proxy, AppFixture.Administrator, AppFixture.Password, cancellationToken), pages, seed);
        await user.StartCircuitAsync(cancellationToken);
        user.FirstInstance = user.Instance!;
        return user;
    }

    /// <summary>Whether an action that started at or after <paramref name="since"/> rendered (on the instance <paramref name="on"/>, when given).</summary>
    public bool RenderedSince(long since, string? on = null) => Actions.Any(a => a.Started >= since && a.Rendered && (on is null || a.Instance == on));

    /// <summary>Acts every 2–4 seconds until <paramref name="stop"/>.</summary>
    public async Task ActUntilAsync(CancellationToken stop)
    {
        while (true)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(2000 + random.Next(2000)), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var started = Stopwatch.GetTimestamp();
            var newCircuit = Current.Closed.IsCompleted;
            try
            {
                if (newCircuit)
                {
                    await StartCircuitAsync(stop);
                }
                else
                {
                    var (path, title) = pages[next++ % pages.Length];
                    await Current.NavigateAsync(path, title, stop);
                }

                Record(new Action(started, Stopwatch.GetTimestamp(), newCircuit, Rendered: true, Instance, null));
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                if (exception is PageRefusedException { ToSignIn: true })
                {
                    SignedOut++;
                }

                Record(new Action(started, Stopwatch.GetTimestamp(), newCircuit, Rendered: false, Instance, exception.Message));
            }
        }
    }

    /// <summary>Loads the first page (prerendered, with the cookie naming the instance) and starts its circuit on that instance.</summary>
    private async Task StartCircuitAsync(CancellationToken cancellationToken)
    {
        var page = await PrerenderedPage.LoadAsync(user, pages[^1].Path, cancellationToken);
        var affinity = user.Cookies.GetCookies(user.BaseAddress)["SRV"]?.Value;
        if (page.Instance is null || affinity != page.Instance)
        {
            throw new InvalidOperationException($"The page came from {page.Instance ?? "no instance"} but the proxy's cookie names {affinity ?? "none"}.");
        }

        var circuit = await Circuit.StartAsync(user, page, cancellationToken);
        circuits.Add(circuit);
        Instance = page.Instance;
        next = 0;
    }

    private void Record(Action action)
    {
        lock (actions)
        {
            actions.Add(action);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var circuit in circuits)
        {
            await circuit.DisposeAsync();
        }

        user.Dispose();
    }
}
