using System.Diagnostics;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.BriefingPacks.Building;
using MobilityPartnerships.Web.Features.BriefingPacks.Excel;
using MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

namespace MobilityPartnerships.IntegrationTests.BriefingPacks;

/// <summary>Makes a meeting's pack as the endpoints do, for a user, and reads the files back as other programs would.</summary>
internal static class PackFiles
{
    public static async Task<BriefingPackOutcome> GatherAsync(DatabaseFixture fixture, ClaimsPrincipal user, Guid meetingId)
    {
        await using var scope = fixture.As(user);
        return await scope.ServiceProvider.GetRequiredService<GetBriefingPack>().ExecuteAsync(meetingId, TestContext.Current.CancellationToken);
    }

    public static PackDocument Layout(DatabaseFixture fixture, BriefingPack pack) => fixture.Get<PackLayout>().Of(pack);

    public static byte[] Pdf(DatabaseFixture fixture, PackDocument document)
    {
        using var stream = new MemoryStream();
        fixture.Get<BriefingPackPdf>().Write(document, stream);
        return stream.ToArray();
    }

    public static WorkbookReader Workbook(PackDocument document)
    {
        var stream = new MemoryStream();
        BriefingPackWorkbook.Write(document, stream);
        stream.Position = 0;
        return new WorkbookReader(stream);
    }

    /// <summary>The PDF's text per page, as poppler's pdftotext extracts it with the layout kept (Debian package poppler-utils).</summary>
    public static async Task<IReadOnlyList<string>> TextPagesAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName() + ".pdf");
        await File.WriteAllBytesAsync(path, pdf, TestContext.Current.CancellationToken);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-layout", "-enc", "UTF-8", path, "-" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start.");
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, $"pdftotext failed: {await errors}");

            // pdftotext ends every page with a form feed.
            var pages = (await output).Split('\f');
            return pages[^1].Trim().Length == 0 ? pages[..^1] : pages;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
