using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Features.Initiatives.Importing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// Not a test: the figures for importing a 10,000-row sheet (reading, preview, confirm), run by
/// scripts/bench/import only. Medians would need several databases' worth of rows, so it reports one run of
/// each step after a warm-up on a small sheet, with the process's peak working set and bytes allocated, and (the machine
/// being shared) each step's CPU time in this process and in the database's server processes, and the load average.
/// </summary>
public sealed class ImportBenchmark(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int Rows = 10_000;

    [Fact(Explicit = true)]
    public async Task Import_a_ten_thousand_row_sheet()
    {
        var (warmUpId, warmUpLead) = await PartnershipAsync();
        await RunAsync(warmUpId, Sheet(50, warmUpLead, "WARM"), "warm-up.csv");
        var (partnershipId, lead) = await PartnershipAsync();

        var sheet = Sheet(Rows, lead, "BENCH");
        var baseline = Memory.Start();
        var start = Step.Now(await BackendsAsync());
        var request = Importing.Request(fixture.Services, partnershipId, sheet, "bench.csv", new ImportSettings());
        var read = Step.Now(await BackendsAsync());
        var preview = await Importing.PreviewAsync(fixture.Services, request);
        var previewed = Step.Now(await BackendsAsync());
        var heldByPreview = Memory.LiveNow() - baseline.Live;
        Assert.True(preview.CanConfirm, string.Join('\n', preview.Problems.Take(5)) + $" {preview.OpenQuestions} open questions");
        var outcome = await fixture.Get<ImportInitiatives>().ConfirmAsync(request, preview.Fingerprint, CancellationToken.None);
        var confirmed = Step.Now(await BackendsAsync());

        Assert.Equal(new Imported(Rows, 0, 0), Importing.Reported(outcome, preview));
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Import of a {Rows:N0}-row CSV sheet ({sheet.Length / 1024d / 1024:0.0} MB; European amounts, month ranges, organisation names), load average {LoadAverage()}:")
            .AppendLine("                                           wall     CPU (app)  CPU (database)  allocated")
            .AppendLine(Line("read the file:", start, read))
            .AppendLine(Line("preview (every rule, no write):", read, previewed))
            .AppendLine(Line("confirm (plan again + one transaction):", previewed, confirmed))
            .AppendLine(Line("total:", start, confirmed))
            .AppendLine(CultureInfo.InvariantCulture, $"  bytes allocated:               {(confirmed.Allocated - start.Allocated) / 1024d / 1024:0} MB")
            .AppendLine(CultureInfo.InvariantCulture, $"  process peak working set:      {Process.GetCurrentProcess().PeakWorkingSet64 / 1024d / 1024:0} MB")
            .AppendLine(CultureInfo.InvariantCulture, $"    of which before the import:  {baseline.WorkingSet / 1024d / 1024:0} MB (the runtime, the test host, the warm-up; {baseline.Live / 1024d / 1024:0} MB live objects)")
            .AppendLine(CultureInfo.InvariantCulture, $"    the import's own:            {(Process.GetCurrentProcess().PeakWorkingSet64 - baseline.WorkingSet) / 1024d / 1024:0} MB at its peak; the preview kept {heldByPreview / 1024d / 1024:0} MB of live objects until the confirm")
            .ToString();
        await File.WriteAllTextAsync(Environment.GetEnvironmentVariable("BENCH_OUTPUT") ?? Path.Combine(Path.GetTempPath(), "bench-import.txt"), report, TestContext.Current.CancellationToken);
    }

    private static string Line(string what, Step from, Step to) => string.Format(
        CultureInfo.InvariantCulture,
        "  {0,-40} {1,6:0.00} s {2,8:0.00} s {3,11} {4,8:0} MB",
        what,
        (to.Wall - from.Wall).TotalSeconds,
        (to.Cpu - from.Cpu).TotalSeconds,
        to.DatabaseCpu is { } t && from.DatabaseCpu is { } f ? $"{t.Sum(p => p.Value - f.GetValueOrDefault(p.Key)):0.00} s" : "n/a",
        (to.Allocated - from.Allocated) / 1024d / 1024);

    /// <summary>
    /// The process's memory before the import: the working set (after a full collection, with the peak reset to it where
    /// Linux allows, so that the peak read afterwards is the import's) and the live objects.
    /// </summary>
    private sealed record Memory(long WorkingSet, long Live)
    {
        public static Memory Start()
        {
            var live = LiveNow();
            if (File.Exists("/proc/self/clear_refs"))
            {
                // "5" resets the peak resident set size (VmHWM, which PeakWorkingSet64 reads) to the current one.
                File.WriteAllText("/proc/self/clear_refs", "5");
            }

            using var process = Process.GetCurrentProcess();
            return new Memory(process.WorkingSet64, live);
        }

        public static long LiveNow() => GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>The server processes of this benchmark's database, whose CPU time is read from /proc when the server runs on this machine.</summary>
    private async Task<IReadOnlyList<int>> BackendsAsync()
    {
        await using var db = await fixture.CreateContextAsync();
        return await db.Database.SqlQueryRaw<int>("""SELECT pid AS "Value" FROM pg_stat_activity WHERE datname = current_database()""").ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A moment of the run: wall clock, this process's CPU time, the database's server processes' CPU time, bytes allocated.</summary>
    private sealed record Step(TimeSpan Wall, TimeSpan Cpu, Dictionary<int, double>? DatabaseCpu, long Allocated)
    {
        private static readonly Stopwatch Clock = Stopwatch.StartNew();

        public static Step Now(IReadOnlyList<int> backends) =>
            new(Clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime, CpuSeconds(backends), GC.GetTotalAllocatedBytes(precise: true));

        /// <summary>User and system time of each process, from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s); null where not readable.</summary>
        private static Dictionary<int, double>? CpuSeconds(IReadOnlyList<int> pids)
        {
            var seconds = new Dictionary<int, double>();
            foreach (var pid in pids)
            {
                var path = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
                if (!File.Exists(path))
                {
                    return null;
                }

                var fields = File.ReadAllText(path);
                var rest = fields[(fields.LastIndexOf(')') + 2)..].Split(' ');
                seconds[pid] = (long.Parse(rest[11], CultureInfo.InvariantCulture) + long.Parse(rest[12], CultureInfo.InvariantCulture)) / 100d;
            }

            return seconds;
        }
    }

    private async Task RunAsync(Guid partnershipId, byte[] sheet, string name)
    {
        var request = Importing.Request(fixture.Services, partnershipId, sheet, name, new ImportSettings());
        Assert.IsType<Imported>(await Importing.ConfirmAsync(fixture.Services, request));
    }

    private static byte[] Sheet(int rows, string lead, string prefix)
    {
        var csv = new StringBuilder("Reference code;Title;Pillar;Lead;Implementation period;Budget/EC contribution;Funding programme;Status;Location\n");
        string[] pillars = ["Legal migration", "Migration and development", "Illegal migration", "International protection and asylum"];
        for (var i = 1; i <= rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{prefix}-{i:00000};Initiative number {i} of the benchmark;{pillars[i % 4]};{lead};January 2020 – December {2021 + (i % 3)};€ 1.234.{i % 1000:000},89 / € 987.654,32;AENEAS 2005;Ongoing;Chişinău\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private async Task<(Guid Id, string Lead)> PartnershipAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var lead = Organisation.Create($"Lead agency {suffix}", null, OrganisationKind.NationalAgency);
        var partnership = Partnership.Open($"Benchmark partnership {suffix}", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.RecordSignature(new DateOnly(2010, 1, 15));
        partnership.RecordOriginalSignatory(lead);
        await using var db = await fixture.CreateContextAsync();
        db.Organisations.Add(lead);
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        Assert.True(await db.Partnerships.AnyAsync(p => p.Id == partnership.Id, TestContext.Current.CancellationToken));
        return (partnership.Id, lead.Name);
    }
}
