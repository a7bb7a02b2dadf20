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

    /// <summary>Sortable grid columns of text that keep another order, each with why.</summary>
    private static readonly (string File, string Key)[] ColumnsNotForReaders =
    [
        // An ISO code: two capitals, in their letters' order (codes keep theirs, decision 0032).
        (Path.Combine("MobilityPartnerships.Web", "Features", "Organisations", "Listing", "OrganisationsPage.razor"), "o => o.CountryCode!"),
    ];

    /// <summary>
    /// A grid sorts in memory when a header is clicked, with MudBlazor's comparer unless the column names one: each
    /// sortable column whose key is a name or a text (a <c>PropertyColumn</c> of a string, or a <c>SortBy</c> by a name)
    /// takes <c>NameOrder.ObjectComparer</c>, so a list a reader re-sorts keeps the order of every other list.
    /// </summary>
    [Fact]
    public void Every_sortable_text_column_of_a_grid_sorts_through_NameOrder()
    {
        var files = SourceFiles().Where(f => f.Relative.EndsWith(".razor", StringComparison.Ordinal)).ToList();
        var offenders = (
            from file in files
            from column in Columns(file.Text)
            where !ColumnsNotForReaders.Any(n => n.File == file.Relative && column.Text.Contains(n.Key, StringComparison.Ordinal))
            where SortsTextAround(column.Text)
            select $"{file.Relative}:{column.Line}: {column.Text}").ToList();

        Assert.True(offenders.Count == 0, "Sortable text columns without Comparer=\"NameOrder.ObjectComparer\":\n" + string.Join('\n', offenders));
        // It reads the grids it guards.
        Assert.Contains(files, f => f.Relative.EndsWith("PartnershipsPage.razor", StringComparison.Ordinal) && Columns(f.Text).Any());
        Assert.Contains(files, f => f.Relative.EndsWith("OrganisationsPage.razor", StringComparison.Ordinal) && Columns(f.Text).Any());
    }

    [Fact]
    public void The_column_guard_sees_a_text_column_sorted_by_MudBlazor_s_own_comparer()
    {
        string[] before =
        [
            "<PropertyColumn T=\"OrganisationRow\" TProperty=\"string\" Property=\"o => o.Name\" Title=\"@L[\"Organisation_Field_Name\"]\" />",
            "<PropertyColumn T=\"UserRow\" TProperty=\"string\" Property=\"u => u.Email\" Title=\"@L[\"User_Field_Email\"]\" />",
            "<TemplateColumn T=\"PartnershipSummary\" Title=\"@L[\"Partnerships_Partnership\"]\" SortBy=\"p => p.Name\" CellStyle=\"min-width: 12rem\">",
            "<NamedColumn T=\"PartnershipSummary\" Name=\"Country\" SortBy=\"p => p.Country ?? string.Empty\" Title=\"@L[\"Partnerships_Country\"]\">",
        ];
        Assert.All(before, text => Assert.True(SortsTextAround(Assert.Single(Columns(text)).Text), text));

        string[] after =
        [
            "<PropertyColumn T=\"OrganisationRow\" TProperty=\"string\" Property=\"o => o.Name\" Comparer=\"NameOrder.ObjectComparer\" Title=\"@L[\"Organisation_Field_Name\"]\" />",
            "<TemplateColumn T=\"PartnershipSummary\" Title=\"@L[\"Partnerships_Partnership\"]\" SortBy=\"p => p.Name\" Comparer=\"NameOrder.ObjectComparer\">",
            // Not text, or not sortable.
            "<TemplateColumn T=\"PartnershipSummary\" Title=\"@L[\"Partnerships_Kind\"]\" SortBy=\"p => p.Kind\">",
            "<PropertyColumn T=\"OrganisationRow\" TProperty=\"int\" Property=\"o => o.References\" Title=\"@L[\"Organisations_References\"]\" />",
            "<TemplateColumn T=\"UserRow\" Title=\"@L[\"User_Field_Partnerships\"]\" Sortable=\"false\">",
            "<PropertyColumn T=\"UserRow\" TProperty=\"string\" Property=\"u => u.DisplayName\" Sortable=\"false\" />",
        ];
        Assert.All(after, text => Assert.False(SortsTextAround(Assert.Single(Columns(text)).Text), text));
    }

    /// <summary>
    /// MudBlazor's <c>TemplateColumn</c> is not sortable unless told (<c>Sortable</c> defaults to false): a sort key given
    /// to one was ignored, and the partnership list's headers for name, kind, status, signature and amounts did nothing
    /// when clicked. A column with a key is a <c>NamedColumn</c> (sortable as its grid is) or says <c>Sortable="true"</c>.
    /// </summary>
    [Fact]
    public void Every_grid_column_with_a_sort_key_sorts_when_its_header_is_clicked()
    {
        var files = SourceFiles().Where(f => f.Relative.EndsWith(".razor", StringComparison.Ordinal)).ToList();
        var offenders = (
            from file in files
            from column in Columns(file.Text)
            where IgnoresItsSortKey(column.Text)
            select $"{file.Relative}:{column.Line}: {column.Text}").ToList();

        Assert.True(offenders.Count == 0, "Template columns with a SortBy that MudBlazor does not sort by (use NamedColumn):\n" + string.Join('\n', offenders));
        Assert.True(IgnoresItsSortKey("<TemplateColumn T=\"PartnershipSummary\" Title=\"@L[\"Partnerships_Partnership\"]\" SortBy=\"p => p.Name\" Comparer=\"NameOrder.ObjectComparer\">"));
        Assert.False(IgnoresItsSortKey("<NamedColumn T=\"PartnershipSummary\" Name=\"Name\" Title=\"@L[\"Partnerships_Partnership\"]\" SortBy=\"p => p.Name\" Comparer=\"NameOrder.ObjectComparer\">"));
        Assert.False(IgnoresItsSortKey("<TemplateColumn T=\"UserRow\" Title=\"@L[\"User_Field_Partnerships\"]\" Sortable=\"false\">"));
    }

    private static bool IgnoresItsSortKey(string column) =>
        column.StartsWith("<TemplateColumn", StringComparison.Ordinal)
        && column.Contains("SortBy=", StringComparison.Ordinal)
        && !column.Contains("Sortable=\"true\"", StringComparison.Ordinal);

    /// <summary>Whether a sortable column's key is text (a string property, or a name) and it names no <c>NameOrder</c> comparer.</summary>
    private static bool SortsTextAround(string column)
    {
        if (column.Contains("NameOrder.", StringComparison.Ordinal) || column.Contains("Sortable=\"false\"", StringComparison.Ordinal))
        {
            return false;
        }

        var key = ColumnKey().Match(column);
        var isText = column.Contains("TProperty=\"string\"", StringComparison.Ordinal)
            || (key.Success && IsName(key.Groups["body"].Value.Trim(), key.Groups["parameter"].Value));
        // A template column without SortBy is not sortable.
        return isText && (column.StartsWith("<PropertyColumn", StringComparison.Ordinal) || column.Contains("SortBy=", StringComparison.Ordinal));
    }

    /// <summary>Each grid column's opening tag, its attributes' lambdas and indexers included, with its line.</summary>
    private static IEnumerable<(int Line, string Text)> Columns(string text)
    {
        foreach (Match start in ColumnTag().Matches(text))
        {
            var depth = 0;
            var end = start.Index + start.Length;
            for (; end < text.Length; end++)
            {
                var c = text[end];
                depth += c switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
                if (c == '>' && depth == 0 && text[end - 1] != '=')
                {
                    break;
                }
            }

            yield return (LineOf(text, start.Index), text[start.Index..Math.Min(end + 1, text.Length)]);
        }
    }

    [GeneratedRegex(@"<(PropertyColumn|TemplateColumn|NamedColumn)\b")]
    private static partial Regex ColumnTag();

    /// <summary>The column's sort key: its SortBy's lambda, else its Property's.</summary>
    [GeneratedRegex(@"(SortBy|Property)=""(?<parameter>\w+)\s*=>\s*(?<body>[^""]+)""")]
    private static partial Regex ColumnKey();

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
