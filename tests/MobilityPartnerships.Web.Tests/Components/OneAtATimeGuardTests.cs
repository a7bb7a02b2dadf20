using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>
/// A button disabled while its work runs is not enough: a double-click's two events reach the circuit before the button
/// is shown disabled, and a handler that only set a flag ran twice (two progress updates, two comments, two action
/// points). Such work goes through <c>OneAtATime</c>, which ignores the second; no component disables a control with a
/// flag that its own code sets.
/// </summary>
public sealed partial class OneAtATimeGuardTests
{
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

    [GeneratedRegex(@"Disabled=""@?\(?(?<flag>[a-z]\w*)\)?""")]
    private static partial Regex DisabledBy();
}
