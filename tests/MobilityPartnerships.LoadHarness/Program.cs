using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MobilityPartnerships.LoadHarness;

// A SignalR-level client of the app's interactive pages, for scripts/bench/circuits. Modes:
//   idle  — start --circuits circuits on --path (spread over --accounts), hold them idle until a line on standard
//           input, end them (the disconnect beacon, as a closed tab), wait for another line, exit.
//   users — for each count in --users, that many users each hold one circuit on --path and every --think seconds
//           (±50 %) page it, filter it, search it, open an initiative and come back (Scenario); prints p50/p95 per
//           interaction and the server's CPU time per interaction (--server-pid) over --seconds of steady load.
//   probe — one user, --rounds (2) rounds of the scenario, each step's time or failure printed.
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
    var page = await PrerenderedPage.LoadAsync(users[0], scenario.Path, stop.Token);
    await using var circuit = await Circuit.StartAsync(users[0], page, stop.Token);
    scenario = await scenario.OnAsync(circuit, stop.Token);
    Console.WriteLine($"Scenario: {scenario.Describe()}");
    var recorder = new Recorder();
    using var once = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
    once.CancelAfter(TimeSpan.FromSeconds(120));
    try
    {
        await scenario.RunAsync(circuit, TimeSpan.FromSeconds(1), recorder, once.Token, Console.Out, rounds: int.Parse(options.Get("rounds", "2"), CultureInfo.InvariantCulture));
    }
    catch (OperationCanceledException)
    {
    }

    var (_, failures, _) = recorder.Take();
    Console.WriteLine($"{failures.Values.Sum()} failed");
}

async Task UsersAsync()
{
    var counts = options.Get("users").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
    var seconds = double.Parse(options.Get("seconds", "60"), CultureInfo.InvariantCulture);
    var think = TimeSpan.FromSeconds(double.Parse(options.Get("think", "3"), CultureInfo.InvariantCulture));
    var serverPid = int.Parse(options.Get("server-pid"), CultureInfo.InvariantCulture);
    var scenario = await Scenario.ReadAsync(users[0], path, stop.Token);
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
            if (running.Count == 0)
            {
                scenario = await scenario.OnAsync(circuit, stop.Token);
                Console.WriteLine($"Scenario: {scenario.Describe()}");
            }

            running.Add((scenario.RunAsync(circuit, think, recorder, load.Token), circuit));
        }

        // Let the new users spread out over a few steps before measuring.
        await Task.Delay(think * 3, stop.Token);
        recorder.Reset();
        var cpuBefore = ServerCpu(serverPid);
        var ownBefore = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds), stop.Token);
        var cpu = ServerCpu(serverPid) - cpuBefore;
        var own = Environment.CpuUsage.TotalTime - ownBefore;
        var elapsed = clock.Elapsed;
        var (byKind, failures, reasons) = recorder.Take();
        var all = byKind.Values.SelectMany(t => t).ToList();
        var errors = failures.Count == 0 ? "0" : $"{failures.Values.Sum()} ({string.Join(", ", failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value}"))})";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} users: {all.Count} interactions in {elapsed.TotalSeconds:F0} s ({all.Count / elapsed.TotalSeconds:F1}/s), {errors} failed; server CPU {cpu.TotalSeconds:F1} s = {(all.Count == 0 ? 0 : cpu.TotalMilliseconds / all.Count):F1} ms per interaction ({cpu.TotalSeconds / elapsed.TotalSeconds * 100:F0} % of one core); the harness's CPU {own.TotalSeconds / elapsed.TotalSeconds * 100:F0} % of its core"));
        Console.WriteLine($"  {"interaction",-24} {"count",6} {"p50 ms",7} {"p95 ms",7} {"max ms",7}");
        foreach (var (kind, times) in byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Append(new("all", all)))
        {
            times.Sort();
            string Ms(double q) => times.Count == 0 ? "-" : times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)].TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
            Console.WriteLine($"  {kind,-24} {times.Count,6} {Ms(0.5),7} {Ms(0.95),7} {Ms(1.0),7}");
        }

        if (byKind.TryGetValue("search (typed)", out var searches) && searches.Count > 0)
        {
            // The field waits 400 ms after the last keystroke before it tells the page: what is left is the server's (and the connection's).
            string Less(double q) => (searches[Math.Min(searches.Count - 1, (int)Math.Ceiling(q * searches.Count) - 1)] - Scenario.SearchDebounce).TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
            Console.WriteLine($"  search (typed) less the field's deliberate {Scenario.SearchDebounce.TotalMilliseconds:F0} ms debounce: p50 {Less(0.5)} ms, p95 {Less(0.95)} ms, max {Less(1.0)} ms");
        }

        foreach (var reason in reasons)
        {
            Console.WriteLine($"  failed: {reason}");
        }

        if (running.Count(r => r.Circuit.Closed.IsCompleted) is > 0 and var lost)
        {
            Console.WriteLine($"  circuits whose connection closed so far: {lost} ({string.Join("; ", running.Select(r => r.Circuit.Error).OfType<string>().Distinct().Take(3))})");
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
    private Dictionary<string, int> errors = new(StringComparer.Ordinal);
    private List<string> reasons = [];

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

    public void Failed(string kind, string reason)
    {
        lock (gate)
        {
            errors[kind] = errors.GetValueOrDefault(kind) + 1;
            if (reasons.Count < 5)
            {
                reasons.Add($"{kind}: {reason}");
            }
        }
    }

    public void Reset() => Take();

    /// <summary>The times and failures since the last call, with the first few failures' reasons.</summary>
    public (Dictionary<string, List<TimeSpan>> Times, Dictionary<string, int> Errors, List<string> Reasons) Take()
    {
        lock (gate)
        {
            var taken = (times, errors, reasons);
            times = new(StringComparer.Ordinal);
            errors = new(StringComparer.Ordinal);
            reasons = [];
            return taken;
        }
    }
}

/// <summary>
/// What one user does on the scoreboard (ten rows a page), each step timed from the event or navigation it sends until the
/// render batch that shows its result, read from the prerendered pages first:
/// <list type="bullet">
/// <item>next page, previous page: the grid pager's buttons clicked (aria-labels "Next Page", "Previous Page": the pager's English names), until a
/// title that only page 2 shows, then one that only page 1 shows (skipped when the scoreboard has one page);</item>
/// <item>filter (status), clear filter: see below, until the filtered totals line, then the whole scoreboard's;</item>
/// <item>search (typed): an input event on the search field, until its totals line (after the field's deliberate
/// 400 ms debounce, <see cref="SearchDebounce"/>);</item>
/// <item>open initiative (link): a navigation to one of page 1's initiatives, until its title; back to scoreboard: a
/// navigation to the scoreboard, until its totals line.</item>
/// </list>
/// The pager's buttons get a new handler on every render of the pager, in a diff that names only their position; the
/// circuit keeps them current with its model of the page (<see cref="RenderTree"/>), as blazor.web.js does.
/// <para>
/// Filtering is done one of two ways, chosen from the prerendered page and printed (<see cref="Describe"/>). When the
/// status filter is the browser's own select (<c>&lt;select id="filter-status"&gt;</c>, handled on change), a change
/// event chooses a status on the open scoreboard and then the empty choice. Otherwise (MudBlazor's select, whose choices
/// open in a popover the harness does not drive) it filters by address: from an initiative's page, a navigation to the
/// scoreboard's address with <c>?status=</c>; then the scoreboard's "Clear filters" button clears it. The address cannot
/// filter an open scoreboard: the page keeps its parameters, so the scoreboard does not read the address again.
/// </para>
/// </summary>
internal sealed partial record Scenario(string Path, string Totals, string Search, string SearchTotals, IReadOnlyList<(string Path, string Title)> Initiatives)
{
    public const string SearchField = "scoreboard-search";

    public const string StatusFilter = "filter-status";

    public const string NextPage = "Next Page";

    public const string PreviousPage = "Previous Page";

    /// <summary>The scoreboard's button that clears every filter, by its (English) label, Scoreboard_ClearFilters.</summary>
    public const string ClearFilters = "Clear filters";

    /// <summary>The search field's wait after the last keystroke (DebounceInterval in Scoreboard.razor): part of every search's time.</summary>
    public static readonly TimeSpan SearchDebounce = TimeSpan.FromMilliseconds(400);

    private const string Click = "{\"detail\":1,\"button\":0,\"buttons\":0,\"type\":\"click\"}";

    /// <summary>A title only page 2 shows and one only page 1 shows; null when the scoreboard has a single page.</summary>
    public (string Second, string First)? Pages { get; init; }

    /// <summary>The status filtered on, as the address and the select's option write it.</summary>
    public required string Status { get; init; }

    public required string StatusTotals { get; init; }

    /// <summary>Whether the status filter is the browser's own select (filtered by change events) rather than by address.</summary>
    public bool NativeFilter { get; init; }

    public static async Task<Scenario> ReadAsync(SignedInUser user, string path, CancellationToken cancellationToken)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var plain = await PrerenderedPage.LoadAsync(user, path + separator + "size=10", cancellationToken);
        var initiatives = Titles(plain);
        var totals = TotalsOf(plain);
        string? search = null, searchTotals = null;
        foreach (var word in initiatives.SelectMany(i => i.Title.Split(' ')).Where(w => w.Length >= 6 && w.All(char.IsLetter)).Distinct())
        {
            var searched = await PrerenderedPage.LoadAsync(user, path + separator + "size=10&q=" + Uri.EscapeDataString(word), cancellationToken);
            if (TotalsOf(searched) is { } found && found != totals)
            {
                (search, searchTotals) = (word, found);
                break;
            }
        }

        if (search is null || searchTotals is null)
        {
            throw new InvalidOperationException("No word of the titles narrows the scoreboard.");
        }

        var second = await PrerenderedPage.LoadAsync(user, path + separator + "page=2&size=10", cancellationToken);
        var firstTitles = initiatives.Select(i => i.Title).ToList();
        var secondTitles = Titles(second).Select(i => i.Title).ToList();
        bool OnlyIn(string title, List<string> others) => !others.Any(o => o.Contains(title, StringComparison.Ordinal) || title.Contains(o, StringComparison.Ordinal));
        var pages = secondTitles.FirstOrDefault(t => OnlyIn(t, firstTitles)) is { } onSecond && firstTitles.FirstOrDefault(t => OnlyIn(t, secondTitles)) is { } onFirst
            ? (onSecond, onFirst) : ((string, string)?)null;

        // The statuses the select offers, if it is the browser's own; else the domain's.
        var select = NativeSelect().Match(plain.Html);
        var statuses = select.Success
            ? OptionValues().Matches(select.Value).Select(m => WebUtility.HtmlDecode(m.Groups["value"].Value)).Where(v => v.Length > 0).ToList()
            : Enum.GetNames<MobilityPartnerships.Domain.Initiatives.InitiativeStatus>().ToList();
        foreach (var status in statuses)
        {
            var filtered = await PrerenderedPage.LoadAsync(user, path + separator + "status=" + Uri.EscapeDataString(status) + "&size=10", cancellationToken);
            if (TotalsOf(filtered) is { } found && found != totals && found != searchTotals)
            {
                return new Scenario(path + separator + "size=10", totals, search, searchTotals, initiatives)
                {
                    Pages = pages,
                    Status = status,
                    StatusTotals = found,
                    NativeFilter = select.Success,
                };
            }
        }

        throw new InvalidOperationException("No status narrows the scoreboard.");
    }

    /// <summary>
    /// The scenario as the live page allows, once its first interactive render came (the search field handles input):
    /// filtering by change events only if the page's status filter is a select with a change handler, else by address.
    /// </summary>
    public async Task<Scenario> OnAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        for (var waited = 0; circuit.Handles(SearchField, "input") is null; waited++)
        {
            if (waited == 300)
            {
                throw new InvalidOperationException($"The page did not render its search field interactively in 30 s: {circuit.Error}");
            }

            await Task.Delay(100, cancellationToken);
        }

        return this with { NativeFilter = NativeFilter && circuit.Handles(StatusFilter, "change") == "select" };
    }

    public string Describe() =>
        (Pages is { } pages ? $"next page (pager's button) → \"{pages.Second}\", previous page → \"{pages.First}\"; " : "one page only, no paging; ")
        + (NativeFilter
            ? $"filter (status) by a change event on <select id=\"{StatusFilter}\"> → \"{StatusTotals}\", clear filter by its empty choice → \"{Totals}\"; "
            : $"filter (status) BY ADDRESS (no <select id=\"{StatusFilter}\" onchange> on the page), an initiative's page → ?status={Status} → \"{StatusTotals}\", "
              + $"clear filter by the \"{ClearFilters}\" button → \"{Totals}\"; ")
        + $"search \"{Search}\" → \"{SearchTotals}\"; one of {Initiatives.Count} initiatives → its title; back → \"{Totals}\"";

    /// <summary>Runs rounds of the steps until <paramref name="cancellationToken"/>, or <paramref name="rounds"/> of them.</summary>
    public async Task RunAsync(Circuit circuit, TimeSpan think, Recorder recorder, CancellationToken cancellationToken, TextWriter? log = null, int? rounds = null)
    {
        var random = new Random();
        for (var round = 0; !cancellationToken.IsCancellationRequested && (rounds is null || round < rounds); round++)
        {
            if (Pages is { } pages)
            {
                await Step("next page", () => circuit.DispatchAsync(NextPage, "click", Click, pages.Second, cancellationToken));
                await Step("previous page", () => circuit.DispatchAsync(PreviousPage, "click", Click, pages.First, cancellationToken));
            }

            if (NativeFilter)
            {
                await Step("filter (status)", () => circuit.DispatchAsync(StatusFilter, "change", Change(Status), StatusTotals, cancellationToken));
                await Step("clear filter", () => circuit.DispatchAsync(StatusFilter, "change", Change(string.Empty), Totals, cancellationToken));
            }

            await Step("search (typed)", () => circuit.DispatchAsync(SearchField, "input", Change(Search), SearchTotals, cancellationToken));
            await Step("open initiative (link)", () => OpenAsync());
            await Step("back to scoreboard", () => circuit.NavigateAsync(Path, Totals, cancellationToken));
            if (!NativeFilter)
            {
                // By address: only a navigation from another page renders a new scoreboard that reads it.
                await Step("open initiative (link)", () => OpenAsync());
                await Step("filter (status)", () => circuit.NavigateAsync($"{Path}&status={Uri.EscapeDataString(Status)}", StatusTotals, cancellationToken));
                await Step("clear filter", () => circuit.DispatchAsync(ClearFilters, "click", Click, Totals, cancellationToken));
            }
        }

        Task<TimeSpan> OpenAsync()
        {
            var (initiative, title) = Initiatives[random.Next(Initiatives.Count)];
            return circuit.NavigateAsync(initiative, title, cancellationToken);
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
                recorder.Failed(kind, exception.Message);
                log?.WriteLine($"{kind}: failed, {exception.Message}");
            }
        }
    }

    private static string Change(string value) => JsonSerializer.Serialize(new { value });

    private static List<(string Path, string Title)> Titles(PrerenderedPage page) =>
        Links().Matches(page.Html).Select(m => (Path: m.Groups["path"].Value, Title: WebUtility.HtmlDecode(m.Groups["title"].Value))).Distinct().ToList();

    private static string TotalsOf(PrerenderedPage page) =>
        TotalsLine().Match(page.Html) is { Success: true } found ? WebUtility.HtmlDecode(found.Groups["text"].Value).Trim()
        : throw new InvalidOperationException($"{page.Address} shows no totals line.");

    [GeneratedRegex("href=\"(?<path>initiatives/[0-9a-f-]{36})\"[^>]*>(?<title>[^<]+)</a>")]
    private static partial Regex Links();

    [GeneratedRegex("id=\"scoreboard-totals\"[^>]*>(?<text>[^<]+)<")]
    private static partial Regex TotalsLine();

    [GeneratedRegex("<select[^>]*\\bid=\"filter-status\".*?</select>", RegexOptions.Singleline)]
    private static partial Regex NativeSelect();

    [GeneratedRegex("<option[^>]*\\bvalue=\"(?<value>[^\"]*)\"")]
    private static partial Regex OptionValues();
}
