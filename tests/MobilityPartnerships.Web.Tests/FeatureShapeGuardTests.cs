using System.Text.RegularExpressions;
using MobilityPartnerships.Web.Tests.Localisation;

namespace MobilityPartnerships.Web.Tests;

/// <summary>
/// Keeps <c>Features/</c> in the shape the README promises, <c>Features/&lt;DomainWord&gt;/&lt;Action&gt;/</c>: each folder
/// directly under it is a word the app's users read, not a mechanism, and holds its actions in folders of their own; each
/// action folder holds one action. An action is a class that runs through <c>Writes</c> (its constructor takes one) or
/// answers through a public <c>ExecuteAsync</c>.
/// </summary>
public sealed partial class FeatureShapeGuardTests
{
    private static readonly string FeaturesFolder = "Features" + Path.DirectorySeparatorChar;

    /// <summary>Action folders that still hold more than one action, each with why; the test fails once one no longer does.</summary>
    private static readonly Dictionary<string, string> Pending = new(StringComparer.Ordinal)
    {
        // Remembering a sheet's column mapping and its organisation names are saved as steps of the import (being reshaped
        // with the rest of Initiatives).
        [Path.Combine("Initiatives", "Importing")] = "the import with what it remembers",
    };

    [Fact]
    public void Each_action_folder_holds_one_action()
    {
        var offenders = (
            from folder in ActionFolders()
            where folder.Actions.Count > 1 && !Pending.ContainsKey(folder.Path)
            select $"Features/{folder.Path}: {string.Join(", ", folder.Actions)}").ToList();

        Assert.True(offenders.Count == 0, "Action folders holding more than one action (give each its own folder, named for what the user does):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_folders_still_pending_still_hold_several_actions()
    {
        var folders = ActionFolders().ToDictionary(f => f.Path, f => f.Actions.Count, StringComparer.Ordinal);
        var done = Pending.Keys.Where(path => folders.GetValueOrDefault(path) <= 1).ToList();

        Assert.True(done.Count == 0, "These folders now hold one action; take them off the pending list:\n" + string.Join('\n', done));
    }

    [Fact]
    public void Each_folder_under_Features_is_a_domain_word_holding_action_folders()
    {
        var mechanisms = Directory.EnumerateDirectories(WebSourceFiles.Project).Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var userTexts = string.Join('\n', ResourceTexts.English.Values);
        var actionFolders = ActionFolders().ToList();
        var offenders = new List<string>();
        foreach (var domain in DomainFolders())
        {
            if (mechanisms.Contains(domain))
            {
                offenders.Add($"Features/{domain}: a mechanism of the app has its own top-level folder, beside Features/");
            }

            if (!userTexts.Contains(SpokenWord(domain), StringComparison.OrdinalIgnoreCase))
            {
                offenders.Add($"Features/{domain}: \"{SpokenWord(domain)}\" is not a word of the app's pages (Strings.resx)");
            }

            if (!actionFolders.Any(f => f.Path.StartsWith(domain + Path.DirectorySeparatorChar, StringComparison.Ordinal) && f.Actions.Count > 0))
            {
                offenders.Add($"Features/{domain}: holds no action folder (Features/{domain}/<Action>/ with a class that runs through Writes or ExecuteAsync)");
            }

            var ownActions = (
                from file in SourceFiles()
                where Path.GetDirectoryName(file.Relative) == Path.Combine("Features", domain)
                from action in ActionClasses(file.Text)
                select action).ToList();
            if (ownActions.Count > 0)
            {
                offenders.Add($"Features/{domain}: actions directly in the domain folder, which holds only what its actions share: {string.Join(", ", ownActions)}");
            }
        }

        Assert.True(offenders.Count == 0, "Folders under Features/ that are not Features/<DomainWord>/<Action>/:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_guards_see_the_code_they_guard()
    {
        var folders = ActionFolders().ToDictionary(f => f.Path, f => f.Actions, StringComparer.Ordinal);
        Assert.Equal(["RenameOrganisation"], folders[Path.Combine("Organisations", "Renaming")]);
        Assert.Equal(["RecordSignature"], folders[Path.Combine("Partnerships", "Signature")]);
        Assert.Contains("Organisations", DomainFolders());
        Assert.True(folders.Count(f => f.Value.Count == 1) > 30, "Too few action folders were found under Features/.");
        Assert.Equal(["Plan", "Revise"], ActionClasses("public sealed class Plan(Writes writes, IClock clock)\n{ }\ninternal sealed class Revise\n{\n    public Task<int> ExecuteAsync(int a) => Task.FromResult(a);\n}\npublic abstract class Step(Writes writes) { }\n"));
        Assert.Equal("briefing pack", SpokenWord("BriefingPacks"));
    }

    /// <summary>Each folder directly under a domain folder, with the actions its files (and its subfolders') declare.</summary>
    private static IEnumerable<(string Path, List<string> Actions)> ActionFolders() =>
        from file in SourceFiles()
        let parts = file.Relative.Split(Path.DirectorySeparatorChar)
        where parts.Length >= 4
        group file by Path.Combine(parts[1], parts[2]) into folder
        orderby folder.Key
        select (folder.Key, folder.Where(f => f.Relative.EndsWith(".cs", StringComparison.Ordinal)).SelectMany(f => ActionClasses(f.Text)).Order(StringComparer.Ordinal).ToList());

    /// <summary>The folders directly under <c>Features/</c> that hold source files (an empty folder left by a move is no folder in git).</summary>
    private static IEnumerable<string> DomainFolders() =>
        SourceFiles().Select(f => f.Relative.Split(Path.DirectorySeparatorChar)).Where(parts => parts.Length >= 3).Select(parts => parts[1]).Distinct().Order(StringComparer.Ordinal);

    private static IEnumerable<(string Relative, string Text)> SourceFiles() =>
        WebSourceFiles.All().Where(f => f.Relative.StartsWith(FeaturesFolder, StringComparison.Ordinal));

    /// <summary>The classes of a file that are actions: not abstract or static, and taking <c>Writes</c> or offering a public <c>ExecuteAsync</c>.</summary>
    private static IEnumerable<string> ActionClasses(string text)
    {
        var classes = ClassDeclaration().Matches(text);
        for (var i = 0; i < classes.Count; i++)
        {
            var declaration = classes[i];
            var end = i + 1 < classes.Count ? classes[i + 1].Index : text.Length;
            var body = text[declaration.Index..end];
            var modifiers = declaration.Groups["modifiers"].Value;
            if (modifiers.Contains("abstract", StringComparison.Ordinal) || modifiers.Contains("static", StringComparison.Ordinal))
            {
                continue;
            }

            if (WritesParameter().IsMatch(body) || PublicExecute().IsMatch(body))
            {
                yield return declaration.Groups["name"].Value;
            }
        }
    }

    /// <summary>The folder's name as the pages would say it: its words in lower case, the last one singular.</summary>
    private static string SpokenWord(string folder)
    {
        var words = PascalWord().Matches(folder).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (words.Count > 0 && words[^1].Length > 3 && words[^1].EndsWith('s') && !words[^1].EndsWith("ss", StringComparison.Ordinal))
        {
            words[^1] = words[^1][..^1];
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"^[ \t]*(?:public|internal)\s+(?<modifiers>(?:(?:sealed|static|partial|abstract)\s+)*)class\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex ClassDeclaration();

    [GeneratedRegex(@"\bWrites\s+[a-z]\w*\s*[,)]")]
    private static partial Regex WritesParameter();

    [GeneratedRegex(@"\bpublic\s+[^;{}=()]*\bExecuteAsync\s*\(")]
    private static partial Regex PublicExecute();

    [GeneratedRegex(@"[A-Z][a-z]*")]
    private static partial Regex PascalWord();
}
