using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Features.Indicators;
using MobilityPartnerships.Web.Features.Indicators.Details;
using MobilityPartnerships.Web.Features.Indicators.Reporting;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Indicators;

/// <summary>Reporting indicator values: refusals that change nothing, the reporter's real name, and the scoreboard's share on track.</summary>
public sealed class IndicatorValueTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("abc")]
    [InlineData("1,5")] // was stored as 15
    [InlineData("1,2,3")] // was stored as 123
    public async Task A_value_that_is_not_a_number_is_refused_with_its_text_and_nothing_is_stored(string typed)
    {
        var (scene, indicatorId) = await WithIndicatorAsync();

        var outcome = await fixture.Get<ReportIndicatorValue>().ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2010 Q3", Value = typed }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(IndicatorValueDraft.Value), $"'{typed}' is not a number: write it like 1,234.56."), (error.Path, error.Message));
        Assert.Equal(0L, await ValuesAsync(indicatorId));
    }

    [Fact]
    public async Task A_period_outside_the_implementation_period_is_refused_and_nothing_is_stored()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();
        var report = fixture.Get<ReportIndicatorValue>();

        var before = await report.ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2010 Q1", Value = "5" }, Token);
        var after = await report.ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2011 H2", Value = "5" }, Token);

        var early = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(before).Errors);
        Assert.Equal((nameof(IndicatorValueDraft.Period), "2010 Q1 begins before the initiative's implementation, which starts in June 2010."), (early.Path, early.Message));
        var late = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(after).Errors);
        Assert.Equal((nameof(IndicatorValueDraft.Period), "2011 H2 ends after the initiative's implementation, which ends in June 2011."), (late.Path, late.Message));
        Assert.Equal(0L, await ValuesAsync(indicatorId));
    }

    [Fact]
    public async Task A_target_date_before_the_baseline_date_is_refused_in_the_editor_and_nothing_changes()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();
        var editing = fixture.Get<EditInitiative>();
        var loaded = await editing.LoadAsync(scene.InitiativeId, Token);
        Assert.NotNull(loaded);
        var draft = loaded.Draft.Copy();
        draft.Indicators[0].TargetDate = new DateOnly(2010, 5, 31);

        var outcome = await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, loaded.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(("Indicators[0].TargetDate", "The target date (31 May 2010) cannot be before the baseline date (1 June 2010)."), (error.Path, error.Message));
        Assert.Equal(new DateOnly(2011, 6, 30), await fixture.Database.ScalarAsync<DateOnly>("SELECT target_date FROM initiative_indicators WHERE id = $1", indicatorId));
    }

    [Fact]
    public async Task A_reported_value_is_stored_with_the_real_users_name_and_an_edit_keeps_it_linked()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();

        var outcome = await fixture.Get<ReportIndicatorValue>().ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2010 h2", Value = "42" }, Token);

        Assert.IsType<WriteOutcome.Done>(outcome);
        var details = await fixture.Get<GetIndicator>().ExecuteAsync(scene.InitiativeId, indicatorId, Token);
        var value = Assert.Single(details!.Values);
        Assert.Equal(("2010 H2", 42m, DatabaseFixture.AdministratorName), (value.Period.ToString(), value.Value, value.ReporterName));

        // Renaming the indicator in the editor keeps its id, so the value stays with it; removing it is refused.
        var editing = fixture.Get<EditInitiative>();
        var loaded = await editing.LoadAsync(scene.InitiativeId, Token);
        var renamed = loaded!.Draft.Copy();
        renamed.Indicators[0].Name = "Workers placed abroad";
        var saved = Assert.IsType<WriteOutcome.Done>(await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, loaded.Version, renamed, Token));
        Assert.Equal("Workers placed abroad", (await fixture.Get<GetIndicator>().ExecuteAsync(scene.InitiativeId, indicatorId, Token))!.Name);
        var removed = renamed.Copy();
        removed.Indicators.Clear();
        var refusal = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, saved.Version!.Value, removed, Token)).Errors);
        Assert.Equal("The indicator 'Workers placed abroad' cannot be removed: values have been reported for it.", refusal.Message);
        Assert.Equal(1L, await ValuesAsync(indicatorId));
    }

    [Fact]
    public async Task The_scoreboard_counts_the_indicators_on_track_by_the_rule()
    {
        var scene = await Scene.StoreAsync(fixture);
        var baseline = new DateOnly(2010, 6, 1);
        var target = new DateOnly(2011, 6, 30);
        var rising = await scene.AddIndicatorAsync(fixture, Indicator.Create("Workers placed", null, "persons", 0m, baseline, 100m, target, null));
        var falling = await scene.AddIndicatorAsync(fixture, Indicator.Create("Irregular stays", null, "%", 40m, baseline, 10m, target, null));
        var behind = await scene.AddIndicatorAsync(fixture, Indicator.Create("Trainings held", null, null, 0m, baseline, 10m, target, null));
        await scene.AddIndicatorAsync(fixture, Indicator.Create("Not yet reported", null, null, 0m, baseline, 10m, target, null));
        var report = fixture.Get<ReportIndicatorValue>();

        // On 31 December 2010 (213 of 394 days) the lines stand at about 54.1, 23.8 and 5.4.
        await ReportAsync(report, scene, rising, "2010 H2", "60");
        await ReportAsync(report, scene, falling, "2010 H2", "20");
        await ReportAsync(report, scene, behind, "2010 Q3", "9");
        await ReportAsync(report, scene, behind, "2010 Q4", "5");

        var row = Assert.Single((await fixture.Get<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId }, Token)).Rows);
        Assert.Equal(new IndicatorsOnTrackCount(2, 3), row.IndicatorsOnTrack);
    }

    [Fact]
    public async Task A_spreadsheet_update_of_the_initiative_keeps_its_indicators_and_their_values()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();
        await ReportAsync(fixture.Get<ReportIndicatorValue>(), scene, indicatorId, "2010 Q3", "10");
        var csv = $"Reference code,Title,Location\n{scene.ReferenceCode},Labour migration pilot,Chişinău\n";

        var outcome = await Initiatives.Importing.Importing.ConfirmAsync(fixture.Services, Initiatives.Importing.Importing.Request(fixture.Services, scene.PartnershipId, System.Text.Encoding.UTF8.GetBytes(csv), "sheet.csv", new Web.Features.Initiatives.Importing.ImportSettings()));

        Assert.Equal(new Initiatives.Importing.Imported(0, 1, 0), outcome);
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiative_indicators WHERE id = $1", indicatorId));
        Assert.Equal(1L, await ValuesAsync(indicatorId));
    }

    [Fact]
    public async Task A_second_value_for_a_period_is_refused_until_confirmed_and_then_replaces_the_first_with_the_old_value_in_the_history()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();
        var report = fixture.Get<ReportIndicatorValue>();
        await ReportAsync(report, scene, indicatorId, "2010 Q3", "10");

        var unconfirmed = await report.ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2010 Q3", Value = "12" }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(unconfirmed).Errors);
        Assert.Equal(nameof(IndicatorValueDraft.Period), error.Path);
        Assert.StartsWith("2010 Q3 already has a value, 10, reported by", error.Message, StringComparison.Ordinal);
        Assert.Equal(["10.0000"], await fixture.Database.RowsAsync("SELECT value FROM indicator_values WHERE indicator_id = $1", indicatorId));

        var confirmed = await report.ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2010 q3", Value = "12", ReplaceConfirmed = true }, Token);

        Assert.IsType<WriteOutcome.Done>(confirmed);
        Assert.Equal(["12.0000"], await fixture.Database.RowsAsync("SELECT value FROM indicator_values WHERE indicator_id = $1", indicatorId));
        var history = await fixture.Database.RowsAsync(
            "SELECT action || ' ' || coalesce(old_value, '-') || ' > ' || coalesce(new_value, '-') FROM history_entries WHERE record_type = 'IndicatorValue' AND field = 'Value' AND aggregate_id = $1 ORDER BY id",
            scene.InitiativeId.ToString());
        Assert.Equal(["Added - > 10.00", "Changed 10.00 > 12.00"], history);
        var details = await fixture.Get<GetIndicator>().ExecuteAsync(scene.InitiativeId, indicatorId, Token);
        Assert.Equal(12m, Assert.Single(details!.Values).Value);
    }

    [Fact]
    public async Task A_period_overlapping_one_already_reported_is_refused_naming_it_and_nothing_is_stored()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();
        var report = fixture.Get<ReportIndicatorValue>();
        await ReportAsync(report, scene, indicatorId, "2010 H2", "30");

        var quarter = await report.ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2010 Q4", Value = "35" }, Token);
        await ReportAsync(report, scene, indicatorId, "2011 Q1", "20");
        var half = await report.ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2011 H1", Value = "40", ReplaceConfirmed = true }, Token);

        var inHalf = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(quarter).Errors);
        Assert.Equal((nameof(IndicatorValueDraft.Period), "2010 Q4 overlaps 2010 H2, which already has a value: an indicator has one value for each month. Correct the value of 2010 H2, or report for a period that does not overlap it."), (inHalf.Path, inHalf.Message));
        var overQuarter = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(half).Errors);
        Assert.Equal(nameof(IndicatorValueDraft.Period), overQuarter.Path);
        Assert.StartsWith("2011 H1 overlaps 2011 Q1, which already has a value", overQuarter.Message, StringComparison.Ordinal);
        Assert.Equal(
            ["2010-07-01 2010-12-31 30.0000", "2011-01-01 2011-03-31 20.0000"],
            await fixture.Database.RowsAsync("SELECT period_start || ' ' || period_end || ' ' || value FROM indicator_values WHERE indicator_id = $1 ORDER BY period_start", indicatorId));
    }

    [Fact]
    public async Task A_negative_value_of_an_indicator_that_counts_persons_is_refused_at_the_value_and_nothing_is_stored()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();

        var outcome = await fixture.Get<ReportIndicatorValue>().ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2010 Q3", Value = "-4" }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(IndicatorValueDraft.Value), "The value of 'Workers placed' counts persons: it cannot be negative."), (error.Path, error.Message));
        Assert.Equal(0L, await ValuesAsync(indicatorId));
    }

    [Fact]
    public async Task A_fraction_of_an_indicator_that_counts_persons_is_refused_as_a_value_and_as_a_target_and_nothing_changes()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();

        var reported = await fixture.Get<ReportIndicatorValue>().ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2010 Q3", Value = "0.5" }, Token);
        var editing = fixture.Get<EditInitiative>();
        var loaded = await editing.LoadAsync(scene.InitiativeId, Token);
        var draft = loaded!.Draft.Copy();
        draft.Indicators[0].TargetValue = 100.5m;
        var edited = await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, loaded.Version, draft, Token);

        var value = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(reported).Errors);
        Assert.Equal((nameof(IndicatorValueDraft.Value), "The value of 'Workers placed' counts persons: it must be a whole number."), (value.Path, value.Message));
        Assert.Equal(0L, await ValuesAsync(indicatorId));
        var target = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(edited).Errors);
        Assert.Equal("The target of 'Workers placed' counts persons: it must be a whole number.", target.Message);
        Assert.Equal(100m, await fixture.Database.ScalarAsync<decimal>("SELECT target_value FROM initiative_indicators WHERE id = $1", indicatorId));
    }

    [Fact]
    public async Task The_database_refuses_a_negative_count_in_SQL_and_a_count_unit_over_negative_values()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();

        var negative = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => fixture.Database.ExecuteAsync(
            "INSERT INTO indicator_values (id, initiative_id, indicator_id, period_start, period_end, value, reporter_name, reported_at) VALUES ($1, $2, $3, $4, $5, -1, 'Script', now())",
            Guid.NewGuid(), scene.InitiativeId, indicatorId, new DateOnly(2010, 7, 1), new DateOnly(2010, 9, 30)));
        Assert.Equal((Npgsql.PostgresErrorCodes.CheckViolation, "ck_indicator_values_count_not_negative"), (negative.SqlState, negative.ConstraintName));
        var baseline = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => fixture.Database.ExecuteAsync("UPDATE initiative_indicators SET baseline_value = -1 WHERE id = $1", indicatorId));
        Assert.Equal("ck_initiative_indicators_count_not_negative", baseline.ConstraintName);

        // A unit that does not count things takes a negative value; it cannot then become a count.
        await fixture.Database.ExecuteAsync("UPDATE initiative_indicators SET unit = '%' WHERE id = $1", indicatorId);
        await fixture.Database.ExecuteAsync(
            "INSERT INTO indicator_values (id, initiative_id, indicator_id, period_start, period_end, value, reporter_name, reported_at) VALUES ($1, $2, $3, $4, $5, -1, 'Script', now())",
            Guid.NewGuid(), scene.InitiativeId, indicatorId, new DateOnly(2010, 7, 1), new DateOnly(2010, 9, 30));
        var unit = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => fixture.Database.ExecuteAsync("UPDATE initiative_indicators SET unit = 'Number of  workers' WHERE id = $1", indicatorId));
        Assert.Equal("ck_indicator_values_count_not_negative", unit.ConstraintName);
        Assert.Equal("%", await fixture.Database.ScalarAsync<string>("SELECT unit FROM initiative_indicators WHERE id = $1", indicatorId));
    }

    [Fact]
    public async Task The_editor_tells_at_the_unit_why_it_cannot_become_a_count_over_negative_values_and_changes_nothing()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();
        await fixture.Database.ExecuteAsync("UPDATE initiative_indicators SET unit = '%' WHERE id = $1", indicatorId);
        await ReportAsync(fixture.Get<ReportIndicatorValue>(), scene, indicatorId, "2010 Q3", "-2");
        var editing = fixture.Get<EditInitiative>();
        var loaded = await editing.LoadAsync(scene.InitiativeId, Token);
        Assert.NotNull(loaded);
        var draft = loaded.Draft.Copy();
        draft.Indicators[0].Unit = "persons";

        var outcome = await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, loaded.Version, draft, Token);

        // Any unit is kept once values are reported in it (IndicatorUnitKeptTests); a count's is no exception.
        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal("Indicators[0].Unit", error.Path);
        Assert.Equal("Values are already reported for the indicator 'Workers placed': its unit cannot change, or they would be read in another unit. Keep its unit, or add a new indicator for the new one.", error.Message);
        Assert.Equal("%", await fixture.Database.ScalarAsync<string>("SELECT unit FROM initiative_indicators WHERE id = $1", indicatorId));
    }

    [Fact]
    public async Task A_unit_cannot_become_a_count_over_a_fraction_on_record_in_the_editor_or_the_database_and_nothing_changes()
    {
        // Reported 60.5 days, then the unit changed to persons: the page showed "60.5 persons", a value the report itself refuses.
        var scene = await Scene.StoreAsync(fixture);
        var indicatorId = await scene.AddIndicatorAsync(fixture, Indicator.Create("Waiting time", null, "days", 90m, new DateOnly(2010, 6, 1), 30m, new DateOnly(2011, 6, 30), null));
        await ReportAsync(fixture.Get<ReportIndicatorValue>(), scene, indicatorId, "2010 Q3", "60.5");
        var editing = fixture.Get<EditInitiative>();
        var loaded = await editing.LoadAsync(scene.InitiativeId, Token);
        Assert.NotNull(loaded);
        var draft = loaded.Draft.Copy();
        draft.Indicators[0].Unit = "persons";

        var outcome = await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, loaded.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(
            ("Indicators[0].Unit", "Values are already reported for the indicator 'Waiting time': its unit cannot change, or they would be read in another unit. Keep its unit, or add a new indicator for the new one."),
            (error.Path, error.Message));
        Assert.Equal("days", await fixture.Database.ScalarAsync<string>("SELECT unit FROM initiative_indicators WHERE id = $1", indicatorId));

        // The database holds the same rule for a write that goes around the domain, and keeps a count's values whole.
        var unit = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => fixture.Database.ExecuteAsync("UPDATE initiative_indicators SET unit = 'Number of  persons' WHERE id = $1", indicatorId));
        Assert.Equal((Npgsql.PostgresErrorCodes.CheckViolation, "ck_indicator_values_count_whole"), (unit.SqlState, unit.ConstraintName));
        Assert.Equal("days", await fixture.Database.ScalarAsync<string>("SELECT unit FROM initiative_indicators WHERE id = $1", indicatorId));
        var (counted, countedId) = await WithIndicatorAsync();
        var fraction = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => fixture.Database.ExecuteAsync(
            "INSERT INTO indicator_values (id, initiative_id, indicator_id, period_start, period_end, value, reporter_name, reported_at) VALUES ($1, $2, $3, $4, $5, 0.5, 'Script', now())",
            Guid.NewGuid(), counted.InitiativeId, countedId, new DateOnly(2010, 7, 1), new DateOnly(2010, 9, 30)));
        Assert.Equal("ck_indicator_values_count_whole", fraction.ConstraintName);
        Assert.Equal(0L, await ValuesAsync(countedId));

        // Corrected to a whole number, the value is still one reported in days: the unit stays.
        await ReportAsync(fixture.Get<ReportIndicatorValue>(), scene, indicatorId, "2010 Q3", "61", replace: true);
        var reloaded = await editing.LoadAsync(scene.InitiativeId, Token);
        var again = reloaded!.Draft.Copy();
        again.Indicators[0].Unit = "persons";
        Assert.IsType<WriteOutcome.Invalid>(await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, reloaded.Version, again, Token));
        Assert.Equal("days", await fixture.Database.ScalarAsync<string>("SELECT unit FROM initiative_indicators WHERE id = $1", indicatorId));
    }

    [Fact]
    public async Task The_database_counts_the_same_units_as_the_domain()
    {
        var units = IndicatorUnit.CountingUnits.Concat(IndicatorUnit.CountingPrefixes.Select(p => p + "workers"))
            .Concat(["%", "EUR", "personal days", " Persons ", "number	of  visas", "", "numbers of"]);

        foreach (var unit in units)
        {
            Assert.True(IndicatorUnit.IsCount(unit) == await fixture.Database.ScalarAsync<bool>("SELECT indicator_unit_is_count($1)", unit), unit);
        }
    }

    [Fact]
    public async Task A_report_waits_for_a_write_under_way_on_its_initiative_and_then_sees_the_period_it_stored()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();

        // Another write has the initiative and stores a half-year, not yet committed.
        await using var meanwhile = await ValueUnderWay.StoreAsync(fixture.Database.ConnectionString, scene.InitiativeId, indicatorId, new DateOnly(2010, 7, 1), new DateOnly(2010, 12, 31), 30, Token);

        var quarter = fixture.Get<ReportIndicatorValue>().ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2010 Q4", Value = "35" }, Token);
        await Task.Delay(500, Token);
        Assert.False(quarter.IsCompleted, "The report went ahead while another write had the initiative.");
        await meanwhile.CommitAsync(Token);

        var refused = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(await quarter).Errors);
        Assert.StartsWith("2010 Q4 overlaps 2010 H2, which already has a value", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await ValuesAsync(indicatorId));
    }

    [Fact]
    public async Task Two_values_for_one_period_cannot_be_stored_even_in_SQL()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();
        await ReportAsync(fixture.Get<ReportIndicatorValue>(), scene, indicatorId, "2010 Q3", "10");

        var twice = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => fixture.Database.ExecuteAsync(
            "INSERT INTO indicator_values (id, initiative_id, indicator_id, period_start, period_end, value, reporter_name, reported_at) VALUES ($1, $2, $3, $4, $5, 11, 'Script', now())",
            Guid.NewGuid(), scene.InitiativeId, indicatorId, new DateOnly(2010, 7, 1), new DateOnly(2010, 9, 30)));

        Assert.Equal("ux_indicator_values_one_per_period", twice.ConstraintName);
        Assert.Equal(1L, await ValuesAsync(indicatorId));
    }

    private static async Task ReportAsync(ReportIndicatorValue report, Scene scene, Guid indicatorId, string period, string value, bool replace = false) =>
        Assert.IsType<WriteOutcome.Done>(await report.ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = period, Value = value, ReplaceConfirmed = replace }, Token));

    private async Task<(Scene Scene, Guid IndicatorId)> WithIndicatorAsync()
    {
        var scene = await Scene.StoreAsync(fixture);
        var id = await scene.AddIndicatorAsync(fixture, Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2010, 6, 1), 100m, new DateOnly(2011, 6, 30), "Agency records"));
        return (scene, id);
    }

    private Task<long> ValuesAsync(Guid indicatorId) =>
        fixture.Database.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_id = $1", indicatorId);
}

/// <summary>What a partner-country official may not see of an initiative not to be shared, indicators and values included.</summary>
public sealed class IndicatorVisibilityTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_partner_country_official_never_sees_the_indicators_or_values_of_an_unshared_initiative()
    {
        var indicator = Indicator.Create("Returns assisted", null, "persons", 0m, new DateOnly(2010, 1, 1), 10m, new DateOnly(2011, 1, 1), null);
        await using (var db = await world.CreateContextAsync())
        {
            var initiative = await db.Initiatives.Include(i => i.Indicators).SingleAsync(i => i.Id == world.UnsharedInitiative, Token);
            initiative.AddIndicator(indicator);
            await db.SaveChangesAsync(Token);
        }

        Assert.IsType<WriteOutcome.Done>(await world.Get<ReportIndicatorValue>().ExecuteAsync(world.UnsharedInitiative, indicator.Id, new IndicatorValueDraft { Period = "2010 Q2", Value = "3" }, Token));

        await using var official = world.As(world.Users["PartnerCountryOfficial"]);
        Assert.Null(await official.ServiceProvider.GetRequiredService<GetIndicator>().ExecuteAsync(world.UnsharedInitiative, indicator.Id, Token));
        var refused = await official.ServiceProvider.GetRequiredService<ReportIndicatorValue>().ExecuteAsync(world.UnsharedInitiative, indicator.Id, new IndicatorValueDraft { Period = "2010 Q3", Value = "4" }, Token);
        Assert.IsNotType<WriteOutcome.Done>(refused);
        var rows = (await official.ServiceProvider.GetRequiredService<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = world.Inside }, Token)).Rows;
        Assert.DoesNotContain(rows, r => r.Id == world.UnsharedInitiative);

        await using var focalPoint = world.As(world.Users["FocalPoint"]);
        Assert.Single((await focalPoint.ServiceProvider.GetRequiredService<GetIndicator>().ExecuteAsync(world.UnsharedInitiative, indicator.Id, Token))!.Values);
        Assert.Equal(1L, await world.Database.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_id = $1", indicator.Id));
    }
}
