using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Security;

/// <summary>A task-force member comments on an initiative of the partnership they are given; the partner country's official does not see comments at all.</summary>
[Collection(RunningApp.Name)]
public sealed class CommentsInPagesTests(AppFixture app)
{
    [Fact]
    public async Task A_task_force_member_posts_a_comment_that_the_partner_countrys_official_never_sees()
    {
        var initiative = await app.Database.ScalarAsync<Guid>(
            "SELECT i.id FROM initiatives i JOIN partnerships p ON p.id = i.partnership_id WHERE p.name = 'Mobility Partnership with Georgia' AND i.is_shareable ORDER BY i.title LIMIT 1");
        var moldovan = await app.Database.ScalarAsync<Guid>(
            "SELECT i.id FROM initiatives i JOIN partnerships p ON p.id = i.partnership_id WHERE p.name = 'Mobility Partnership with the Republic of Moldova' AND i.is_shareable ORDER BY i.title LIMIT 1");

        var page = await app.OpenAsync($"initiatives/{initiative}", "task.force@mobility-partnerships.example");
        await page.GetByLabel("Your comment").FillAsync("Ask the lead for the next dates before the task force meets.");
        await page.GetByTestId("comment-post").ClickAsync();
        await Expect(page.GetByTestId("comment").First).ToContainTextAsync("Ask the lead for the next dates before the task force meets.");
        await Expect(page.GetByTestId("comment").First).ToContainTextAsync("Demo task-force member");

        var administrator = await app.OpenAsync($"initiatives/{moldovan}");
        await administrator.GetByLabel("Your comment").FillAsync("Internal: check the budget with the Member States first.");
        await administrator.GetByTestId("comment-post").ClickAsync();
        await Expect(administrator.GetByTestId("comment").First).ToContainTextAsync("Internal: check the budget");

        var partnerCountry = await app.OpenAsync($"initiatives/{moldovan}", "moldova@mobility-partnerships.example");
        await Expect(partnerCountry.Locator("dl")).ToBeVisibleAsync();
        await Expect(partnerCountry.GetByTestId("comments")).ToHaveCountAsync(0);
        await Expect(partnerCountry.GetByText("Internal: check the budget")).ToHaveCountAsync(0);
    }
}
