using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Import;

/// <summary>Importing a sheet in the browser: problems at their row and column, a question that blocks the confirm until answered, then the rows stored.</summary>
[Collection(RunningApp.Name)]
public sealed class ImportPageTests(AppFixture app)
{
    [Fact]
    public async Task A_row_the_confirm_would_refuse_is_flagged_in_the_preview_and_nothing_is_stored()
    {
        var moldova = await MoldovaAsync();
        var page = await app.OpenAsync($"partnerships/{moldova}/import");

        await UploadAsync(page, "scoreboard.csv",
            "Title,Pillar,Lead,Total budget,EU contribution,Status\n" +
            "Seasonal work pilot with the Moldovan agency,Legal migration,Sweden,\"€ 1.000.000\",\"€ 2.000.000\",Planned\n");

        var problem = page.GetByTestId("row-problem");
        await Expect(problem).ToHaveTextAsync("Row 2, EU contribution: € 2.000.000 is more than the total budget € 1.000.000.");
        await Expect(page.GetByTestId("import-confirm")).ToBeDisabledAsync();
        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE title = 'Seasonal work pilot with the Moldovan agency'"));
    }

    [Fact]
    public async Task An_ambiguous_number_blocks_the_confirm_until_the_user_says_how_it_reads()
    {
        var moldova = await MoldovaAsync();
        var page = await app.OpenAsync($"partnerships/{moldova}/import");

        await UploadAsync(page, "scoreboard.csv",
            "Title;Pillar;Lead;Total budget;EU contribution;Status\n" +
            "Circular migration study with the Moldovan agency;Legal migration;Sweden;1.190;500;Planned\n");

        var question = page.GetByTestId("number-question");
        await Expect(question).ToContainTextAsync("Row 2, Total budget: \"1.190\" is");
        await Expect(page.GetByTestId("import-confirm")).ToBeDisabledAsync();
        await question.GetByText("€ 1,190.00").ClickAsync();

        await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("1 to add");
        await page.GetByTestId("import-confirm").ClickAsync();

        await Expect(page.GetByTestId("import-outcome")).ToContainTextAsync("Imported: 1 added, 0 updated, 0 left unchanged.");
        Assert.Equal(1190m, await app.Database.ScalarAsync<decimal>(
            "SELECT f.total_budget FROM funding_lines f JOIN initiatives i ON i.id = f.initiative_id WHERE i.title = 'Circular migration study with the Moldovan agency'"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_is_refused_on_the_page()
    {
        var moldova = await MoldovaAsync();
        var page = await app.OpenAsync($"partnerships/{moldova}/import");

        await AppFixture.ChooseFileAsync(page, new FilePayload { Name = "minutes.xlsx", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n\0\0") });

        await Expect(page.GetByTestId("import-refused")).ToContainTextAsync("This file is not a spreadsheet.");
        await Expect(page.GetByTestId("import-preview")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_confirm_after_someone_changed_the_stored_initiative_stores_nothing_and_shows_the_preview_again()
    {
        var moldova = await MoldovaAsync();
        var code = "CHG-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var page = await app.OpenAsync($"partnerships/{moldova}/import");
        await UploadAsync(page, "scoreboard.csv",
            "Reference code,Title,Pillar,Lead,Status,Location\n" +
            $"{code},Diaspora skills pilot with the Moldovan agency,Legal migration,Sweden,Planned,Orhei\n");
        await page.GetByTestId("import-confirm").ClickAsync();
        await Expect(page.GetByTestId("import-outcome")).ToContainTextAsync("Imported: 1 added, 0 updated, 0 left unchanged.");

        page = await app.OpenAsync($"partnerships/{moldova}/import");
        await UploadAsync(page, "scoreboard.csv", $"Reference code,Title,Location\n{code},Diaspora skills pilot with the Moldovan agency,Chişinău\n");
        await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("1 to update");
        await app.Database.ExecuteAsync("UPDATE initiatives SET location = 'Bălți' WHERE reference_code = $1", code);
        await page.GetByTestId("import-confirm").ClickAsync();

        await Expect(page.GetByTestId("import-outcome")).ToContainTextAsync("The stored initiatives changed since the preview, so nothing was stored.");
        await Expect(page.GetByTestId("import-preview")).ToContainTextAsync("Bălți");
        Assert.Equal("Bălți", await app.Database.ScalarAsync<string>("SELECT location FROM initiatives WHERE reference_code = $1", code));
    }

    private static async Task UploadAsync(IPage page, string name, string content)
    {
        await AppFixture.ChooseFileAsync(page, new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(content) });
        await Expect(page.GetByTestId("import-preview")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    private Task<Guid> MoldovaAsync() =>
        app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
}
