namespace MobilityPartnerships.TestSupport;

/// <summary>Finds files of the repository (and the shared folder beside it) from a test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SharedFolder => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MobilityPartnerships.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with MobilityPartnerships.sln) was not found above " + AppContext.BaseDirectory);
    }
}
