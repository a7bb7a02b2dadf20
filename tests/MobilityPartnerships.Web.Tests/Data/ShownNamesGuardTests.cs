using System.Text.RegularExpressions;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.Web.Tests.Data;

/// <summary>
/// Which name of an organisation or a thematic area a page shows is written once, in the domain's
/// <c>LanguageNames</c>: records follow it in memory, queries call it through <c>Data/ShownNames</c>, which the
/// database works out. No other source file writes the rule out (a French name's fallback, <c>FrenchName ?? Name</c>,
/// or a choice on whether there is one, <c>french &amp;&amp; o.FrenchName != null ? …</c>).
/// </summary>
public sealed partial class ShownNamesGuardTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "src");

    private static readonly string Definition = Path.Combine("MobilityPartnerships.Domain", "Common", "LanguageNames.cs");

    [Fact]
    public void No_source_file_but_the_rule_itself_writes_out_which_name_a_page_shows()
    {
        var offenders = (
            from file in SourceFiles()
            where file.Relative != Definition
            from line in file.Text.Split('\n').Select((text, index) => (Text: text, Number: index + 1))
            where RuleWrittenOut().IsMatch(line.Text)
            select $"{file.Relative}:{line.Number}: {line.Text.Trim()}").ToList();

        Assert.True(offenders.Count == 0, "The shown name's rule written out (call ShownNames in a query, NameIn/DisplayNameIn or LanguageNames in memory):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_guard_sees_the_rule_and_the_code_it_guards()
    {
        var files = SourceFiles().ToList();
        Assert.Matches(RuleWrittenOut(), Assert.Single(files, f => f.Relative == Definition).Text);
        Assert.Contains(files, f => f.Relative == Path.Combine("MobilityPartnerships.Web", "Data", "ShownNamesTranslation.cs"));
        Assert.Contains(files, f => f.Relative.StartsWith(Path.Combine("MobilityPartnerships.Web", "Features"), StringComparison.Ordinal) && f.Text.Contains("ShownNames.DisplayName(", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Relative.Contains(Path.Combine("Data", "Migrations"), StringComparison.Ordinal));

        // The forms the queries wrote before there was one rule.
        Assert.Matches(RuleWrittenOut(), "Name = PageLanguage.IsFrench && o.FrenchName != null ? o.FrenchShortName ?? o.FrenchName : o.ShortName ?? o.Name");
        Assert.Matches(RuleWrittenOut(), "Name = french && a.FrenchName != null ? a.FrenchName : a.Name");
        Assert.Matches(RuleWrittenOut(), "PageLanguage.IsFrench ? a.FrenchName ?? a.Name : a.Name");
        Assert.Matches(RuleWrittenOut(), "french && FrenchName is not null ? FrenchName : Name");
        Assert.DoesNotMatch(RuleWrittenOut(), "(row.FrenchName?.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase) ?? false)");
    }

    /// <summary>The C# source files of src/ (both projects), without build output and generated migrations.</summary>
    private static IEnumerable<(string Relative, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Source, path))
            .Where(relative => !relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")
                && !relative.Contains(Path.Combine("Data", "Migrations"), StringComparison.Ordinal))
            .Select(relative => (relative, File.ReadAllText(Path.Combine(Source, relative))));

    /// <summary>A French name's fallback (<c>FrenchName ??</c>, <c>FrenchShortName ??</c>) or a choice on a French name (<c>FrenchName != null ?</c>, <c>FrenchName is not null ?</c>).</summary>
    [GeneratedRegex(@"\bFrench(Short)?Name\s*\?\?|\bFrenchName\s*(!=\s*null|is\s+not\s+null)\s*\?", RegexOptions.IgnoreCase)]
    private static partial Regex RuleWrittenOut();
}
