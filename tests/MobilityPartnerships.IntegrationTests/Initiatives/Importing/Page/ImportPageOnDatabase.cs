using System.Globalization;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Page;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing.Page;

/// <summary>
/// The import page over the database, as its user drives it: open it for a partnership, upload a file, wait for the
/// preview. The sheets it writes name partners no organisation is called.
/// </summary>
internal static class ImportPageOnDatabase
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>A partnership led by a new agency; its id and the agency's name.</summary>
    public static async Task<(Guid Id, string Lead)> PartnershipAsync(DatabaseFixture fixture)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var lead = Organisation.Create($"Lead agency {suffix}", null, OrganisationKind.NationalAgency);
        var partnership = Partnership.Open($"Questions partnership {suffix}", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.RecordSignature(new DateOnly(2010, 1, 15));
        partnership.RecordOriginalSignatory(lead);
        await using var db = await fixture.CreateContextAsync();
        db.Organisations.Add(lead);
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        return (partnership.Id, lead.Name);
    }

    /// <summary>
    /// A CSV of <paramref name="rows"/> new initiatives, each naming as its partner "Unknown Agency Number i" — a different
    /// name on each row when <paramref name="distinct"/>, otherwise the same on every row.
    /// </summary>
    public static byte[] Sheet(int rows, string lead, bool distinct)
    {
        var csv = new StringBuilder("Title,Pillar,Status,Lead,Implementing partners\n");
        for (var i = 1; i <= rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Initiative number {i},Legal migration,Planned,{lead},Unknown Agency Number {(distinct ? i : 1)}\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>Uploads <paramref name="content"/> on the page and waits until its preview is shown.</summary>
    public static void Upload(IRenderedComponent<ImportPage> page, byte[] content, string fileName = "questions.csv")
    {
        page.WaitForElement("[data-testid=import-file]", Patience);
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, fileName));
        WaitForPreview(page);
    }

    /// <summary>Waits until the page shows a preview and is no longer working.</summary>
    public static void WaitForPreview(IRenderedComponent<ImportPage> page) =>
        page.WaitForAssertion(
            () =>
            {
                Assert.Empty(page.FindAll("[data-testid=import-progress]"));
                Assert.Empty(page.FindAll("[data-testid=import-refused]"));
                Assert.NotEmpty(page.FindAll("[data-testid=import-preview]"));
            },
            Patience);

    /// <summary>The elements of the page's markup (as a browser's <c>document.querySelectorAll("*")</c> counts them).</summary>
    public static int Elements(IRenderedComponent<ImportPage> page) => page.FindAll("*").Count;
}
