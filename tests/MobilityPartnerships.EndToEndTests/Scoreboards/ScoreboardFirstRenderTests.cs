using System.Globalization;
using System.Net;

namespace MobilityPartnerships.EndToEndTests.Scoreboards;

/// <summary>
/// The first render is true: the page as the server sends it, before any script runs, already shows the scoreboard's
/// real first page of rows and the real totals (not an empty grid and "0 initiatives · € 0.00" until it turns interactive).
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ScoreboardFirstRenderTests(AppFixture app)
{
    [Fact]
    public async Task The_prerendered_partnership_page_holds_the_first_page_of_rows_and_the_real_totals()
    {
        var moldova = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
        var count = await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE partnership_id = $1 AND NOT is_archived", moldova);
        // The total budget as the scoreboard sums it: the known figures, and how many initiatives lack one (no line, or a line without a figure).
        var known = await app.Database.ScalarAsync<decimal?>("""
            SELECT sum(f.total_budget) FROM funding_lines f JOIN initiatives i ON i.id = f.initiative_id
            WHERE i.partnership_id = $1 AND NOT i.is_archived
            """, moldova);
        var unknown = await app.Database.ScalarAsync<long>("""
            SELECT count(*) FROM initiatives i
            WHERE i.partnership_id = $1 AND NOT i.is_archived
              AND (NOT EXISTS (SELECT 1 FROM funding_lines f WHERE f.initiative_id = i.id)
                   OR EXISTS (SELECT 1 FROM funding_lines f WHERE f.initiative_id = i.id AND f.total_budget IS NULL))
            """, moldova);
        var budget = known is { } sum ? "€\u00a0" + sum.ToString("N2", CultureInfo.InvariantCulture) + (unknown > 0 ? $" + {unknown} not known" : string.Empty)
            : $"not known ({unknown})";
        var firstPage = await app.Database.RowsAsync("SELECT title FROM initiatives WHERE partnership_id = $1 AND NOT is_archived ORDER BY title, id LIMIT 25", moldova);
        Assert.True(count > 1, "The demo's Moldova has initiatives.");
        await using var signedIn = await app.NewContextAsync();

        // A plain GET: what the browser shows before any script runs.
        var response = await signedIn.APIRequest.GetAsync($"partnerships/{moldova}");

        Assert.Equal(200, response.Status);
        var html = WebUtility.HtmlDecode(await response.TextAsync());
        var totals = html[html.IndexOf("id=\"scoreboard-totals\"", StringComparison.Ordinal)..];
        totals = totals[..totals.IndexOf("</", StringComparison.Ordinal)];
        Assert.Contains($"{count} initiatives", totals, StringComparison.Ordinal);
        Assert.Contains($"total budget {budget} ·", totals, StringComparison.Ordinal);
        var grid = html[html.IndexOf("scoreboard-grid", StringComparison.Ordinal)..];
        var at = 0;
        foreach (var title in firstPage)
        {
            var found = grid.IndexOf(">" + title + "<", at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"The prerendered grid lacks \"{title}\" in its place.");
            at = found;
        }
    }
}
