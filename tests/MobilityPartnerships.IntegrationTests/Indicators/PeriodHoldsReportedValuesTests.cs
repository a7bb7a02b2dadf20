using System.Text;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Indicators.Details;
using MobilityPartnerships.Web.Features.Indicators.Removing;
using MobilityPartnerships.Web.Features.Indicators.Reporting;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Writing;
using Importing = MobilityPartnerships.IntegrationTests.Initiatives.Importing.Importing;

namespace MobilityPartnerships.IntegrationTests.Indicators;

/// <summary>
/// An initiative's implementation period keeps the values reported for its indicators: shortened from 2010–2012 to the
/// first quarter of 2011, it left 2010 Q1, 2010 H2, 2011 Q3 and 2011 Q4 outside, still counted as the latest value and on
/// track, and no longer correctable ("2011 Q4 ends after the initiative's implementation"). Such a change is refused, at
/// the month that leaves them out, naming them, on the edit form (and so the API, which stores through it) and in an
/// import; nothing changes. A period that still holds them, or that becomes unknown, is stored.
/// </summary>
public sealed class PeriodHoldsReportedValuesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string FourLeftOut =
        "4 values reported for the initiative's indicators lie outside this implementation period: Workers placed (2010 Q1, 2010 H2, 2011 Q3, 2011 Q4). "
        + "They would still count, yet could no longer be corrected. Keep a period that includes them, or first remove those values on their indicator's page.";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_period_shortened_over_reported_values_is_refused_at_its_end_naming_them_and_nothing_changes()
    {
        var (scene, indicatorId) = await ReportedAsync();
        var before = await fixture.Get<GetIndicator>().ExecuteAsync(scene.InitiativeId, indicatorId, Token);

        var outcome = await SaveAsync(scene, new DateOnly(2011, 1, 1), new DateOnly(2011, 3, 1));

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(InitiativeDraft.EndMonth), FourLeftOut), (error.Path, error.Message));
        Assert.Equal(["2010-01-01 2012-12-01 36"], await PeriodAsync(scene));
        Assert.Equal(4L, await ValuesAsync(indicatorId));
        var after = await fixture.Get<GetIndicator>().ExecuteAsync(scene.InitiativeId, indicatorId, Token);
        Assert.Equal((before!.Latest, before.IsOnTrack), (after!.Latest, after.IsOnTrack));
    }

    [Fact]
    public async Task A_later_start_over_a_reported_value_is_refused_at_the_start_naming_it()
    {
        var (scene, _) = await ReportedAsync();

        var outcome = await SaveAsync(scene, new DateOnly(2010, 4, 1), new DateOnly(2012, 12, 1));

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(
            (nameof(InitiativeDraft.StartMonth), "A value reported for the initiative's indicators lies outside this implementation period: Workers placed (2010 Q1). It would still count, yet could no longer be corrected. Keep a period that includes it, or first remove that value on its indicator's page."),
            (error.Path, error.Message));
        Assert.Equal(["2010-01-01 2012-12-01 36"], await PeriodAsync(scene));
    }

    [Fact]
    public async Task A_period_that_still_holds_every_reported_value_or_becomes_unknown_is_stored()
    {
        var (scene, _) = await ReportedAsync();

        Assert.IsType<WriteOutcome.Done>(await SaveAsync(scene, new DateOnly(2010, 1, 1), new DateOnly(2011, 12, 1)));
        Assert.Equal(["2010-01-01 2011-12-01 24"], await PeriodAsync(scene));

        // An unknown month leaves out nothing: a value is checked only against a month that is known.
        Assert.IsType<WriteOutcome.Done>(await SaveAsync(scene, null, null));
        Assert.Equal(["- - -"], await PeriodAsync(scene));
    }

    [Fact]
    public async Task An_import_that_shortens_the_period_over_reported_values_flags_the_row_and_stores_nothing()
    {
        var (scene, indicatorId) = await ReportedAsync();
        var csv = $"Reference code,Title,Start,End\n{scene.ReferenceCode},Labour migration pilot,January 2011,March 2011\n";
        var request = Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes(csv), "sheet.csv", new ImportSettings());

        var preview = await Importing.PreviewAsync(fixture.Services, request);

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Refused, row.Outcome);
        Assert.Equal($"Row 2, End: {FourLeftOut}", Assert.Single(row.Problems).ToString());
        Assert.IsType<WriteOutcome.Invalid>(await fixture.Get<ImportInitiatives>().ConfirmAsync(request, preview.Fingerprint, CancellationToken.None));
        Assert.Equal(["2010-01-01 2012-12-01 36"], await PeriodAsync(scene));
        Assert.Equal(4L, await ValuesAsync(indicatorId));
    }

    [Fact]
    public async Task An_edit_waits_for_a_report_under_way_on_its_initiative_and_then_sees_the_value_it_stored()
    {
        var (scene, indicatorId) = await ReportedAsync();

        // A report has the initiative and stores a value for 2012 Q1, not yet committed.
        await using var meanwhile = await ValueUnderWay.StoreAsync(fixture.Database.ConnectionString, scene.InitiativeId, indicatorId, new DateOnly(2012, 1, 1), new DateOnly(2012, 3, 31), 70, Token);

        var shortened = SaveAsync(scene, new DateOnly(2010, 1, 1), new DateOnly(2011, 12, 1));
        await Task.Delay(500, Token);
        Assert.False(shortened.IsCompleted, "The edit went ahead while a report had the initiative.");
        await meanwhile.CommitAsync(Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(await shortened).Errors);
        Assert.Equal(nameof(InitiativeDraft.EndMonth), error.Path);
        Assert.StartsWith("A value reported for the initiative's indicators lies outside this implementation period: Workers placed (2012 Q1).", error.Message, StringComparison.Ordinal);
        Assert.Equal(["2010-01-01 2012-12-01 36"], await PeriodAsync(scene));
    }

    [Fact]
    public async Task An_imports_confirm_waits_for_a_report_under_way_and_then_refuses_the_period_that_would_leave_its_value_out()
    {
        var (scene, indicatorId) = await ReportedAsync();

        // Previewed while the period to December 2011 still holds every value on record.
        var csv = $"Reference code,Title,Start,End\n{scene.ReferenceCode},Labour migration pilot,January 2010,December 2011\n";
        var request = Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes(csv), "sheet.csv", new ImportSettings());
        var preview = await Importing.PreviewAsync(fixture.Services, request);
        Assert.Equal(RowOutcome.Update, Assert.Single(preview.Rows).Outcome);

        // A report has the initiative and stores a value for 2012 Q1, not yet committed.
        await using var meanwhile = await ValueUnderWay.StoreAsync(fixture.Database.ConnectionString, scene.InitiativeId, indicatorId, new DateOnly(2012, 1, 1), new DateOnly(2012, 3, 31), 70, Token);

        // The confirm goes ahead until the report's lock holds it up; only then does the report commit.
        var confirm = fixture.Get<ImportInitiatives>().ConfirmAsync(request, preview.Fingerprint, CancellationToken.None);
        await WaitUntilHeldUpByAsync(meanwhile.ProcessId, confirm);
        await meanwhile.CommitAsync(Token);

        Assert.IsType<WriteOutcome.Invalid>(await confirm);
        Assert.Equal(["2010-01-01 2012-12-01 36"], await PeriodAsync(scene));
        Assert.Equal(5L, await ValuesAsync(indicatorId));
    }

    [Fact]
    public async Task A_value_left_outside_the_period_before_the_rule_cannot_be_corrected_but_is_removed_and_the_history_keeps_it()
    {
        var (scene, indicatorId) = await ReportedAsync();

        // Shortened before a period had to keep its values: 2011 Q3 and 2011 Q4 lie after its end, 2011 Q4 the latest value.
        await fixture.Database.ExecuteAsync(
            "UPDATE initiatives SET period_end_month = '2011-03-01', period_duration_months = 15 WHERE id = $1", scene.InitiativeId);
        var correction = await fixture.Get<ReportIndicatorValue>().ExecuteAsync(
            scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2011 Q4", Value = "61", ReplaceConfirmed = true }, Token);
        var refused = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(correction).Errors);
        Assert.Equal("2011 Q4 ends after the initiative's implementation, which ends in March 2011.", refused.Message);

        // Nor does such a value hold up another change of period; only one it would newly leave out does.
        Assert.IsType<WriteOutcome.Done>(await SaveAsync(scene, new DateOnly(2010, 1, 1), new DateOnly(2011, 6, 1)));

        var removal = fixture.Get<RemoveIndicatorValue>();
        Assert.IsType<WriteOutcome.Done>(await removal.ExecuteAsync(scene.InitiativeId, indicatorId, ReportingPeriod.Parse("2011 Q4")!, Token));
        Assert.IsType<WriteOutcome.Done>(await removal.ExecuteAsync(scene.InitiativeId, indicatorId, ReportingPeriod.Parse("2011 Q3")!, Token));

        Assert.Equal(
            ["2010-01-01 5.0000", "2010-07-01 20.0000"],
            await fixture.Database.RowsAsync("SELECT period_start || ' ' || value FROM indicator_values WHERE indicator_id = $1 ORDER BY period_start", indicatorId));
        Assert.Equal("2010 H2", (await fixture.Get<GetIndicator>().ExecuteAsync(scene.InitiativeId, indicatorId, Token))!.Latest!.Period.ToString());
        var history = await fixture.Database.RowsAsync(
            "SELECT action || ' ' || coalesce(old_value, '-') FROM history_entries WHERE record_type = 'IndicatorValue' AND field = 'Value' AND action = 'Removed' AND aggregate_id = $1 ORDER BY id",
            scene.InitiativeId.ToString());
        Assert.Equal(["Removed 60.00", "Removed 45.00"], history);
    }

    [Fact]
    public async Task A_value_is_removed_only_by_whoever_may_report_the_indicators_and_a_value_removed_meanwhile_is_not_found()
    {
        var (scene, indicatorId) = await ReportedAsync();
        var period = ReportingPeriod.Parse("2010 Q1")!;

        Assert.IsType<WriteOutcome.Done>(await fixture.Get<RemoveIndicatorValue>().ExecuteAsync(scene.InitiativeId, indicatorId, period, Token));
        Assert.IsType<WriteOutcome.NotFound>(await fixture.Get<RemoveIndicatorValue>().ExecuteAsync(scene.InitiativeId, indicatorId, period, Token));
        Assert.IsType<WriteOutcome.NotFound>(await fixture.Get<RemoveIndicatorValue>().ExecuteAsync(scene.InitiativeId, Guid.NewGuid(), ReportingPeriod.Parse("2010 H2")!, Token));
        Assert.Equal(3L, await ValuesAsync(indicatorId));
    }

    /// <summary>Waits until a statement of <paramref name="write"/> waits for a lock that the backend <paramref name="holder"/> holds.</summary>
    private async Task WaitUntilHeldUpByAsync(int holder, Task write)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Token);
        patience.CancelAfter(TimeSpan.FromSeconds(60));
        while (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))", holder) == 0)
        {
            Assert.False(write.IsCompleted, "The write ended without waiting for the lock the report holds.");
            await Task.Delay(50, patience.Token);
        }
    }

    /// <summary>The scene's initiative running from January 2010 to December 2012, with values reported for 2010 Q1, 2010 H2, 2011 Q3 and 2011 Q4.</summary>
    private async Task<(Scene Scene, Guid IndicatorId)> ReportedAsync()
    {
        var scene = await Scene.StoreAsync(fixture);
        await fixture.Database.ExecuteAsync(
            "UPDATE initiatives SET period_start_month = '2010-01-01', period_end_month = '2012-12-01', period_duration_months = 36 WHERE id = $1", scene.InitiativeId);
        var indicatorId = await scene.AddIndicatorAsync(fixture, Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2010, 1, 1), 100m, new DateOnly(2012, 12, 31), null));
        var report = fixture.Get<ReportIndicatorValue>();
        foreach (var (period, value) in new[] { ("2010 Q1", "5"), ("2010 H2", "20"), ("2011 Q3", "45"), ("2011 Q4", "60") })
        {
            Assert.IsType<WriteOutcome.Done>(await report.ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = period, Value = value }, Token));
        }

        return (scene, indicatorId);
    }

    /// <summary>Saves the initiative as the edit form does, with its period changed to <paramref name="start"/> – <paramref name="end"/>.</summary>
    private async Task<WriteOutcome> SaveAsync(Scene scene, DateOnly? start, DateOnly? end)
    {
        var editing = fixture.Get<EditInitiative>();
        var loaded = (await editing.LoadAsync(scene.InitiativeId, Token))!;
        var draft = loaded.Draft.Copy();
        (draft.StartMonth, draft.EndMonth, draft.DurationMonths) = (start, end, null);
        return await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, loaded.Version, draft, Token);
    }

    private Task<IReadOnlyList<string>> PeriodAsync(Scene scene) => fixture.Database.RowsAsync(
        "SELECT coalesce(period_start_month::text, '-') || ' ' || coalesce(period_end_month::text, '-') || ' ' || coalesce(period_duration_months::text, '-') FROM initiatives WHERE id = $1",
        scene.InitiativeId);

    private Task<long> ValuesAsync(Guid indicatorId) =>
        fixture.Database.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_id = $1", indicatorId);
}
