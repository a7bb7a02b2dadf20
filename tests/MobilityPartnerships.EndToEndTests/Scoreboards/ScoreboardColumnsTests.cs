using MobilityPartnerships.EndToEndTests.Languages;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Scoreboards;

/// <summary>
/// The grid's headers are the catalogue's grid columns in their order, with the two columns that are no field's at their
/// places: a column added to the catalogue shows with no other edit.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ScoreboardColumnsTests(AppFixture app)
{
    private const string Headers = "section[aria-labelledby=scoreboard-heading] table thead th";

    // In English only: the French headers are the same keys' French texts (InitiativeFieldsTests checks each has one), and
    // a French page as the app's first request names the time zone in French in every later moment ("UTC+01:00", not "CET").
    [Fact]
    public async Task The_grids_headers_are_the_catalogues_columns_in_order()
    {
        var language = InLanguage.English;
        var moldova = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = $1", "Mobility Partnership with the Republic of Moldova");
        (int Position, string Key)[] notFields = [(ScoreboardGrid.TitlePosition, "Scoreboard_Initiative"), (ScoreboardGrid.IndicatorsPosition, "Indicator_ScoreboardColumn")];
        var expected = InitiativeFields.GridColumns.Select(c => (c.Position, Key: c.LabelKey))
            .Concat(notFields)
            .OrderBy(c => c.Position)
            .Select(c => language.Text(c.Key))
            .ToList();

        var page = await language.OpenAsync(app, $"partnerships/{moldova}?cols={string.Join(',', Enum.GetValues<ScoreboardColumn>())}");
        await Expect(page.Locator(Headers)).ToHaveCountAsync(expected.Count);
        var headers = await page.Locator(Headers).AllInnerTextsAsync();
        Assert.Equal(expected, headers.Select(h => h.Trim()));

        var hidden = await language.OpenAsync(app, $"partnerships/{moldova}?cols=");
        await Expect(hidden.Locator(Headers)).ToHaveCountAsync(2);
        Assert.Equal([language.Text("Scoreboard_Initiative"), language.Text("Indicator_ScoreboardColumn")], (await hidden.Locator(Headers).AllInnerTextsAsync()).Select(h => h.Trim()));
        await page.Context.CloseAsync();
        await hidden.Context.CloseAsync();
    }
}
