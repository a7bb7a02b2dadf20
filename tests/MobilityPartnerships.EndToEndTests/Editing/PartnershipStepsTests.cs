using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Editing;

/// <summary>Recording steps of a partnership and an initiative's progress in the browser.</summary>
[Collection(RunningApp.Name)]
public sealed class PartnershipStepsTests(AppFixture app)
{
    [Fact]
    public async Task An_accession_before_the_signature_is_refused_at_the_date_and_a_valid_one_shows_in_the_signatories_and_the_history()
    {
        var page = await app.OpenAsync("partnerships");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mobility Partnership with Georgia" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a participant" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Add a participant" });
        await dialog.GetByLabel("Organisation").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Croatia", Exact = true }).ClickAsync();
        // The server's answer to the choice redraws the dialog: the date is typed once it has come, as a person would.
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Croatia", Exact = true })).ToHaveCountAsync(0);
        await Expect(dialog.GetByLabel("Organisation")).ToHaveValueAsync("Croatia");
        await dialog.GetByLabel("Joined on").FillAsync("1 June 2009");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add a participant" }).ClickAsync();

        await Expect(dialog).ToContainTextAsync("Croatia cannot accede on 1 June 2009, before the joint declaration was signed on 30 November 2009.");

        await dialog.GetByLabel("Joined on").FillAsync("1 July 2014");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add a participant" }).ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator("section[aria-labelledby=signatories-heading]")).ToContainTextAsync("Croatia");
        await Expect(page.GetByTestId("history-line").Filter(new() { HasText = "Participant added: organisation Croatia" })).ToContainTextAsync("joined on 1 July 2014");
    }

    [Fact]
    public async Task A_progress_update_shows_as_the_last_update_and_clears_the_no_update_flag()
    {
        var id = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiatives WHERE title = $1", "Support to the Georgian Civil Registry Agency");
        var page = await app.OpenAsync($"initiatives/{id}");
        await Expect(page.GetByTestId("progress-last")).ToHaveTextAsync("No progress update yet.");

        await page.GetByLabel("Rating").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Delayed" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();
        await Expect(page.GetByText("What happened is required.")).ToBeVisibleAsync();
        await page.GetByLabel("What happened").FillAsync("Equipment delivery postponed to spring.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();

        await Expect(page.GetByTestId("progress-last")).ToContainTextAsync("(today): Delayed");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mobility Partnership with Georgia" }).ClickAsync();
        await page.Locator("#scoreboard-search").FillAsync("Georgian Civil Registry Agency");
        var row = page.Locator("section[aria-labelledby=scoreboard-heading] table tbody tr.mud-table-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("flag-rating")).ToHaveTextAsync("Delayed");
        await Expect(row.GetByTestId("flag-stale")).ToHaveCountAsync(0);
    }
}
