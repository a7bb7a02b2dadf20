using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Indicators;

/// <summary>The focal point reports an indicator's value in the browser and sees it in the table and in the on-track badge.</summary>
[Collection(RunningApp.Name)]
public sealed class IndicatorReportingTests(AppFixture app)
{
    [Fact]
    public async Task The_focal_point_reports_a_value_and_sees_it_in_the_table_and_the_badge()
    {
        var scene = await IndicatorScene.StoreAsync(app, "Workers placed through the pilot");
        var page = await app.OpenAsync($"initiatives/{scene.InitiativeId}", "focal.point@mobility-partnerships.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Workers placed through the pilot" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Workers placed through the pilot");
        await Expect(page.GetByTestId("indicator-on-track")).ToContainTextAsync("Not judged");
        await AppFixture.WaitForInteractivityAsync(page);

        await page.GetByLabel("Reporting period").FillAsync(scene.Quarter);
        await page.GetByLabel("Value (persons)").FillAsync("abc");
        await page.GetByTestId("indicator-report").ClickAsync();
        await Expect(page.GetByText("'abc' is not a number: write it like 1,234.56.")).ToBeVisibleAsync();
        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_id = $1", scene.IndicatorId));

        await page.GetByLabel("Value (persons)").FillAsync("100");
        await page.GetByTestId("indicator-report").ClickAsync();

        var row = page.GetByTestId("indicator-value");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(scene.Quarter);
        await Expect(row).ToContainTextAsync("100");
        await Expect(row).ToContainTextAsync("Demo focal point");
        await Expect(page.GetByTestId("indicator-on-track")).ToHaveTextAsync("On track");
        await Expect(page.Locator("svg[data-testid=indicator-chart] circle.reported")).ToHaveCountAsync(1);

        // Correcting the value: the period already has one, so the new value replaces it only once confirmed.
        // The form is drawn afresh with the period's value; typing before it arrives would type into the old form.
        await page.GetByTestId("indicator-correct").ClickAsync();
        await Expect(page.GetByLabel("Value (persons)")).ToHaveValueAsync("100");
        await page.GetByLabel("Value (persons)").FillAsync("90");
        await page.GetByTestId("indicator-report").ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Expect(confirm).ToContainTextAsync($"{scene.Quarter} already has a value: 100, reported by Demo focal point");
        await Expect(confirm).ToContainTextAsync("It will be replaced by 90.");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(confirm).ToHaveCountAsync(0);
        Assert.Equal(100m, await app.Database.ScalarAsync<decimal>("SELECT value FROM indicator_values WHERE indicator_id = $1", scene.IndicatorId));

        await page.GetByTestId("indicator-report").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Replace the value" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("90");
        Assert.Equal(90m, await app.Database.ScalarAsync<decimal>("SELECT value FROM indicator_values WHERE indicator_id = $1", scene.IndicatorId));
    }
}
