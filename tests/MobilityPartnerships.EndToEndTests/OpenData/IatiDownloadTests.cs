using System.Net;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.OpenData;

/// <summary>
/// The "Open data (IATI XML)" download over HTTP: sign-in first for anonymous users, the file for who may see the
/// partnership, and the not-found page for a partnership outside the user's scope or with nothing to publish.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class IatiDownloadTests(AppFixture app)
{
    private const string TaskForce = "task.force@mobility-partnerships.example";

    private Task<Guid> PartnershipAsync(string name) =>
        app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = $1", name);

    [Fact]
    public async Task An_anonymous_request_is_sent_to_sign_in_and_gets_no_data()
    {
        var georgia = await PartnershipAsync("Mobility Partnership with Georgia");
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseAddress };

        using var response = await client.GetAsync($"partnerships/{georgia}/open-data/iati.xml", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("iati-activit", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_partnership_page_offers_the_file_and_the_link_downloads_it_as_xml()
    {
        var georgia = await PartnershipAsync("Mobility Partnership with Georgia");
        var page = await app.OpenAsync($"partnerships/{georgia}");

        var link = page.GetByTestId("open-data-iati");
        await Expect(link).ToHaveTextAsync("Open data (IATI XML)");
        await Expect(link).ToHaveAttributeAsync("href", $"partnerships/{georgia}/open-data/iati.xml");
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("iati-activities-mobility-partnership-with-georgia.xml", download.SuggestedFilename);

        var response = await page.Context.APIRequest.GetAsync($"partnerships/{georgia}/open-data/iati.xml");
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/xml", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.StartsWith("attachment;", response.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Contains("<iati-activities version=\"2.03\"", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_of_georgia_only_gets_the_not_found_page_for_moldova()
    {
        var moldova = await PartnershipAsync("Mobility Partnership with the Republic of Moldova");
        var georgia = await PartnershipAsync("Mobility Partnership with Georgia");
        await using var context = await app.NewContextAsync(TaskForce);

        var refused = await context.APIRequest.GetAsync($"partnerships/{moldova}/open-data/iati.xml");
        Assert.Equal(404, refused.Status);
        var text = await refused.TextAsync();
        Assert.Contains("Page not found", text, StringComparison.Ordinal);
        Assert.DoesNotContain("iati-activit", text, StringComparison.Ordinal);

        Assert.Equal(200, (await context.APIRequest.GetAsync($"partnerships/{georgia}/open-data/iati.xml")).Status);
    }

    [Fact]
    public async Task A_partnership_with_nothing_to_publish_offers_no_file()
    {
        var capeVerde = await PartnershipAsync("Mobility Partnership with the Republic of Cape Verde");
        var page = await app.OpenAsync($"partnerships/{capeVerde}");

        await Expect(page.GetByTestId("open-data-iati")).ToBeDisabledAsync();
        Assert.Equal(404, (await page.Context.APIRequest.GetAsync($"partnerships/{capeVerde}/open-data/iati.xml")).Status);
    }
}
