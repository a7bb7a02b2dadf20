using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Editing;

/// <summary>
/// Months and dates typed into the initiative form as people write them are stored; what is not a month is refused at
/// its field, nothing is saved, and the form says so at the top with focus on the first field at fault.
/// </summary>
[Collection(RunningApp.Name)]
public sealed partial class TypedDatesTests(AppFixture app)
{
    [Fact]
    public async Task A_typed_month_is_stored_and_shown_after_a_reload()
    {
        var id = await InitiativeIdAsync("Exchange of experience on migration management and civil registry");
        var page = await app.OpenAsync($"initiatives/{id}/edit");
        await AppFixture.WaitForEditorAsync(page);

        var start = page.GetByLabel("Start month", new() { Exact = true });
        await start.FillAsync(string.Empty);
        await start.PressSequentiallyAsync("March 2027");
        await Expect(start).ToHaveValueAsync("March 2027");
        var end = page.GetByLabel("End month", new() { Exact = true });
        await end.FillAsync(string.Empty);
        await end.PressSequentiallyAsync("12/2027");
        await page.GetByLabel("Duration in months").FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"initiatives/{id}$"));
        Assert.Equal(new DateOnly(2027, 3, 1), await app.Database.ScalarAsync<DateOnly>("SELECT period_start_month FROM initiatives WHERE id = $1", id));
        Assert.Equal(new DateOnly(2027, 12, 1), await app.Database.ScalarAsync<DateOnly>("SELECT period_end_month FROM initiatives WHERE id = $1", id));

        await page.GotoAsync($"initiatives/{id}/edit");
        await AppFixture.WaitForEditorAsync(page);
        await Expect(page.GetByLabel("Start month", new() { Exact = true })).ToHaveValueAsync("March 2027");
        await Expect(page.GetByLabel("End month", new() { Exact = true })).ToHaveValueAsync("December 2027");
    }

    [Fact]
    public async Task Garbage_in_a_month_field_is_refused_at_the_field_and_nothing_is_saved()
    {
        var id = await InitiativeIdAsync("Information and risk analysis exchange with the Border Guard of Georgia");
        var before = await app.Database.RowsAsync("SELECT concat_ws('|', period_start_month, period_end_month, summary, xmin) FROM initiatives WHERE id = $1", id);
        var page = await app.OpenAsync($"initiatives/{id}/edit");
        await AppFixture.WaitForEditorAsync(page);

        await page.GetByLabel("Summary").FillAsync("A summary that must not be stored.");
        var start = page.GetByLabel("Start month", new() { Exact = true });
        await start.FillAsync("Smarch 2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByText("\"Smarch 2027\": \"Smarch\" is not the name of a month.").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("error-summary")).ToContainTextAsync("Start month: \"Smarch 2027\": \"Smarch\" is not the name of a month.");
        await Expect(start).ToBeFocusedAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/edit$"));
        Assert.Equal(before, await app.Database.RowsAsync("SELECT concat_ws('|', period_start_month, period_end_month, summary, xmin) FROM initiatives WHERE id = $1", id));
    }

    [Fact]
    public async Task A_failed_save_lists_the_fields_at_fault_at_the_top_and_moves_focus_to_the_first()
    {
        var id = await InitiativeIdAsync("Assistance in implementing the EU–Georgia readmission agreement");
        var page = await app.OpenAsync($"initiatives/{id}/edit");
        await AppFixture.WaitForEditorAsync(page);

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(string.Empty);
        await Expect(page.GetByText("Title is required.", new() { Exact = true })).ToBeVisibleAsync();
        var end = page.GetByLabel("End month", new() { Exact = true });
        await end.FillAsync("13/2027");
        await end.PressAsync("Tab");
        await Expect(page.GetByText("\"13/2027\": there is no month 13; months run from 1 to 12.", new() { Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var summary = page.GetByTestId("error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToContainTextAsync("Not saved. Fields to correct: 2.");
        await Expect(summary.GetByTestId("error-summary-item")).ToHaveTextAsync(["Title: Title is required.", "End month: \"13/2027\": there is no month 13; months run from 1 to 12."]);
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeFocusedAsync();
        Assert.Equal("Assistance in implementing the EU–Georgia readmission agreement", await app.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", id));
    }

    private async Task<Guid> InitiativeIdAsync(string title) =>
        await app.Database.ScalarAsync<Guid>("SELECT id FROM initiatives WHERE title = $1", title);
}
