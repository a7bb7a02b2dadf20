using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Tests.Writing;

/// <summary>
/// Keeps the one write path the only one: no code outside <c>Writing/</c> saves a change or catches a database exception, and no code
/// anywhere tells where a domain refusal shows by matching its rule code's text (rule codes map to fields through
/// <c>RuleFields</c>, declared once per draft).
/// </summary>
public sealed partial class WritePathGuardTests
{

    private static readonly string[] DatabaseExceptions =
        ["DbUpdateException", "DbUpdateConcurrencyException", "NpgsqlException", "PostgresException", "DbException", "RetryLimitExceededException"];

    [Fact]
    public void Only_the_write_path_catches_database_exceptions()
    {
        // Reads that may lag catch a standby that does not answer, to read from the primary instead; they write nothing.
        var standbyReads = Path.Combine("Data", "Standby", "LaggingReads.cs");
        var offenders = (
            from file in SourceFiles()
            where !file.Relative.StartsWith("Writing" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && file.Relative != standbyReads
            from Match clause in CatchClause().Matches(file.Text)
            let caught = clause.Groups["type"].Value.Split('.').Last()
            where DatabaseExceptions.Contains(caught)
                || clause.Groups["filter"].Value.Contains("Database", StringComparison.Ordinal)
                || (caught == "DomainRuleException" && file.Relative.EndsWith(".cs", StringComparison.Ordinal) && !IsReading(file.Relative))
            select $"{file.Relative}: {clause.Value.Trim()}").ToList();

        Assert.True(offenders.Count == 0, "Catches outside Writing/:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Only_the_write_path_saves_changes()
    {
        // Loading reference and demo data at start-up runs before any user and is no user's change; signing in keeps
        // its own books (sessions, failed attempts), as Identity's store does, outside the records history tells of, and so
        // do personal access tokens (created, used, revoked); the mail outbox keeps a queue's books (claimed, sent, tried
        // again), and an unsubscribe link is followed by nobody signed in, so it has no actor for the write path to name.
        // Preparing the database (migrations, then reference and demo data) takes and gives back an advisory lock so that
        // two instances starting at once prepare it once; the lock changes no data.
        string[] loaders =
        [
            Path.Combine("Data", "DatabasePreparation.cs"),
            Path.Combine("Data", "ReferenceDataLoader.cs"),
            "DemoData" + Path.DirectorySeparatorChar,
            Path.Combine("Security", "Accounts") + Path.DirectorySeparatorChar,
            Path.Combine("Security", "Tokens") + Path.DirectorySeparatorChar,
            Path.Combine("Features", "Mail", "Outbox") + Path.DirectorySeparatorChar,
            Path.Combine("Features", "Mail", "Unsubscribing") + Path.DirectorySeparatorChar,
        ];
        var offenders = (
            from file in SourceFiles()
            where !file.Relative.StartsWith("Writing" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !loaders.Any(l => file.Relative.StartsWith(l, StringComparison.Ordinal))
            from Match save in SaveCall().Matches(file.Text)
            select $"{file.Relative}: {save.Value}").ToList();

        Assert.True(offenders.Count == 0, "Changes saved outside Writing/ (go through Writes.RunAsync):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void No_code_matches_rule_codes_by_their_text()
    {
        var offenders = (
            from file in SourceFiles()
            from Match match in RuleTextMatch().Matches(file.Text)
            select $"{file.Relative}: {match.Value}").ToList();

        Assert.True(offenders.Count == 0, "Rule codes matched by text (declare RuleFields instead):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_guards_see_the_code_they_guard()
    {
        var files = SourceFiles().ToList();
        Assert.Contains(files, f => f.Relative == Path.Combine("Writing", "Writes.cs") && CatchClause().IsMatch(f.Text) && SaveCall().IsMatch(f.Text));
        Assert.True(files.Count > 200, $"Only {files.Count} source files were read from {WebSourceFiles.Project}.");
    }

    /// <summary>Reading a sheet tries a value against the domain's rules to report it at its row; it writes nothing.</summary>
    private static bool IsReading(string relative) =>
        relative.Contains(Path.Combine("Initiatives", "Importing"), StringComparison.Ordinal);

    private static IEnumerable<(string Relative, string Text)> SourceFiles() => WebSourceFiles.All();

    [GeneratedRegex(@"catch\s*\(\s*(?<type>[\w.]+)[^)]*\)(\s*when\s*\((?<filter>[^\r\n]*))?")]
    private static partial Regex CatchClause();

    [GeneratedRegex(@"\.(SaveChanges|SaveChangesAsync|ExecuteUpdate|ExecuteUpdateAsync|ExecuteDelete|ExecuteDeleteAsync|ExecuteSqlRaw|ExecuteSqlRawAsync|ExecuteSqlInterpolated|ExecuteSqlInterpolatedAsync|ExecuteSql|ExecuteSqlAsync)\s*\(")]
    private static partial Regex SaveCall();

    [GeneratedRegex(@"\b(Rule|rule|code)\s*\.\s*(StartsWith|EndsWith|Contains)\s*\(|\bStartsWith\(\s*""[a-z-]+\.[a-z.-]*""")]
    private static partial Regex RuleTextMatch();
}
