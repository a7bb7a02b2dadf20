using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Tests.Data;

/// <summary>
/// Keeps the data layer below the slices: nothing under <c>Data/</c> names a feature's type (a feature may use the data
/// layer, never the other way round), and every mapping of a record to its table is under <c>Data/Configurations</c>.
/// </summary>
public sealed partial class DataLayerGuardTests
{
    private static readonly string DataFolder = "Data" + Path.DirectorySeparatorChar;
    private static readonly string ConfigurationsFolder = Path.Combine("Data", "Configurations") + Path.DirectorySeparatorChar;

    [Fact]
    public void The_data_layer_names_no_feature()
    {
        var offenders = (
            from file in SourceFiles()
            where file.Relative.StartsWith(DataFolder, StringComparison.Ordinal)
            from line in file.Text.Split('\n').Select((text, index) => (Text: text, Number: index + 1))
            where FeatureName().IsMatch(line.Text) && !line.Text.TrimStart().StartsWith("//", StringComparison.Ordinal)
            select $"{file.Relative}:{line.Number}: {line.Text.Trim()}").ToList();

        Assert.True(offenders.Count == 0, "The data layer names features (move the type below Data/, or the use above it):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Every_table_mapping_is_under_Data_Configurations()
    {
        var offenders = (
            from file in SourceFiles()
            where !file.Relative.StartsWith(ConfigurationsFolder, StringComparison.Ordinal) && TableMapping().IsMatch(file.Text)
            select file.Relative).ToList();

        Assert.True(offenders.Count == 0, "Table mappings outside Data/Configurations:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_guards_see_the_code_they_guard()
    {
        var files = SourceFiles().ToList();
        Assert.Contains(files, f => f.Relative == Path.Combine("Data", "AppDbContext.cs") && f.Text.Contains("DbSet<", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Relative == Path.Combine("Data", "Configurations", "InitiativeConfiguration.cs") && TableMapping().IsMatch(f.Text));
        Assert.Contains(files, f => f.Relative.StartsWith(Path.Combine("Features", "Mail"), StringComparison.Ordinal) && FeatureName().IsMatch(f.Text));
        Assert.True(files.Count(f => f.Relative.StartsWith(DataFolder, StringComparison.Ordinal)) > 30, "Too few files read under Data/.");
    }

    private static IEnumerable<(string Relative, string Text)> SourceFiles() => WebSourceFiles.All();

    [GeneratedRegex(@"\bFeatures\s*\.")]
    private static partial Regex FeatureName();

    [GeneratedRegex(@"IEntityTypeConfiguration\s*<|\.ToTable\s*\(")]
    private static partial Regex TableMapping();
}
