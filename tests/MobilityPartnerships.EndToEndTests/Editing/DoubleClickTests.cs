using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Editing;

/// <summary>
/// A double-click writes once: its two events reach the circuit before the button is shown disabled, and each of a
/// progress update's and a comment's forms posted twice, two identical records in the list and the history.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class DoubleClickTests(AppFixture app)
{
    [Fact]
    public async Task A_double_click_posts_one_progress_update_and_one_comment()
    {
        // An initiative of a partnership of its own, so that no figure of the demo data moves.
        var scene = await Api.ApiScene.StoreAsync(app);
        var suffix = scene.Suffix;
        var page = await app.OpenAsync($"initiatives/{scene.Return}");

        await page.GetByLabel("Rating").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "At risk" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "At risk" })).ToHaveCountAsync(0);
        await page.GetByLabel("What happened").FillAsync($"Posted by a double-click {suffix}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post update" }).DblClickAsync();
        // The list of updates, not the text anywhere: the form's field holds the same words until the post is done.
        await Expect(page.GetByTestId("progress-entry").Filter(new() { HasText = suffix })).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("What happened")).ToHaveValueAsync(string.Empty);

        await page.GetByLabel("Your comment").FillAsync($"Commented by a double-click {suffix}");
        await page.GetByTestId("comment-post").DblClickAsync();
        await Expect(page.GetByTestId("comment").Filter(new() { HasText = suffix })).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Your comment")).ToHaveValueAsync(string.Empty);

        // Read again from the database once the page shows both, and on a page opened afresh.
        await page.ReloadAsync();
        await Expect(page.GetByTestId("comment").Filter(new() { HasText = suffix })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("progress-entry").Filter(new() { HasText = suffix })).ToHaveCountAsync(1);
        Assert.Equal(1L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM progress_updates WHERE narrative = $1", $"Posted by a double-click {suffix}"));
        Assert.Equal(1L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiative_comments WHERE text = $1", $"Commented by a double-click {suffix}"));
    }
}
