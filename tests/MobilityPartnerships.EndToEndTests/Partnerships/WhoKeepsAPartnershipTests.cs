using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Partnerships;

/// <summary>
/// The focal point who opens a partnership may change it at once; a user who reads a partnership but may not change it
/// is told why, and by whom it is changed.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class WhoKeepsAPartnershipTests(AppFixture app)
{
    private const string FocalPoint = "focal.point@mobility-partnerships.example";
    private const string Sweden = "sweden@mobility-partnerships.example";

    [Fact]
    public async Task A_member_state_official_is_told_why_they_may_not_change_the_partnership_and_who_can()
    {
        var moldova = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
        var page = await app.OpenAsync($"partnerships/{moldova}", Sweden);

        var notice = page.GetByTestId("read-only-notice");
        await Expect(notice.GetByTestId("read-only-why")).ToHaveTextAsync("You can read this partnership and add initiatives to it, but not change the partnership itself: a Member State official changes only the initiatives their state leads or takes part in.");
        await Expect(notice.GetByTestId("read-only-who")).ToContainTextAsync("It is changed by its focal points: Demo focal point (Commission).");
        await Expect(notice.GetByTestId("read-only-who")).ToContainTextAsync("Demo official of Sweden (Sweden)");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Change status" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_focal_point_who_opens_a_partnership_may_change_it_at_once_and_is_named_as_its_focal_point()
    {
        var name = $"Mobility Partnership opened in the browser {Guid.NewGuid():N}"[..60];
        var page = await app.OpenAsync("partnerships", FocalPoint);
        await page.GetByRole(AriaRole.Button, new() { Name = "New partnership" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Name").FillAsync(name);
        await dialog.GetByLabel("Kind").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Bilateral migration partnership" }).ClickAsync();
        await dialog.GetByLabel("Since").FillAsync("5 Nov 2026");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "New partnership" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("partnerships/[0-9a-f-]{36}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Change status" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("read-only-notice")).ToHaveCountAsync(0);
        var id = Guid.Parse(page.Url[^36..]);
        Assert.Equal(1L, await app.Database.ScalarAsync<long>(
            "SELECT count(*) FROM partnership_assignments p JOIN accounts a ON a.id = p.account_id WHERE p.partnership_id = $1 AND a.email = $2", id, FocalPoint));
    }
}
