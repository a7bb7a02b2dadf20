using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Scoreboards;

/// <summary>
/// A partnership of 300 participants, each leading an initiative: its page starts its connection (the state the
/// prerender hands over grows with the participants, and outgrew what a hub message could hold), and a lead outside
/// the 100 the filter lists is typed by name and narrows the scoreboard.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ManyParticipantsPageTests(AppFixture app)
{
    private const int Participants = 300;

    [Fact]
    public async Task The_page_of_a_partnership_of_three_hundred_participants_turns_interactive_and_a_lead_is_typed()
    {
        var partnership = Guid.NewGuid();
        var agencies = $"Lead {partnership.ToString()[..4]}";
        await app.Database.ExecuteAsync("""
            INSERT INTO partnerships (id, name, kind, status, signed_on, priorities)
            VALUES ($1, 'Partnership of many participants (page)', 'MobilityPartnership', 'InImplementation', DATE '2009-01-01', '{}');
            """, partnership);
        await app.Database.ExecuteAsync($"""
            INSERT INTO organisations (id, name, short_name, kind, signs_through_presidency)
            SELECT gen_random_uuid(), 'Leading ' || $1 || ' ' || lpad(n::text, 3, '0'), $1 || ' ' || lpad(n::text, 3, '0'), 'NationalAgency', false
            FROM generate_series(1, {Participants}) AS n;
            """, agencies);
        await app.Database.ExecuteAsync("""
            INSERT INTO partnership_participants (id, partnership_id, organisation_id, basis, joined_on, joined_on_precision, source)
            SELECT gen_random_uuid(), $1, o.id, 'NonSignatory', NULL, 'Unknown', 'Test of a partnership of many participants'
            FROM organisations o WHERE o.short_name LIKE $2 || ' %';
            """, partnership, agencies);
        await app.Database.ExecuteAsync("""
            INSERT INTO initiatives (id, partnership_id, reference_code, title, pillar, status, novelty, is_shareable, lead_organisation_id)
            SELECT gen_random_uuid(), $1, 'MP-' || right(o.short_name, 3), 'Initiative led by ' || o.short_name, 'LegalMigration', 'Ongoing', 'New', true, o.id
            FROM organisations o WHERE o.short_name LIKE $2 || ' %';
            """, partnership, agencies);

        var page = await app.OpenAsync($"partnerships/{partnership}");

        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex($"^\\s*{Participants} initiatives "));
        await page.Locator("#filter-lead").FillAsync($"{agencies} 300");
        await page.Locator("#filter-lead").PressAsync("Enter");
        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex("^\\s*1 initiative "));
        await Expect(page.Locator(".scoreboard-title-value a")).ToHaveTextAsync($"Initiative led by {agencies} 300");
    }
}
