using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sylvan.Data.Csv;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Scoreboards;

/// <summary>The export downloads over HTTP, without a browser page: files for a signed-in user, 400 with a reason, 404, and a sign-in for nobody.</summary>
[Collection(RunningApp.Name)]
public sealed class ScoreboardExportTests(AppFixture app)
{
    [Fact]
    public async Task A_signed_in_user_downloads_the_scoreboard_as_csv_and_xlsx_named_after_the_partnership()
    {
        var moldova = await PartnershipAsync("Mobility Partnership with the Republic of Moldova");
        var georgia = await PartnershipAsync("Mobility Partnership with Georgia");
        await using var signedIn = await app.NewContextAsync();

        var csv = await signedIn.APIRequest.GetAsync($"partnerships/{moldova}/scoreboard/export.csv?group=pillar&columns=all");
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("text/csv", csv.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("filename=Moldova-scoreboard-", csv.Headers["content-disposition"], StringComparison.Ordinal);
        var body = await csv.BodyAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], body.Take(3));
        Assert.StartsWith("Reference code,Title,Pillar,", Encoding.UTF8.GetString(body, 3, body.Length - 3), StringComparison.Ordinal);

        var xlsx = await signedIn.APIRequest.GetAsync($"scoreboards/export.xlsx?partnership={moldova}&partnership={georgia}");
        Assert.Equal(200, xlsx.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Headers["content-type"]);
        Assert.Contains("filename=scoreboards-", xlsx.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.BodyAsync()).Take(2));
    }

    [Fact]
    public async Task The_scoreboards_export_menu_links_to_every_row_of_the_view_in_its_order_not_only_its_page()
    {
        var georgia = await PartnershipAsync("Mobility Partnership with Georgia");
        var page = await app.OpenAsync($"partnerships/{georgia}?size=10&sort=Status&desc=1");
        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex(@"^\s*[1-9]\d* initiatives"));
        var count = int.Parse(Regex.Match(await page.Locator("#scoreboard-totals").InnerTextAsync(), @"(\d+) initiatives").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 10, "the view has more rows than its first page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync();
        var link = page.GetByRole(AriaRole.Menuitem, new() { Name = "CSV (.csv), as shown" });
        await Expect(link).ToHaveAttributeAsync("download", string.Empty);
        var href = await link.GetAttributeAsync("href");
        Assert.Contains("sort=Status&desc=1", href, StringComparison.Ordinal);
        Assert.Contains("columns=shown", href, StringComparison.Ordinal);

        var csv = await page.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, csv.Status);
        var body = await csv.BodyAsync();
        using var reader = CsvDataReader.Create(new StringReader(Encoding.UTF8.GetString(body, 3, body.Length - 3)), new CsvDataReaderOptions { Delimiter = ',' });
        string[] order = ["Proposed", "Planned", "Ongoing", "Completed", "Cancelled"];
        var statuses = new List<int>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            statuses.Add(Array.IndexOf(order, reader.GetString(reader.GetOrdinal("Status"))));
        }

        Assert.Equal(count, statuses.Count);
        Assert.Equal(statuses.OrderDescending(), statuses);
    }

    [Theory]
    [InlineData("partnerships/{0}/scoreboard/export.xlsx?pillar=Nope", "pillar=Nope")]
    [InlineData("partnerships/{0}/scoreboard/export.csv?columns=some", "columns=some")]
    [InlineData("scoreboards/export.xlsx", "partnership=")]
    [InlineData("scoreboards/export.xlsx?partnership=Moldova", "'Moldova'")]
    public async Task A_query_not_understood_answers_400_with_the_reason(string path, string reason)
    {
        var moldova = await PartnershipAsync("Mobility Partnership with the Republic of Moldova");
        await using var signedIn = await app.NewContextAsync();

        var response = await signedIn.APIRequest.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, moldova));

        Assert.Equal(400, response.Status);
        Assert.Contains(reason, await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_partnership_answers_404_and_nobody_signed_in_is_sent_to_sign_in()
    {
        var moldova = await PartnershipAsync("Mobility Partnership with the Republic of Moldova");
        await using var signedIn = await app.NewContextAsync();
        Assert.Equal(404, (await signedIn.APIRequest.GetAsync($"partnerships/{Guid.CreateVersion7()}/scoreboard/export.xlsx")).Status);

        await using var anonymous = await app.AnonymousContextAsync();
        var refused = await anonymous.APIRequest.GetAsync($"partnerships/{moldova}/scoreboard/export.csv", new() { MaxRedirects = 0 });
        Assert.Equal(302, refused.Status);
        Assert.Contains("/sign-in", refused.Headers["location"], StringComparison.Ordinal);
    }

    private Task<Guid> PartnershipAsync(string name) =>
        app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = $1", name);
}
