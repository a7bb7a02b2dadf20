using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.IntegrationTests.BriefingPacks;
using MobilityPartnerships.Web.Features.BriefingPacks.Excel;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests.Spreadsheets;

/// <summary>A briefing pack's workbook opens in other programs: exceljs and openpyxl read every cell with the value and type the Open XML SDK reads.</summary>
public sealed class BriefingPackInOtherProgramsTests(BriefingPackFixture fixture) : IClassFixture<BriefingPackFixture>
{
    [Fact]
    public async Task A_briefing_packs_workbook_reads_alike_in_exceljs_and_openpyxl()
    {
        var focalPoint = await TestAccounts.CreateAsync(fixture, "Pack reader in other programs", Role.FocalPoint, fixture.CommissionId, fixture.PartnershipId);
        var outcome = await PackFiles.GatherAsync(fixture, focalPoint, fixture.MeetingId);
        Assert.IsType<AccessDecision.Allowed>(outcome.Decision);
        using var stream = new MemoryStream();
        BriefingPackWorkbook.Write(PackFiles.Layout(fixture, outcome.Pack!), stream);

        await OtherPrograms.AssertReadAlikeAsync(stream.ToArray());
    }
}
