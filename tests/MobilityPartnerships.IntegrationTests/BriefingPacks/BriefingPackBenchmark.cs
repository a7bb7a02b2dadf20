using System.Diagnostics;
using System.Globalization;
using System.Text;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Features.BriefingPacks.Excel;

namespace MobilityPartnerships.IntegrationTests.BriefingPacks;

/// <summary>
/// Time to build the briefing pack of a meeting of a 500-initiative partnership (see
/// <see cref="BriefingPackBenchmarkFixture"/>): gathering the pack from the database, wording it, writing the PDF and
/// writing the workbook, each the median and 90th percentile of <c>BENCH_RUNS</c> runs (7 by default) after a
/// warm-up. Not a test: it runs only when asked for explicitly (scripts/bench/briefing-pack), and asserts nothing
/// about time.
/// </summary>
public sealed class BriefingPackBenchmark(BriefingPackBenchmarkFixture fixture) : IClassFixture<BriefingPackBenchmarkFixture>
{
    [Fact(Explicit = true)]
    [Trait("Category", "Benchmark")]
    public async Task Building_the_pack_of_a_five_hundred_initiative_partnership()
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable("BENCH_RUNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 7;
        await MeasureAsync();
        var measures = new List<Measure>();
        for (var i = 0; i < runs; i++)
        {
            measures.Add(await MeasureAsync());
        }

        var last = measures[^1];
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(last.Pdf))
        {
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"Briefing pack of a {BriefingPackBenchmarkFixture.InitiativeCount}-initiative partnership ({BriefingPackBenchmarkFixture.ChangedCount + BriefingPackBenchmarkFixture.AddedCount} changes since the published version, {BriefingPackBenchmarkFixture.ActionPointCount} action points, {BriefingPackBenchmarkFixture.AgendaItemCount} agenda items); {runs} runs after a warm-up; {Environment.ProcessorCount} cores");
            report.AppendLine(Line("model (database)", measures, m => m.Gather));
            report.AppendLine(Line("model (wording)", measures, m => m.Layout));
            report.AppendLine(Line("pdf", measures, m => m.WritePdf));
            report.AppendLine(Line("xlsx", measures, m => m.WriteWorkbook));
            report.AppendLine(Line("total", measures, m => m.Gather + m.Layout + m.WritePdf + m.WriteWorkbook));
            report.AppendLine(CultureInfo.InvariantCulture, $"pdf: {pdf.NumberOfPages} pages, {last.Pdf.Length / 1024.0:F0} KiB; xlsx: {last.WorkbookBytes / 1024.0:F0} KiB; {last.Initiatives} initiatives in the pack");
            TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
            var output = Environment.GetEnvironmentVariable("BENCH_OUTPUT") ?? Path.Combine(RepositoryPaths.Root, ".local", "bench-briefing-pack.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            await File.WriteAllTextAsync(output, report.ToString(), TestContext.Current.CancellationToken);
        }
    }

    private async Task<Measure> MeasureAsync()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var outcome = await PackFiles.GatherAsync(fixture, fixture.Administrator, fixture.MeetingId);
        var gather = clock.Elapsed;
        var pack = outcome.Pack ?? throw new InvalidOperationException($"No pack: {outcome.Decision}");
        var document = PackFiles.Layout(fixture, pack);
        var layout = clock.Elapsed;
        var pdf = PackFiles.Pdf(fixture, document);
        var written = clock.Elapsed;
        long workbookBytes;
        using (var workbook = new MemoryStream())
        {
            BriefingPackWorkbook.Write(document, workbook);
            workbookBytes = workbook.Length;
        }

        var end = clock.Elapsed;
        return new Measure(gather, layout - gather, written - layout, end - written, pdf, workbookBytes, pack.InitiativeCount);
    }

    private static string Line(string what, List<Measure> measures, Func<Measure, TimeSpan> of)
    {
        var sorted = measures.Select(m => of(m).TotalMilliseconds).Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        var p90 = sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(0.9 * sorted.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"{what}: median {median:F0} ms, p90 {p90:F0} ms");
    }

    private sealed record Measure(TimeSpan Gather, TimeSpan Layout, TimeSpan WritePdf, TimeSpan WriteWorkbook, byte[] Pdf, long WorkbookBytes, int Initiatives);
}
