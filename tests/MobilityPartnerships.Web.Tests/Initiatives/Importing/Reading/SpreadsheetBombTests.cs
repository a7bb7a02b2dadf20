using System.Diagnostics;
using MobilityPartnerships.SpreadsheetProbe;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Reading;

/// <summary>
/// Each kind of spreadsheet bomb, read by the product's reader with its default limits in a child process whose heap
/// is capped at 300 MB: the child ends normally with the refusal and its message. How long it takes and how much memory
/// it holds is measured by scripts/bench/bombs, not asserted here.
/// </summary>
public sealed class SpreadsheetBombTests
{
    private static readonly SpreadsheetLimits Defaults = new();

    public static TheoryData<string, string> Bombs => new()
    {
        { SpreadsheetBombs.WideRow, ImportMessages.TooManyCellsInRow("Initiatives", 1, Defaults.MaxCellsPerRow) },
        { SpreadsheetBombs.FarColumn, ImportMessages.TooManyCells(Defaults.MaxCells) },
        { SpreadsheetBombs.SharedStrings, ImportMessages.TooManyTexts(Defaults.MaxSharedStrings) },
        { SpreadsheetBombs.BlankRows, ImportMessages.TooManyBlankRows(Defaults.MaxBlankRows) },
        { SpreadsheetBombs.Compressed, ImportMessages.PartTooLarge("xl/worksheets/sheet1.xml", Defaults.MaxPartBytes) },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public void A_bomb_is_refused_with_its_message_by_a_reader_whose_heap_is_capped(string kind, string message)
    {
        var file = Path.Combine(Path.GetTempPath(), $"bomb-{kind}-{Guid.NewGuid():N}.xlsx");
        try
        {
            SpreadsheetBombs.Write(kind, file);
            var (exitCode, output) = Probe("read", file);
            Assert.True(exitCode == 0, $"The reader ended with {exitCode}: {output}");
            Assert.Contains($"refused: {message}", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_bombs_are_small_files()
    {
        // What makes them bombs: a few kilobytes to a few megabytes on disk, well below the file size limit.
        foreach (var kind in SpreadsheetBombs.Kinds)
        {
            using var content = new MemoryStream();
            SpreadsheetBombs.Write(kind, content);
            Assert.True(content.Length < Defaults.MaxFileBytes, $"{kind}: {content.Length} bytes");
        }
    }

    /// <summary>Runs the probe beside this assembly in a process whose heap is capped at 300 MB; its exit code and output.</summary>
    private static (int ExitCode, string Output) Probe(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["DOTNET_GCHeapHardLimit"] = "0x12C00000", ["DOTNET_gcServer"] = "0" },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MobilityPartnerships.SpreadsheetProbe.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();

        // A guard against a hung child only, not a measure: the bench script measures time.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The reader did not end: {output}");
        }

        return (process.ExitCode, output + error.Result);
    }
}
