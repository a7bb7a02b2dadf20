using System.Text.RegularExpressions;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.Web.Tests.Data;

/// <summary>
/// Names and titles are put in order one way, the domain's <c>NameOrder</c>: a query sorts on <c>NameOrder.Key(…)</c> (the
/// database's ICU order, not the C order a column has, which puts "Égypte" after "Zambie"), a list in memory with
/// <c>NameOrder.Comparer</c> (not ordinal). The guard reads the source for orderings whose key is a name (a member or
/// variable named …Name, …Title, Programme, Contributor, Lead or Country, a shown name) and that take neither. It reads
/// names, not types: a key named otherwise escapes it.
/// </summary>
public sealed partial class NameOrderGuardTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "src");

    /// <summary>Orderings by a name that are no reader's order, each with why.</summary>
    private static readonly (string File, string Key)[] NotForReaders =
    [
        // Tables are copied parents first, then by their name: an order for the database, stable whatever the language.
        (Path.Combine("MobilityPartnerships.Web", "Writing", "AggregateCopy.cs"), "t.Table.Name"),
        // A published version's lists are stored as published; the order is part of the record that versions compare.
        (Path.Combine("MobilityPartnerships.Web", "Features", "PublishedScoreboards", "Publishing", "ScoreboardSnapshot.cs"), "Order(StringComparer.Ordinal)"),
        // The demo's first version is published from the titles in code-point order, the same on every machine.
        (Path.Combine("MobilityPartnerships.Web", "DemoData", "DemoPublishedVersion.cs"), "r.Title"),
        // An API problem lists the parameter names a program may send.
        (Path.Combine("MobilityPartnerships.Web", "Api", "QueryParameters.cs"), "Order(StringComparer.Ordinal)"),
        // A recorded value's parts in their declared order; a property's name only breaks a tie, the same on every machine.
        (Path.Combine("MobilityPartnerships.Web", "Data", "History", "HistoryReferences.cs"), "p.Name, StringComparer.Ordinal"),
    ];

    [Fact]
    public void Every_ordering_by_a_name_goes_through_NameOrder()
    {
        var offenders = (
            from file in SourceFiles()
            from ordering in Orderings(file.Text)
            where !NotForReaders.Any(n => n.File == file.Relative && ordering.Text.Contains(n.Key, StringComparison.Ordinal))
            where BypassesNameOrder(ordering.Text)
            select $"{file.Relative}:{ordering.Line}: {ordering.Text}").ToList();

        Assert.True(offenders.Count == 0, "Orderings by a name that do not go through NameOrder (a query: NameOrder.Key(x); in memory: NameOrder.Comparer):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_guard_sees_the_orderings_that_sorted_accented_names_last()
    {
        string[] before =
        [
            ".OrderBy(o => o.Name)",
            ".OrderBy(o => o.Kind).ThenBy(o => o.Name)",
            ".ThenBy(j => ShownNames.Name(j.o.Name, j.o.FrenchName, PageLanguage.IsFrench))",
            ".OrderBy(a => a.DisplayName).ThenBy(a => a.Id)",
            ".OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id)",
            ".ThenBy(r => EF.Functions.Collate(r.Name, \"C\"))",
            ".OrderBy(c => c.DisplayName, StringComparer.OrdinalIgnoreCase)",
            ".ThenBy(p => p.Title, StringComparer.CurrentCulture)",
            ".ThenBy(x => x.Row.ReferenceCode ?? x.Row.Title, StringComparer.CurrentCulture)",
            ".OrderBy(r => work.NameOf(r.PartnershipId), StringComparer.CurrentCulture)",
            ".Distinct().OrderBy(programme => programme)",
            ".OrderBy(name => name)",
            ".Order(StringComparer.Ordinal)",
            "orderby i.Title\n",
            "orderby p.SignedOn == null, p.SignedOn, p.Name\n",
            "Then(ordered, rows, r => r.Title, query.Descending)",
        ];
        Assert.All(before, text => Assert.True(Orderings(text).Any(o => BypassesNameOrder(o.Text)), text));

        string[] after =
        [
            ".OrderBy(o => NameOrder.Key(o.Name))",
            ".OrderBy(o => o.Kind).ThenBy(o => NameOrder.Key(o.Name))",
            ".ThenBy(r => r.Title, NameOrder.Comparer)",
            ".Order(NameOrder.Comparer)",
            "orderby NameOrder.Key(i.Title)\n",
            // Keys that are not names.
            ".OrderBy(o => o.ShortName == identity.OrganisationKey ? 0 : 1)",
            ".OrderBy(r => r.Pillar).ThenBy(r => r.Id)",
            ".ThenBy(p => p.FromA.Length + p.FromB.Length)",
            ".OrderBy(m => m.HeldOn).ThenBy(m => m.Id)",
            "orderby c.CorrectedAt, c.Id\n",
        ];
        Assert.All(after, text => Assert.DoesNotContain(Orderings(text), o => BypassesNameOrder(o.Text)));

        // It reads the code it guards.
        var files = SourceFiles().ToList();
        Assert.Contains(files, f => f.Relative == Path.Combine("MobilityPartnerships.Web", "Features", "Organisations", "Listing", "ListOrganisations.cs"));
        Assert.Contains(files, f => f.Relative.EndsWith(".razor", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Relative.Contains(Path.Combine("Data", "Migrations"), StringComparison.Ordinal));
    }

    /// <summary>Whether an ordering's key is a name and it takes neither <c>NameOrder.Key</c> nor <c>NameOrder.Comparer</c>.</summary>
    private static bool BypassesNameOrder(string ordering) =>
        !ordering.Contains("NameOrder.", StringComparison.Ordinal)
        && (ordering.StartsWith("orderby", StringComparison.Ordinal)
            ? ordering[7..].Split(',').Any(key => IsName(key.Trim()))
            : ordering.StartsWith(".Order(", StringComparison.Ordinal) || ordering.StartsWith(".OrderDescending(", StringComparison.Ordinal)
                ? ordering.Contains("StringComparer", StringComparison.Ordinal)
                : LambdaKey().Match(ordering) is { Success: true } lambda && IsName(lambda.Groups["body"].Value.Trim(), lambda.Groups["parameter"].Value));

    /// <summary>A key that is a name: not a comparison or an arithmetic, and naming one (a member, a variable, or the key's own parameter).</summary>
    private static bool IsName(string key, string? parameter = null) =>
        !NotAName().IsMatch(key) && (NameWord().IsMatch(key) || (parameter is not null && key == parameter && NameWord().IsMatch(parameter)));

    /// <summary>Each ordering call with its arguments (<c>.OrderBy(…)</c>, <c>.ThenByDescending(…)</c>, <c>.Order(…)</c>, a sort helper's <c>Then(…, r => …)</c>) and each query's <c>orderby</c> clause, with its line.</summary>
    private static IEnumerable<(int Line, string Text)> Orderings(string text)
    {
        foreach (Match call in OrderingCall().Matches(text))
        {
            var open = call.Index + call.Length - 1;
            var depth = 0;
            var end = open;
            for (; end < text.Length; end++)
            {
                depth += text[end] switch { '(' => 1, ')' => -1, _ => 0 };
                if (depth == 0)
                {
                    break;
                }
            }

            yield return (LineOf(text, call.Index), text[call.Index..Math.Min(end + 1, text.Length)].Trim());
        }

        foreach (Match clause in OrderbyClause().Matches(text))
        {
            yield return (LineOf(text, clause.Index), clause.Value.Trim());
        }
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>The C# and Razor files of src/ (both projects), without build output and generated migrations.</summary>
    private static IEnumerable<(string Relative, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Source, path))
            .Where(relative => !relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")
                && !relative.Contains(Path.Combine("Data", "Migrations"), StringComparison.Ordinal)
                && relative != Path.Combine("MobilityPartnerships.Domain", "Common", "NameOrder.cs"))
            .Select(relative => (relative, File.ReadAllText(Path.Combine(Source, relative))));

    [GeneratedRegex(@"(\.(OrderBy|OrderByDescending|ThenBy|ThenByDescending|Order|OrderDescending)|\bThen)\(")]
    private static partial Regex OrderingCall();

    [GeneratedRegex(@"\borderby\s[^\r\n]+")]
    private static partial Regex OrderbyClause();

    /// <summary>The key of an ordering's first lambda (<c>r => r.Title</c>), up to the comma or parenthesis that ends it.</summary>
    [GeneratedRegex(@"(?<parameter>\w+)\s*=>\s*(?<body>(\([^()]*(\([^()]*\))*[^()]*\)|[^,()])+)")]
    private static partial Regex LambdaKey();

    [GeneratedRegex(@"\w*(Name|Title|NameOf)\b|\b(Programme|Contributor|Lead|Country|name|title|programme)\b")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"==|!=|<|>|(?<!\?)\?(?![?.])|\+|\.Length\b|\.Count\b")]
    private static partial Regex NotAName();
}
