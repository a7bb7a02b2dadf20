using System.Diagnostics;
using System.Globalization;
using System.Text;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;

/// <summary>
/// Time and memory of exporting a 10,000-initiative scoreboard (20,000 funding lines) as .xlsx and .csv, all
/// columns. Not a test: it runs only when asked for explicitly (scripts/bench/export), and asserts nothing about
/// time. Each figure is the median of <c>BENCH_RUNS</c> runs (5 by default) after one warm-up run per format.
/// </summary>
public sealed class ExportBenchmark(LargeScoreboardFixture fixture) : IClassFixture<LargeScoreboardFixture>
{
    [Fact(Explicit = true)]
    [Trait("Category", "Benchmark")]
    public async Task Exporting_ten_thousand_rows()
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable("BENCH_RUNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 5;
        Assert.True(ExportQuery.TryParse(fixture.PartnershipId, "?columns=all", out var request, out var problem), problem);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Export of {LargeScoreboardFixture.InitiativeCount:N0} initiatives (all columns), median of {runs} runs after a warm-up; {Environment.ProcessorCount} cores");
        foreach (var format in new[] { "xlsx", "csv" })
        {
            await MeasureAsync(request, format);
            var measures = new List<Measure>();
            for (var i = 0; i < runs; i++)
            {
                measures.Add(await MeasureAsync(request, format));
            }

            Assert.All(measures, m => Assert.Equal(LargeScoreboardFixture.InitiativeCount, m.Rows));
            report.AppendLine(CultureInfo.InvariantCulture, $"""
                {format}: {Median(measures, m => m.Total.TotalMilliseconds):F0} ms (database {Median(measures, m => m.Load.TotalMilliseconds):F0} ms, writing {Median(measures, m => m.Write.TotalMilliseconds):F0} ms); file {measures[0].FileBytes / 1024.0 / 1024.0:F1} MiB
                  allocated {Median(measures, m => m.Allocated) / 1024.0 / 1024.0:F0} MiB; managed heap peak {Median(measures, m => m.HeapGrowth) / 1024.0 / 1024.0:F0} MiB above the {Median(measures, m => m.HeapBefore) / 1024.0 / 1024.0:F0} MiB before; process working set peak {measures.Max(m => m.WorkingSetPeak) / 1024.0 / 1024.0:F0} MiB
                """);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        var output = Environment.GetEnvironmentVariable("BENCH_OUTPUT") ?? Path.Combine(RepositoryPaths.Root, ".local", "bench-export.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, report.ToString(), TestContext.Current.CancellationToken);
    }

    private async Task<Measure> MeasureAsync(ExportRequest request, string format)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var sampler = new PeakSampler();
        var clock = Stopwatch.StartNew();

        var export = await fixture.Get<ExportScoreboards>().LoadAsync(request, TestContext.Current.CancellationToken);
        var load = clock.Elapsed;
        var path = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName());
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                if (format == "xlsx")
                {
                    XlsxScoreboardWriter.Write(export!, file);
                }
                else
                {
                    await CsvScoreboardWriter.WriteAsync(export!.Partnerships[0], export.Columns, file, TestContext.Current.CancellationToken);
                }
            }

            var total = clock.Elapsed;
            var (heapPeak, workingSetPeak) = sampler.Stop();
            return new Measure(
                export!.RowCount,
                total,
                load,
                total - load,
                GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
                heapBefore,
                Math.Max(0, heapPeak - heapBefore),
                workingSetPeak,
                new FileInfo(path).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static double Median<T>(List<T> values, Func<T, double> of)
    {
        var sorted = values.Select(of).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record Measure(int Rows, TimeSpan Total, TimeSpan Load, TimeSpan Write, long Allocated, long HeapBefore, long HeapGrowth, long WorkingSetPeak, long FileBytes);

    /// <summary>Samples the managed heap and the process's working set every few milliseconds and keeps the highest of each.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task<(long Heap, long WorkingSet)> sampling;

        public PeakSampler() => sampling = Task.Run(() => SampleAsync(stop.Token));

        public (long Heap, long WorkingSet) Stop()
        {
            stop.Cancel();
            return sampling.GetAwaiter().GetResult();
        }

        public void Dispose() => stop.Dispose();

        private static async Task<(long Heap, long WorkingSet)> SampleAsync(CancellationToken token)
        {
            using var process = Process.GetCurrentProcess();
            long heap = 0, workingSet = 0;
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
            do
            {
                process.Refresh();
                heap = Math.Max(heap, GC.GetTotalMemory(forceFullCollection: false));
                workingSet = Math.Max(workingSet, process.WorkingSet64);
            }
            while (!token.IsCancellationRequested && await NextAsync(timer, token));

            return (heap, workingSet);
        }

        private static async Task<bool> NextAsync(PeriodicTimer timer, CancellationToken token)
        {
            try
            {
                return await timer.WaitForNextTickAsync(token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }
}
