using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>
/// A button disabled while its work runs is not enough: a double-click's two events reach the circuit before the button
/// is shown disabled, and a handler that only set a flag ran twice (two progress updates, two comments, two action
/// points). Such work goes through <c>OneAtATime</c>, which ignores the second; no component disables a control with a
/// flag that its own code sets. And a button that writes at once — archive, restore, an agenda item moved — was neither:
/// every OnClick that reaches a write runs through a <c>OneAtATime</c> and is disabled by it meanwhile.
/// </summary>
public sealed partial class OneAtATimeGuardTests
{
    [Fact]
    public void Every_button_that_writes_runs_one_at_a_time_and_is_disabled_meanwhile()
    {
        var writers = Writers();
        var offenders = Components().SelectMany(c => UnguardedWrites(c.Key, c.Text, writers)).ToList();

        Assert.True(offenders.Count == 0, "Buttons that write without OneAtATime, or not disabled by its IsBusy (route the handler through OneAtATime.RunAsync and set Disabled=\"work.IsBusy\"):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_guard_sees_the_writers_and_the_buttons_it_guards()
    {
        var writers = Writers();

        Assert.Contains("ArrangeAgenda", writers);
        Assert.Contains("ArchiveInitiative", writers);
        Assert.True(Components().Sum(c => OnClick().Count(c.Text)) > 40);
    }

    [Theory]
    [InlineData("""<MudIconButton Icon="up" OnClick="@(() => ArrangeAsync(item))" />""", "private async Task ArrangeAsync(Item item) => await Arrange.ExecuteAsync(item.Id);", true)]
    [InlineData("""<MudButton OnClick="ToggleAsync">Archive</MudButton>""", "private async Task ToggleAsync() { await ShowAsync(); } private async Task ShowAsync() { await Arrange.ExecuteAsync(id); }", true)]
    [InlineData("""<MudButton OnClick="ArrangeAsync">Up</MudButton>""", "private readonly OneAtATime work = new(); private Task ArrangeAsync() => work.RunAsync(() => Arrange.ExecuteAsync(id));", true)]
    [InlineData("""<MudButton OnClick="ArrangeAsync" Disabled="work.IsBusy">Up</MudButton>""", "private readonly OneAtATime work = new(); private Task ArrangeAsync() => work.RunAsync(ArrangeOnceAsync); private Task ArrangeOnceAsync() => Arrange.ExecuteAsync(id);", false)]
    [InlineData("""<MudButton OnClick="@(() => open = true)">Open</MudButton>""", "private bool open;", false)]
    public void The_guard_finds_a_button_that_writes_unguarded(string markup, string code, bool found)
    {
        var component = $"@inject MobilityPartnerships.Web.Features.Agenda.Arranging.ArrangeAgenda Arrange\n{markup}\n@code {{ {code} }}";

        Assert.Equal(found, UnguardedWrites("Component.razor", component, new HashSet<string>(["ArrangeAgenda"], StringComparer.Ordinal)).Any());
    }

    [Fact]
    public void No_component_disables_a_control_with_a_flag_it_sets_itself()
    {
        var components = WebSourceFiles.All()
            .Where(f => f.Relative.EndsWith(".razor", StringComparison.Ordinal) || f.Relative.EndsWith(".razor.cs", StringComparison.Ordinal))
            .GroupBy(f => f.Relative.EndsWith(".cs", StringComparison.Ordinal) ? f.Relative[..^3] : f.Relative, StringComparer.Ordinal);
        var offenders = new List<string>();
        foreach (var component in components)
        {
            var text = string.Join('\n', component.Select(f => f.Text));
            offenders.AddRange(DisabledBy().Matches(text).Select(m => m.Groups["flag"].Value).Distinct(StringComparer.Ordinal)
                .Where(flag => Regex.IsMatch(text, $@"\b{flag} = true;"))
                .Select(flag => $"{component.Key}: {flag}"));
        }

        Assert.True(offenders.Count == 0, "Controls disabled by a flag the component sets while its work runs (use OneAtATime):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_guard_finds_a_flag_set_by_a_handler()
    {
        const string Handler = """<MudButton Disabled="posting">Post</MudButton> @code { async Task PostAsync() { posting = true; await Task.Yield(); } }""";

        Assert.Equal("posting", DisabledBy().Match(Handler).Groups["flag"].Value);
    }

    /// <summary>Each component (a .razor file with its .razor.cs) and its text.</summary>
    private static IEnumerable<(string Key, string Text)> Components() =>
        WebSourceFiles.All()
            .Where(f => f.Relative.EndsWith(".razor", StringComparison.Ordinal) || f.Relative.EndsWith(".razor.cs", StringComparison.Ordinal))
            .GroupBy(f => f.Relative.EndsWith(".cs", StringComparison.Ordinal) ? f.Relative[..^3] : f.Relative, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join('\n', g.Select(f => f.Text))));

    /// <summary>The services that write: a class whose constructor takes the write path (<c>Writes</c>), or whose file saves changes itself.</summary>
    private static HashSet<string> Writers() =>
        WebSourceFiles.All()
            .Where(f => f.Relative.EndsWith(".cs", StringComparison.Ordinal) && !f.Relative.EndsWith(".razor.cs", StringComparison.Ordinal))
            .SelectMany(f => ClassWithConstructor().Matches(f.Text)
                .Where(m => WritesParameter().IsMatch(m.Groups["parameters"].Value) || f.Text.Contains(".SaveChangesAsync(", StringComparison.Ordinal))
                .Select(m => m.Groups["type"].Value))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The OnClicks of a component that reach a write — a call on an injected writer, from the attribute's own code or
    /// any of the component's methods it calls — without running through one of its <c>OneAtATime</c>s (in the attribute or
    /// the method it names) or without being disabled by that one's <c>IsBusy</c>.
    /// </summary>
    private static IEnumerable<string> UnguardedWrites(string component, string text, HashSet<string> writers)
    {
        var services = Injected().Matches(text).Where(m => writers.Contains(m.Groups["type"].Value.Split('.')[^1])).Select(m => m.Groups["name"].Value).ToList();
        if (services.Count == 0)
        {
            yield break;
        }

        var methods = Methods(text);
        var busy = OneAtATimeField().Matches(text).Select(m => m.Groups["field"].Value).ToList();
        foreach (Match click in OnClick().Matches(text))
        {
            var handler = click.Groups["value"].Value;
            if (!Reached(handler, methods).Any(body => services.Exists(s => Regex.IsMatch(body, $@"\b{s}\."))))
            {
                continue;
            }

            string[] entry = [handler, .. Called(handler, methods).Select(m => methods[m])];
            var guard = busy.Find(b => entry.Any(t => t.Contains($"{b}.RunAsync(", StringComparison.Ordinal)));
            if (guard is null || !Tag(text, click.Index).Contains($"{guard}.IsBusy", StringComparison.Ordinal))
            {
                yield return $"{component}: OnClick=\"{handler}\"";
            }
        }
    }

    /// <summary>The code an OnClick runs: its own, and the bodies of the component's methods it reaches.</summary>
    private static List<string> Reached(string handler, Dictionary<string, string> methods)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reached = new List<string> { handler };
        var pending = new Queue<string>(Called(handler, methods));
        while (pending.TryDequeue(out var name))
        {
            if (seen.Add(name))
            {
                reached.Add(methods[name]);
                foreach (var next in Called(methods[name], methods))
                {
                    pending.Enqueue(next);
                }
            }
        }

        return reached;
    }

    /// <summary>The component's methods that <paramref name="code"/> calls or names (a method group).</summary>
    private static IEnumerable<string> Called(string code, Dictionary<string, string> methods) =>
        Identifier().Matches(code).Select(m => m.Value).Where(methods.ContainsKey).Distinct(StringComparer.Ordinal);

    /// <summary>The component's methods by name, with their bodies (an overload's appended).</summary>
    private static Dictionary<string, string> Methods(string text)
    {
        var methods = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match header in MethodHeader().Matches(text))
        {
            var name = header.Groups["name"].Value;
            methods[name] = methods.GetValueOrDefault(name, string.Empty) + Body(text, header.Index + header.Length - 1);
        }

        return methods;
    }

    /// <summary>From the parameter list's "(": the parameters and the body, a block or an expression to its ";".</summary>
    private static string Body(string text, int open)
    {
        var depth = 0;
        var i = open;
        for (; i < text.Length; i++)
        {
            depth += text[i] switch { '(' or '{' or '[' => 1, ')' or '}' or ']' => -1, _ => 0 };
            if (depth == 0)
            {
                break;
            }
        }

        var start = i + 1;
        var block = text.AsSpan(start).TrimStart().StartsWith("{");
        depth = 0;
        for (i = start; i < text.Length; i++)
        {
            depth += text[i] switch { '(' or '{' or '[' => 1, ')' or '}' or ']' => -1, _ => 0 };
            if ((block && depth == 0 && text[i] == '}') || (!block && depth == 0 && text[i] == ';'))
            {
                break;
            }
        }

        return text[start..Math.Min(i + 1, text.Length)];
    }

    /// <summary>The attributes of the element an attribute at <paramref name="index"/> is in: from its "&lt;" to the next.</summary>
    private static string Tag(string text, int index)
    {
        var start = text.LastIndexOf('<', index);
        var end = text.IndexOf('<', index);
        return text[start..(end < 0 ? text.Length : end)];
    }

    [GeneratedRegex(@"Disabled=""@?\(?(?<flag>[a-z]\w*)\)?""")]
    private static partial Regex DisabledBy();

    [GeneratedRegex(@"OnClick=""(?<value>[^""]*)""")]
    private static partial Regex OnClick();

    [GeneratedRegex(@"@inject\s+(?<type>[\w.]+)\s+(?<name>\w+)|\[Inject\][^;]*?\s(?<type>[\w.]+)\s+(?<name>\w+)\s*\{")]
    private static partial Regex Injected();

    [GeneratedRegex(@"OneAtATime\s+(?<field>\w+)\s*=")]
    private static partial Regex OneAtATimeField();

    [GeneratedRegex(@"(?:private|protected|public|internal)\s+(?:(?:static|override|async|virtual)\s+)*(?:Task(?:<[^>(]*>)?|void|ValueTask(?:<[^>(]*>)?)\s+(?<name>\w+)\s*\(")]
    private static partial Regex MethodHeader();

    [GeneratedRegex(@"\b[A-Za-z_]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"class\s+(?<type>\w+)\s*\((?<parameters>[^)]*)\)")]
    private static partial Regex ClassWithConstructor();

    [GeneratedRegex(@"(^|[\s(,])Writes\s+\w+")]
    private static partial Regex WritesParameter();
}
