using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.PublishedScoreboards;

/// <summary>The focal point publishes Moldova's scoreboard, changes an initiative's status, and sees the change when comparing the latest version with today.</summary>
[Collection(RunningApp.Name)]
public sealed class PublishAndCompareTests(AppFixture app)
{
    private const string Moldova = "Mobility Partnership with the Republic of Moldova";
    private const string Title = "FRONTEX working arrangement with Moldova";

    [Fact]
    public async Task The_focal_point_publishes_edits_a_status_and_sees_it_old_to_new_in_the_comparison_with_today()
    {
        var partnership = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = $1", Moldova);
        var initiative = await app.Database.ScalarAsync<Guid>("SELECT i.id FROM initiatives i WHERE i.partnership_id = $1 AND i.title = $2", partnership, Title);
        const string focalPoint = "focal.point@mobility-partnerships.example";

        var page = await app.OpenAsync($"partnerships/{partnership}/versions", focalPoint);
        await AppFixture.WaitForInteractivityAsync(page);
        await page.GetByLabel("Note").FillAsync("Published by the browser test");
        var versions = await app.Database.ScalarAsync<long>("SELECT count(*) FROM published_scoreboards WHERE partnership_id = $1", partnership);

        // Publishing asks first and says what cannot be undone; cancelling stores nothing.
        await page.GetByTestId("publish").ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Expect(confirm).ToContainTextAsync("This cannot be undone: a published version can never be changed or removed.");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(confirm).ToHaveCountAsync(0);
        Assert.Equal(versions, await app.Database.ScalarAsync<long>("SELECT count(*) FROM published_scoreboards WHERE partnership_id = $1", partnership));

        await page.GetByTestId("publish").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Publish for good" }).ClickAsync();
        await Expect(page.GetByTestId("versions")).ToContainTextAsync("Published by the browser test");
        await Expect(page.GetByTestId("versions")).ToContainTextAsync("Demo focal point (Commission)");
        Assert.Equal(versions + 1, await app.Database.ScalarAsync<long>("SELECT count(*) FROM published_scoreboards WHERE partnership_id = $1", partnership));

        await page.GotoAsync($"initiatives/{initiative}/edit");
        await AppFixture.WaitForEditorAsync(page);
        await page.GetByLabel("Status").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Completed", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/edit$"));

        await page.GotoAsync($"partnerships/{partnership}/versions/compare");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Compare scoreboards");
        var changed = page.GetByTestId("compare-changed").Locator(".mud-paper").Filter(new() { HasText = Title });
        await Expect(changed.GetByTestId("change-Status")).ToHaveTextAsync("Status: Ongoing → Completed");
        await Expect(page.GetByTestId("compare-sides")).ToContainTextAsync("today's scoreboard");
    }
}
