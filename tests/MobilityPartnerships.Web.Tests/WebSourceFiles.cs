using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.Web.Tests;

/// <summary>
/// The web project's own source files (C# and Razor), without build output and generated migrations, for the tests
/// that keep the code's shape (one write path, the data layer below the slices).
/// </summary>
internal static class WebSourceFiles
{
    public static readonly string Project = Path.Combine(RepositoryPaths.Root, "src", "MobilityPartnerships.Web");

    /// <summary>Each file's path relative to the project and its text.</summary>
    public static IEnumerable<(string Relative, string Text)> All() =>
        Directory.EnumerateFiles(Project, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Project, path))
            .Where(relative => !relative.StartsWith("bin", StringComparison.Ordinal) && !relative.StartsWith("obj", StringComparison.Ordinal)
                && !relative.StartsWith(Path.Combine("Data", "Migrations"), StringComparison.Ordinal))
            .Select(relative => (relative, File.ReadAllText(Path.Combine(Project, relative))));
}
