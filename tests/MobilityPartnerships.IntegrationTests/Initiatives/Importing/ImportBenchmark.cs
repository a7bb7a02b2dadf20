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
/// each step after a warm-up on a small sheet, with the process's peak working set and bytes allocated.
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
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var request = Importing.Request(fixture.Services, partnershipId, sheet, "bench.csv", new ImportSettings());
        var read = clock.Elapsed;
        var preview = await Importing.PreviewAsync(fixture.Services, request);
        var previewed = clock.Elapsed;
        Assert.True(preview.CanConfirm, string.Join('\n', preview.Problems.Take(5)) + $" {preview.OpenQuestions} open questions");
        var outcome = await fixture.Get<ImportInitiatives>().ConfirmAsync(request, preview.Fingerprint, CancellationToken.None);
        var confirmed = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Assert.Equal(new ImportOutcome.Imported(Rows, 0, 0), outcome);
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Import of a {Rows:N0}-row CSV sheet ({sheet.Length / 1024d / 1024:0.0} MB; European amounts, month ranges, organisation names):")
            .AppendLine(CultureInfo.InvariantCulture, $"  read the file:                 {read.TotalSeconds:0.00} s")
            .AppendLine(CultureInfo.InvariantCulture, $"  preview (every rule, no write): {(previewed - read).TotalSeconds:0.00} s")
            .AppendLine(CultureInfo.InvariantCulture, $"  confirm (plan again + one transaction): {(confirmed - previewed).TotalSeconds:0.00} s")
            .AppendLine(CultureInfo.InvariantCulture, $"  total:                         {confirmed.TotalSeconds:0.00} s")
            .AppendLine(CultureInfo.InvariantCulture, $"  bytes allocated:               {allocated / 1024d / 1024:0} MB")
            .AppendLine(CultureInfo.InvariantCulture, $"  process peak working set:      {Process.GetCurrentProcess().PeakWorkingSet64 / 1024d / 1024:0} MB")
            .ToString();
        await File.WriteAllTextAsync(Environment.GetEnvironmentVariable("BENCH_OUTPUT") ?? Path.Combine(Path.GetTempPath(), "bench-import.txt"), report, TestContext.Current.CancellationToken);
    }

    private async Task RunAsync(Guid partnershipId, byte[] sheet, string name)
    {
        var request = Importing.Request(fixture.Services, partnershipId, sheet, name, new ImportSettings());
        Assert.IsType<ImportOutcome.Imported>(await Importing.ConfirmAsync(fixture.Services, request));
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
