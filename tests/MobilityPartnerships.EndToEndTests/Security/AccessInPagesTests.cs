using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Security;

/// <summary>What a Member State's official sees: no edit control on another country's initiative, and a refusal when they go to its edit page anyway.</summary>
[Collection(RunningApp.Name)]
public sealed class AccessInPagesTests(AppFixture app)
{
    private const string Sweden = "sweden@mobility-partnerships.example";

    [Fact]
    public async Task A_member_state_official_sees_no_edit_control_on_another_countrys_initiative_and_a_forced_edit_is_refused()
    {
        var other = await app.Database.ScalarAsync<Guid>(
            """
            SELECT i.id FROM initiatives i JOIN partnerships p ON p.id = i.partnership_id
            WHERE p.name = 'Mobility Partnership with the Republic of Moldova'
              AND i.lead_organisation_id IS DISTINCT FROM (SELECT id FROM organisations WHERE country_code = 'SE' AND kind = 'MemberState')
              AND NOT EXISTS (SELECT 1 FROM initiative_partners ip WHERE ip.initiative_id = i.id AND ip.organisation_id = (SELECT id FROM organisations WHERE country_code = 'SE' AND kind = 'MemberState'))
            LIMIT 1
            """);

        var page = await app.OpenAsync($"initiatives/{other}", Sweden);
        await Expect(page.Locator("dl")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("edit-initiative")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Archive" })).ToHaveCountAsync(0);

        var forced = await app.OpenAsync($"initiatives/{other}/edit", Sweden);
        await Expect(forced.GetByTestId("access-refused")).ToContainTextAsync("You may not change this initiative.");
        await Expect(forced.GetByLabel("Title", new() { Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_member_state_official_sees_only_the_partnerships_their_state_takes_part_in()
    {
        var page = await app.OpenAsync("partnerships", Sweden);

        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Mobility Partnership with the Republic of Moldova" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Mobility Partnership with Georgia" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "New partnership" })).ToHaveCountAsync(0);

        var georgia = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with Georgia'");
        var forced = await app.OpenAsync($"partnerships/{georgia}", Sweden);

        // Answered as a partnership that does not exist: nothing says it does.
        await Expect(forced.Locator("h1")).ToHaveTextAsync("Page not found");
        await Expect(forced.GetByText("Georgia")).ToHaveCountAsync(0);
    }
}
