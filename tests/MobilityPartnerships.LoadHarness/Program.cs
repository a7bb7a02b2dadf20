using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MobilityPartnerships.LoadHarness;

// A SignalR-level client of the app's interactive pages, for scripts/bench/circuits. Modes:
//   idle  — start --circuits circuits on --path (spread over --accounts), hold them idle until a line on standard
//           input, end them (the disconnect beacon, as a closed tab), wait for another line, exit.
//   users — for each count in --users, that many users each hold one circuit on --path and every --think seconds
//           (±50 %) filter it, page it, open an initiative and come back; prints p50/p95 per interaction and the
//           server's CPU time per interaction (--server-pid) over --seconds of steady load.
var options = Options.Parse(args);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
var baseAddress = new Uri(options.Get("base"));
var accounts = options.Get("accounts").Split(',', StringSplitOptions.RemoveEmptyEntries);
var password = options.Get("password");
var path = options.Get("path");

var users = new List<SignedInUser>();
foreach (var account in accounts)
{
    users.Add(await SignedInUser.SignInAsync(baseAddress, account, password, stop.Token));
}

switch (args[0])
{
    case "idle":
        await IdleAsync(int.Parse(options.Get("circuits"), CultureInfo.InvariantCulture));
        break;
    case "users":
        await UsersAsync();
        break;
    case "probe":
        await ProbeAsync();
        break;
    default:
        throw new ArgumentException($"Unknown mode {args[0]}.");
}

foreach (var user in users)
{
    user.Dispose();
}

async Task IdleAsync(int count)
{
    var circuits = new List<Circuit>();
    var refused = 0;
    for (var i = 0; i < count; i++)
    {
        var user = users[i % users.Count];
        var page = await PrerenderedPage.LoadAsync(user, path, stop.Token);
        var circuit = await Circuit.StartAsync(user, page, stop.Token);
        circuits.Add(circuit);
        refused += circuit.Refused ? 1 : 0;
    }

    if (Circuit.Trace)
    {
        Console.WriteLine(string.Join("\n", circuits[0].HandlerNames()));
    }

    Console.WriteLine($"STARTED {circuits.Count} circuits ({refused} refused by the per-user limit) on {path}");
    Console.WriteLine("READY");
    await Console.In.ReadLineAsync(stop.Token);
    var errors = circuits.Count(c => c.Error is not null);
    foreach (var circuit in circuits)
    {
        await circuit.DisposeAsync();
    }

    Console.WriteLine($"ENDED {circuits.Count} circuits ({errors} with errors)");
    await Console.In.ReadLineAsync(stop.Token);
}

// One user, one round of the scenario, each step's outcome printed.
async Task ProbeAsync()
{
    var scenario = await Scenario.ReadAsync(users[0], path, stop.Token);
    Console.WriteLine($"Scenario: {scenario.Describe()}");
    var page = await PrerenderedPage.LoadAsync(users[0], scenario.Path, stop.Token);
    await using var circuit = await Circuit.StartAsync(users[0], page, stop.Token);
    var recorder = new Recorder();
    using var once = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
    once.CancelAfter(TimeSpan.FromSeconds(60));
    try
    {
        await scenario.RunAsync(circuit, TimeSpan.FromSeconds(1), recorder, once.Token, Console.Out);
    }
    catch (OperationCanceledException)
    {
    }
}

async Task UsersAsync()
{
    var counts = options.Get("users").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
    var seconds = double.Parse(options.Get("seconds", "60"), CultureInfo.InvariantCulture);
    var think = TimeSpan.FromSeconds(double.Parse(options.Get("think", "3"), CultureInfo.InvariantCulture));
    var serverPid = int.Parse(options.Get("server-pid"), CultureInfo.InvariantCulture);
    var scenario = await Scenario.ReadAsync(users[0], path, stop.Token);
    Console.WriteLine($"Scenario: {scenario.Describe()}");
    var running = new List<(Task Loop, Circuit Circuit)>();
    var recorder = new Recorder();
    using var load = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
    foreach (var count in counts)
    {
        while (running.Count < count)
        {
            var user = users[running.Count % users.Count];
            var page = await PrerenderedPage.LoadAsync(user, scenario.Path, stop.Token);
            var circuit = await Circuit.StartAsync(user, page, stop.Token);
            running.Add((scenario.RunAsync(circuit, think, recorder, load.Token), circuit));
        }

        // Let the new users spread out over a few steps before measuring.
        await Task.Delay(think * 3, stop.Token);
        recorder.Reset();
        var cpuBefore = ServerCpu(serverPid);
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds), stop.Token);
        var cpu = ServerCpu(serverPid) - cpuBefore;
        var elapsed = clock.Elapsed;
        var (byKind, errors) = recorder.Take();
        var all = byKind.Values.SelectMany(t => t).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} users: {all.Count} interactions in {elapsed.TotalSeconds:F0} s ({all.Count / elapsed.TotalSeconds:F1}/s), {errors} failed; server CPU {cpu.TotalSeconds:F1} s = {(all.Count == 0 ? 0 : cpu.TotalMilliseconds / all.Count):F1} ms per interaction ({cpu.TotalSeconds / elapsed.TotalSeconds * 100:F0} % of one core)"));
        Console.WriteLine($"  {"interaction",-24} {"count",6} {"p50 ms",7} {"p95 ms",7} {"max ms",7}");
        foreach (var (kind, times) in byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Append(new("all", all)))
        {
            times.Sort();
            string Ms(double q) => times.Count == 0 ? "-" : times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)].TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
            Console.WriteLine($"  {kind,-24} {times.Count,6} {Ms(0.5),7} {Ms(0.95),7} {Ms(1.0),7}");
        }
    }

    await load.CancelAsync();
    foreach (var (loop, circuit) in running)
    {
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }

        await circuit.DisposeAsync();
    }
}

static TimeSpan ServerCpu(int pid)
{
    // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux).
    var stat = File.ReadAllText($"/proc/{pid}/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    return TimeSpan.FromSeconds(ticks / 100.0);
}

/// <summary>The command line's --name value pairs.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options.values[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }

    public string Get(string name, string? fallback = null) =>
        values.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException($"--{name} is required.");
}

/// <summary>Interaction times and failures by kind, from every user at once.</summary>
internal sealed class Recorder
{
    private readonly Lock gate = new();
    private Dictionary<string, List<TimeSpan>> times = new(StringComparer.Ordinal);
    private int errors;

    public void Add(string kind, TimeSpan time)
    {
        lock (gate)
        {
            if (!times.TryGetValue(kind, out var list))
            {
                times[kind] = list = [];
            }

            list.Add(time);
        }
    }

    public void Failed()
    {
        lock (gate)
        {
            errors++;
        }
    }

    public void Reset() => Take();

    public (Dictionary<string, List<TimeSpan>> Times, int Errors) Take()
    {
        lock (gate)
        {
            var taken = (times, errors);
            times = new(StringComparer.Ordinal);
            errors = 0;
            return taken;
        }
    }
}

/// <summary>
/// What one user does on the scoreboard (ten rows a page), with what each step must show, read from the prerendered
/// pages first: a search typed in the search field (an input event; its totals line, after the field's 400 ms debounce),
/// an initiative opened by its link (its title), and back to the scoreboard (its totals line).
/// <para>
/// Not yet: clicks on the pager or the filters. The harness names a handler by the element it first came with, but a
/// re-render can give an element a new handler in a diff that does not name the element (that needs a model of the
/// page's tree, as blazor.web.js keeps); the address does not page or filter an open scoreboard either (the page keeps
/// its parameters, so the scoreboard does not read the address again).
/// </para>
/// </summary>
internal sealed partial record Scenario(string Path, string Totals, string Search, string SearchTotals, IReadOnlyList<(string Path, string Title)> Initiatives)
{
    public const string SearchField = "scoreboard-search";

    public static async Task<Scenario> ReadAsync(SignedInUser user, string path, CancellationToken cancellationToken)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var plain = await PrerenderedPage.LoadAsync(user, path + separator + "size=10", cancellationToken);
        var initiatives = Links().Matches(plain.Html).Select(m => (Path: m.Groups["path"].Value, Title: WebUtility.HtmlDecode(m.Groups["title"].Value))).Distinct().ToList();
        var totals = TotalsOf(plain);
        foreach (var word in initiatives.SelectMany(i => i.Title.Split(' ')).Where(w => w.Length >= 6 && w.All(char.IsLetter)).Distinct())
        {
            var searched = await PrerenderedPage.LoadAsync(user, path + separator + "size=10&q=" + Uri.EscapeDataString(word), cancellationToken);
            if (TotalsOf(searched) is { } found && found != totals)
            {
                return new Scenario(path + separator + "size=10", totals, word, found, initiatives);
            }
        }

        throw new InvalidOperationException("No word of the titles narrows the scoreboard.");
    }

    public string Describe() => $"search \"{Search}\" → \"{SearchTotals}\"; one of {Initiatives.Count} initiatives → its title; back → \"{Totals}\"";

    public async Task RunAsync(Circuit circuit, TimeSpan think, Recorder recorder, CancellationToken cancellationToken, TextWriter? log = null)
    {
        var random = new Random();
        while (!cancellationToken.IsCancellationRequested)
        {
            var (initiative, title) = Initiatives[random.Next(Initiatives.Count)];
            await Step("search (typed)", () => circuit.DispatchAsync(SearchField, "input", $"{{\"value\":\"{Search}\"}}", SearchTotals, cancellationToken));
            await Step("open initiative (link)", () => circuit.NavigateAsync(initiative, title, cancellationToken));
            await Step("back to scoreboard", () => circuit.NavigateAsync(Path, Totals, cancellationToken));
        }

        async Task Step(string kind, Func<Task<TimeSpan>> act)
        {
            await Task.Delay(think * (0.5 + random.NextDouble()), cancellationToken);
            try
            {
                var time = await act();
                recorder.Add(kind, time);
                log?.WriteLine($"{kind}: {time.TotalMilliseconds:F0} ms");
            }
            catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
            {
                recorder.Failed();
                log?.WriteLine($"{kind}: failed, {exception.Message}");
            }
        }
    }

    private static string TotalsOf(PrerenderedPage page) =>
        TotalsLine().Match(page.Html) is { Success: true } found ? WebUtility.HtmlDecode(found.Groups["text"].Value).Trim()
        : throw new InvalidOperationException($"{page.Address} shows no totals line.");

    [GeneratedRegex("href=\"(?<path>initiatives/[0-9a-f-]{36})\"[^>]*>(?<title>[^<]+)</a>")]
    private static partial Regex Links();

    [GeneratedRegex("id=\"scoreboard-totals\"[^>]*>(?<text>[^<]+)<")]
    private static partial Regex TotalsLine();
}
