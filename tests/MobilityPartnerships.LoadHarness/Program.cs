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

async Task UsersAsync()
{
    var counts = options.Get("users").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
    var seconds = double.Parse(options.Get("seconds", "60"), CultureInfo.InvariantCulture);
    var think = TimeSpan.FromSeconds(double.Parse(options.Get("think", "3"), CultureInfo.InvariantCulture));
    var serverPid = int.Parse(options.Get("server-pid"), CultureInfo.InvariantCulture);
    var scenario = await Scenario.ReadAsync(users[0], path, options.Get("filter"), options.Get("page"), stop.Token);
    Console.WriteLine($"Scenario: {scenario.Describe()}");
    Console.WriteLine("users  interactions  errors  p50 ms  p95 ms  max ms  server CPU ms/interaction  interactions/s");
    var running = new List<(Task Loop, Circuit Circuit)>();
    var recorder = new Recorder();
    using var load = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
    foreach (var count in counts)
    {
        while (running.Count < count)
        {
            var user = users[running.Count % users.Count];
            var page = await PrerenderedPage.LoadAsync(user, path, stop.Token);
            var circuit = await Circuit.StartAsync(user, page, stop.Token);
            running.Add((scenario.RunAsync(circuit, think, recorder, load.Token), circuit));
        }

        // Let the new users spread out over a cycle before measuring.
        await Task.Delay(think * 2, stop.Token);
        recorder.Reset();
        var cpuBefore = ServerCpu(serverPid);
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds), stop.Token);
        var cpu = ServerCpu(serverPid) - cpuBefore;
        var (times, errors) = recorder.Take();
        times.Sort();
        var n = times.Count;
        string Ms(double q) => n == 0 ? "-" : times[Math.Min(n - 1, (int)Math.Ceiling(q * n) - 1)].TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
        var perInteraction = n == 0 ? "-" : (cpu.TotalMilliseconds / n).ToString("F1", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count,5}  {n,12}  {errors,6}  {Ms(0.5),6}  {Ms(0.95),6}  {Ms(1.0),6}  {perInteraction,25}  {n / clock.Elapsed.TotalSeconds,14:F1}"));
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

/// <summary>Interaction times and failures, from every user at once.</summary>
internal sealed class Recorder
{
    private readonly Lock gate = new();
    private List<TimeSpan> times = [];
    private int errors;

    public void Add(TimeSpan time)
    {
        lock (gate)
        {
            times.Add(time);
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

    public (List<TimeSpan> Times, int Errors) Take()
    {
        lock (gate)
        {
            var taken = (times, errors);
            times = [];
            errors = 0;
            return taken;
        }
    }
}

/// <summary>
/// What one user does, with what each step must show, read from the prerendered pages first: the scoreboard filtered
/// (its totals line), the scoreboard's next page (its first title there), an initiative (its title), and back (the totals).
/// </summary>
internal sealed partial record Scenario(string Path, string FilterPath, string FilteredTotals, string PagePath, string PageFirstTitle, string Totals, IReadOnlyList<(string Path, string Title)> Initiatives)
{
    public static async Task<Scenario> ReadAsync(SignedInUser user, string path, string filter, string page, CancellationToken cancellationToken)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var plain = await PrerenderedPage.LoadAsync(user, path, cancellationToken);
        var filtered = await PrerenderedPage.LoadAsync(user, path + separator + filter, cancellationToken);
        var paged = await PrerenderedPage.LoadAsync(user, path + separator + page, cancellationToken);
        var initiatives = Links().Matches(plain.Html).Select(m => (m.Groups["path"].Value, WebUtility.HtmlDecode(m.Groups["title"].Value))).Distinct().ToList();
        var totals = TotalsOf(plain);
        var filteredTotals = TotalsOf(filtered);
        if (totals == filteredTotals)
        {
            throw new InvalidOperationException($"The filter {filter} shows the same totals as none: pick one that changes them.");
        }

        var pageTitle = Links().Match(paged.Html) is { Success: true } first ? WebUtility.HtmlDecode(first.Groups["title"].Value) : throw new InvalidOperationException($"{page} shows no rows.");
        return new Scenario(path, path + separator + filter, filteredTotals, path + separator + page, pageTitle, totals, initiatives);
    }

    public string Describe() => $"filter → \"{FilteredTotals}\"; next page → \"{PageFirstTitle}\"; one of {Initiatives.Count} initiatives → its title; back → \"{Totals}\"";

    public async Task RunAsync(Circuit circuit, TimeSpan think, Recorder recorder, CancellationToken cancellationToken)
    {
        var random = new Random();
        var steps = new List<(string Path, string Expected)>();
        while (!cancellationToken.IsCancellationRequested)
        {
            var (initiative, title) = Initiatives[random.Next(Initiatives.Count)];
            steps.Clear();
            steps.Add((FilterPath, FilteredTotals));
            steps.Add((PagePath, PageFirstTitle));
            steps.Add((initiative, title));
            steps.Add((Path, Totals));
            foreach (var (target, expected) in steps)
            {
                await Task.Delay(think * (0.5 + random.NextDouble()), cancellationToken);
                try
                {
                    recorder.Add(await circuit.NavigateAsync(target, expected, cancellationToken));
                }
                catch (TimeoutException)
                {
                    recorder.Failed();
                }
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
