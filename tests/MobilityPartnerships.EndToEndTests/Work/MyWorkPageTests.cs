using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Work;

/// <summary>
/// Signing in lands on "My work": Sweden's official marks an action point their account owns done from there, and the
/// focal point sees, for each of their partnerships, what needs an update and who leads it.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class MyWorkPageTests(AppFixture app)
{
    private const string FocalPoint = "focal.point@mobility-partnerships.example";
    private const string Sweden = "sweden@mobility-partnerships.example";

    [Fact]
    public async Task An_official_lands_on_my_work_after_signing_in_and_marks_their_action_point_done_there()
    {
        var point = Guid.CreateVersion7();
        await app.Database.ExecuteAsync(
            """
            INSERT INTO action_points (id, meeting_id, partnership_id, text, owner_account_id, due_on, status)
            SELECT $1, m.id, m.partnership_id, 'Send the seasonal-work figures', a.id, m.held_on + 30, 'Open'
            FROM meetings m, accounts a
            WHERE a.email = $2 AND m.partnership_id = (SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova')
            ORDER BY m.held_on DESC, m.id LIMIT 1
            """,
            point,
            Sweden);

        await using var context = await app.AnonymousContextAsync();
        var page = await context.NewPageAsync();
        await AppFixture.SignInAsync(page, Sweden, AppFixture.Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My work", Level = 1 })).ToBeVisibleAsync();
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await AppFixture.WaitForInteractivityAsync(page);

        // Sweden takes part in Moldova's initiatives; the counts are there, and the action point its account owns.
        await Expect(page.GetByTestId("work-initiative").First).ToBeVisibleAsync();
        var row = page.GetByTestId("work-action-point").Filter(new() { HasText = "Send the seasonal-work figures" });
        await row.GetByTestId("work-mark-done").ClickAsync();
        await Expect(page.GetByTestId("work-action-point-outcome")).ToHaveTextAsync("Marked done: Send the seasonal-work figures");
        await Expect(row).ToHaveCountAsync(0);
        Assert.Equal("Done", await app.Database.ScalarAsync<string>("SELECT status FROM action_points WHERE id = $1", point));

        // Reloaded, it is no longer asked of them.
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My work", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("work-action-point").Filter(new() { HasText = "Send the seasonal-work figures" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_focal_point_sees_for_each_of_their_partnerships_what_needs_an_update_and_who_leads_it()
    {
        var page = await app.OpenAsync("my-work", FocalPoint);

        var moldova = page.GetByTestId("work-partnership").Filter(new() { HasText = "Mobility Partnership with the Republic of Moldova" });
        await Expect(moldova).ToHaveCountAsync(1);
        await Expect(moldova.GetByTestId("work-stale-initiative").First).ToBeVisibleAsync();
        await Expect(moldova.GetByTestId("work-count-stale")).ToContainTextAsync("Need an update:");

        // Each item links to where it is done: the initiative, to post its progress.
        await moldova.GetByTestId("work-stale-initiative").First.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/initiatives/", StringComparison.Ordinal));
    }
}
