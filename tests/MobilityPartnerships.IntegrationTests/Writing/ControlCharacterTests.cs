using System.Text;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.IntegrationTests.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Writing;

/// <summary>
/// Characters a reader cannot see are refused at the field, by every surface that writes (the form and the API share the
/// write path; the import reports the cell): any control character in a text of one line, and in a text of several lines
/// any but line breaks and tabs; a title that shows nothing (zero-width and other invisible characters) or forces its
/// direction (an override shows it reversed). Nothing is stored. Line breaks are stored as "\n" whoever writes them, and
/// lengths are counted as PostgreSQL counts them. An indicator's dates lie in the product's years.
/// </summary>
public sealed class ControlCharacterTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Pilot\u0007", "The title holds a control character (U+0007) that cannot be shown: remove it.")]
    [InlineData("Pilot \u001b[31m", "The title holds a control character (U+001B) that cannot be shown: remove it.")]
    [InlineData("Pilot\nsecond line", "The title must be on one line: remove the line break.")]
    [InlineData("Pilot\r\nsecond line", "The title must be on one line: remove the line break.")]
    public async Task A_title_with_a_control_character_is_refused_at_the_title_and_nothing_changes(string title, string message)
    {
        var scene = await Scene.StoreAsync(fixture);
        var (draft, version) = await DraftAsync(scene);
        draft.Title = title;

        var outcome = await fixture.Get<EditInitiative>().SaveAsync(scene.PartnershipId, scene.InitiativeId, version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(InitiativeDraft.Title), message), (error.Path, error.Message));
        Assert.Equal("Labour migration pilot", await StoredAsync(scene, i => i.Title));
    }

    [Fact]
    public async Task A_summary_keeps_its_line_breaks_and_tabs_but_not_another_control_character()
    {
        var scene = await Scene.StoreAsync(fixture);
        var editing = fixture.Get<EditInitiative>();
        var (draft, version) = await DraftAsync(scene);
        draft.Summary = "First line\r\nSecond line\n\tindented";

        Assert.IsType<WriteOutcome.Done>(await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, version, draft, Token));
        Assert.Equal("First line\nSecond line\n\tindented", await StoredAsync(scene, i => i.Summary));

        (draft, version) = await DraftAsync(scene);
        draft.Summary = "Ring\u0007the bell";
        var outcome = await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(InitiativeDraft.Summary), "The summary holds a control character (U+0007) that cannot be shown: remove it."), (error.Path, error.Message));
        Assert.Equal("First line\nSecond line\n\tindented", await StoredAsync(scene, i => i.Summary));
    }

    [Theory]
    [InlineData("\u200B", "Title is required.")]
    [InlineData("\uFEFF\u2060\u00AD", "Title is required.")]
    [InlineData("\u202Eevil.exe", "The title holds a character that forces the direction of the text (U+202E), so that it can show other than it reads: remove it.")]
    public async Task A_title_that_shows_nothing_or_forces_its_direction_is_refused_at_the_title_and_nothing_changes(string title, string message)
    {
        var scene = await Scene.StoreAsync(fixture);
        var (draft, version) = await DraftAsync(scene);
        draft.Title = title;

        var outcome = await fixture.Get<EditInitiative>().SaveAsync(scene.PartnershipId, scene.InitiativeId, version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(InitiativeDraft.Title), message), (error.Path, error.Message));
        Assert.Equal("Labour migration pilot", await StoredAsync(scene, i => i.Title));
    }

    [Fact]
    public async Task A_title_of_300_emoji_is_stored_whole_as_the_database_counts_them()
    {
        var scene = await Scene.StoreAsync(fixture);
        var (draft, version) = await DraftAsync(scene);
        draft.Title = string.Concat(Enumerable.Repeat("\U0001F600", 300));

        Assert.IsType<WriteOutcome.Done>(await fixture.Get<EditInitiative>().SaveAsync(scene.PartnershipId, scene.InitiativeId, version, draft, Token));

        Assert.Equal(draft.Title, await StoredAsync(scene, i => i.Title));
    }

    [Theory]
    [InlineData(true, "Indicators[0].BaselineDate")]
    [InlineData(false, "Indicators[0].TargetDate")]
    public async Task An_indicator_date_out_of_the_product_s_years_is_refused_at_its_field_and_nothing_changes(bool baseline, string path)
    {
        var scene = await Scene.StoreAsync(fixture);
        var (draft, version) = await DraftAsync(scene);
        var indicator = new IndicatorDraft { Name = "Workers placed", Unit = "percent" };
        if (baseline)
        {
            (indicator.BaselineValue, indicator.BaselineDate) = (7.5m, new DateOnly(1, 1, 1));
        }
        else
        {
            (indicator.TargetValue, indicator.TargetDate) = (10m, new DateOnly(9999, 12, 31));
        }

        draft.Indicators = [indicator];

        var outcome = await fixture.Get<EditInitiative>().SaveAsync(scene.PartnershipId, scene.InitiativeId, version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((path, "Choose a day between 1 January 1990 and 31 December 2100."), (error.Path, error.Message));
        await using var db = await fixture.CreateContextAsync();
        Assert.False(await db.Initiatives.AsNoTracking().Where(i => i.Id == scene.InitiativeId).SelectMany(i => i.Indicators).AnyAsync(Token));
    }

    [Fact]
    public async Task The_import_reports_the_cell_and_stores_nothing()
    {
        var scene = await Scene.StoreAsync(fixture);
        var csv = $"Reference code,Title\n{scene.ReferenceCode},\"Labour migration\npilot\"\nNEW-1,\"New \u0007 one\"\nNEW-2,\"\u202Eeno wen\"\n";
        var request = Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes(csv), "sheet.csv", new ImportSettings { DefaultPillar = Domain.Pillars.Pillar.LegalMigration });

        var preview = await Importing.PreviewAsync(fixture.Services, request);

        Assert.Equal([RowOutcome.Refused, RowOutcome.Refused, RowOutcome.Refused], preview.Rows.Select(r => r.Outcome));
        Assert.Equal("Row 2, Title: The title must be on one line: remove the line break.", Assert.Single(preview.Rows[0].Problems).ToString());
        Assert.Equal("Row 3, Title: The title holds a control character (U+0007) that cannot be shown: remove it.", Assert.Single(preview.Rows[1].Problems).ToString());
        Assert.Equal("Row 4, Title: The title holds a character that forces the direction of the text (U+202E), so that it can show other than it reads: remove it.", Assert.Single(preview.Rows[2].Problems).ToString());
        Assert.Equal("Labour migration pilot", await StoredAsync(scene, i => i.Title));
    }

    private async Task<(InitiativeDraft Draft, uint Version)> DraftAsync(Scene scene)
    {
        var loaded = await fixture.Get<EditInitiative>().LoadAsync(scene.InitiativeId, Token);
        Assert.NotNull(loaded);
        return (loaded.Draft.Copy(), loaded.Version);
    }

    private async Task<string?> StoredAsync(Scene scene, System.Linq.Expressions.Expression<Func<Domain.Initiatives.Initiative, string?>> read)
    {
        await using var db = await fixture.CreateContextAsync();
        return await db.Initiatives.AsNoTracking().Where(i => i.Id == scene.InitiativeId).Select(read).SingleAsync(Token);
    }
}
