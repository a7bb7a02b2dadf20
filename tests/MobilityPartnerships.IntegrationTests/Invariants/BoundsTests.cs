using System.Globalization;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Progress;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Invariants;

/// <summary>
/// The domain's bounds on dates and numbers hold in the database too (decision 0002): a row written by SQL with a
/// month before 1990, a year-0001 indicator date or a span that is neither a quarter nor a half-year is refused by
/// the check named for that rule, so no page fails reading it; a row at each bound is taken. A meeting's decisions
/// (one text[] column) are bounded in number and each in length the same way (migration MeetingMinutesBounded). The bounds come from
/// the domain's constants, so a bound moved in the domain and not in the database fails here.
/// </summary>
public sealed class BoundsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly EarliestMonth = ImplementationPeriod.EarliestMonth;
    private static readonly DateOnly LatestMonth = ImplementationPeriod.LatestMonth;

    /// <summary>Rows each breaking one rule, with the check that must refuse them.</summary>
    private static IEnumerable<Attempt> Outside() =>
    [
        .. MonthsOutside("initiatives", "period_start_month", "ck_initiatives_period_start_month_in_range"),
        .. MonthsOutside("initiatives", "period_end_month", "ck_initiatives_period_end_month_in_range"),
        new("ck_initiatives_period_duration_in_range", "initiatives", ("period_duration_months", "0")),
        new("ck_initiatives_period_duration_in_range", "initiatives", ("period_duration_months", Number(ImplementationPeriod.MaxDurationMonths + 1))),
        .. MonthsOutside("initiatives", "announced_start_month", "ck_initiatives_announced_start_month_in_range"),
        .. MonthsOutside("initiatives", "announced_end_month", "ck_initiatives_announced_end_month_in_range"),
        new("ck_initiatives_announced_end_after_start", "initiatives", ("announced_start_month", Day(new(2012, 1, 1))), ("announced_end_month", Day(new(2011, 12, 1)))),
        .. DaysOutside("initiative_indicators", "baseline_date", "ck_initiative_indicators_baseline_date_in_range", Indicator.EarliestDate, Indicator.LatestDate),
        .. DaysOutside("initiative_indicators", "target_date", "ck_initiative_indicators_target_date_in_range", Indicator.EarliestDate, Indicator.LatestDate),
        .. PeriodsOutside(),
        new("ck_progress_updates_reported_on_not_too_early", "progress_updates", ("reported_on", Day(ProgressUpdate.EarliestDate.AddDays(-1)))),
        new("ck_progress_updates_reported_on_not_too_early", "progress_updates", ("reported_on", Day(DateOnly.MinValue))),
        .. DaysOutside("meetings", "held_on", "ck_meetings_held_on_in_range", Meeting.EarliestDay, Meeting.LatestDay),
        .. DaysOutside("action_points", "due_on", "ck_action_points_due_on_in_range", Meeting.EarliestDay, Meeting.LatestDay),
        new("ck_meetings_decisions_in_range", "meetings", ("decisions", Decisions(Meeting.MaxDecisions + 1, "'Decision'"))),
        new("ck_meetings_decision_length_in_range", "meetings", ("decisions", $"ARRAY['Decision', repeat('x', {Number(Meeting.DecisionMaxLength + 1)})]")),
        new("ck_meetings_decision_length_in_range", "meetings", ("decisions", $"ARRAY[repeat('\U0001F600', {Number(Meeting.DecisionMaxLength + 1)})]")),
        new("ck_commitments_position_not_negative", "commitments", ("position", "-1")),
        new("ck_agenda_items_position_from_one", "agenda_items", ("position", "0")),
        new("ck_published_scoreboards_number_from_one", "published_scoreboards", ("number", "0")),
    ];

    /// <summary>Rows at the bounds of the same rules, which the database must take.</summary>
    private static IEnumerable<Attempt> AtTheBounds() =>
    [
        .. Both("initiatives", "period_start_month", "ck_initiatives_period_start_month_in_range", EarliestMonth, LatestMonth),
        .. Both("initiatives", "period_end_month", "ck_initiatives_period_end_month_in_range", EarliestMonth, LatestMonth),
        new("ck_initiatives_period_duration_in_range", "initiatives", ("period_duration_months", "1")),
        new("ck_initiatives_period_duration_in_range", "initiatives", ("period_duration_months", Number(ImplementationPeriod.MaxDurationMonths))),
        .. Both("initiatives", "announced_start_month", "ck_initiatives_announced_start_month_in_range", EarliestMonth, LatestMonth),
        .. Both("initiatives", "announced_end_month", "ck_initiatives_announced_end_month_in_range", EarliestMonth, LatestMonth),
        new("ck_initiatives_announced_end_after_start", "initiatives", ("announced_start_month", Day(new(2012, 1, 1))), ("announced_end_month", Day(new(2012, 1, 1)))),
        .. Both("initiative_indicators", "baseline_date", "ck_initiative_indicators_baseline_date_in_range", Indicator.EarliestDate, Indicator.LatestDate),
        .. Both("initiative_indicators", "target_date", "ck_initiative_indicators_target_date_in_range", Indicator.EarliestDate, Indicator.LatestDate),
        .. PeriodsOf(ReportingPeriod.EarliestYear).Concat(PeriodsOf(ReportingPeriod.LatestYear))
            .Select(p => new Attempt("ck_indicator_values_period_is_quarter_or_half_year", "indicator_values", ("period_start", Day(p.Start)), ("period_end", Day(p.End)))),
        new("ck_progress_updates_reported_on_not_too_early", "progress_updates", ("reported_on", Day(ProgressUpdate.EarliestDate))),
        .. Both("meetings", "held_on", "ck_meetings_held_on_in_range", Meeting.EarliestDay, Meeting.LatestDay),
        .. Both("action_points", "due_on", "ck_action_points_due_on_in_range", Meeting.EarliestDay, Meeting.LatestDay),
        new("ck_meetings_decisions_in_range", "meetings", ("decisions", Decisions(Meeting.MaxDecisions, "'Decision'"))),
        new("ck_meetings_decisions_in_range", "meetings", ("decisions", "'{}'")),

        // Each line counted in characters as the domain counts them (code points): 1,000 emoji are 1,000 characters.
        new("ck_meetings_decision_length_in_range", "meetings", ("decisions", Decisions(Meeting.MaxDecisions, $"repeat('x', {Number(Meeting.DecisionMaxLength)})"))),
        new("ck_meetings_decision_length_in_range", "meetings", ("decisions", $"ARRAY[repeat('\U0001F600', {Number(Meeting.DecisionMaxLength)})]")),
        new("ck_commitments_position_not_negative", "commitments", ("position", "0")),
        new("ck_agenda_items_position_from_one", "agenda_items", ("position", "1")),
        new("ck_published_scoreboards_number_from_one", "published_scoreboards", ("number", "1")),
    ];

    [Fact]
    public async Task A_row_outside_the_domains_bounds_is_refused_by_its_check()
    {
        var enumColumns = await EnumColumnsAsync();
        var accepted = new List<string>();

        foreach (var attempt in Outside())
        {
            var outcome = await PlainRow.TryWritingAsync(fixture.Database.ConnectionString, attempt.Table, attempt.Values, enumColumns, checksOnly: true);
            if (outcome is not { SqlState: PostgresErrorCodes.CheckViolation } refusal || refusal.ConstraintName != attempt.Constraint)
            {
                accepted.Add($"{attempt} expected {attempt.Constraint}: {(outcome is null ? "taken" : $"{outcome.ConstraintName} {outcome.MessageText}")}");
            }
        }

        Assert.True(accepted.Count == 0, $"Rows outside the domain's bounds not refused by their check:\n{string.Join('\n', accepted)}");
    }

    [Fact]
    public async Task A_row_at_the_domains_bounds_is_taken()
    {
        var enumColumns = await EnumColumnsAsync();
        var refused = new List<string>();

        foreach (var attempt in AtTheBounds())
        {
            if (await PlainRow.TryWritingAsync(fixture.Database.ConnectionString, attempt.Table, attempt.Values, enumColumns, checksOnly: true) is { } refusal)
            {
                refused.Add($"{attempt}: {refusal.ConstraintName} {refusal.MessageText}");
            }
        }

        Assert.True(refused.Count == 0, $"Rows at the domain's bounds refused:\n{string.Join('\n', refused)}");
    }

    private async Task<List<EnumColumn>> EnumColumnsAsync()
    {
        await using var db = await fixture.CreateContextAsync();
        return PlainRow.EnumColumns(db);
    }

    /// <summary>A month before the earliest, after the latest, one not on the 1st, and year 0001.</summary>
    private static IEnumerable<Attempt> MonthsOutside(string table, string column, string constraint) =>
        new[] { EarliestMonth.AddMonths(-1), LatestMonth.AddMonths(1), EarliestMonth.AddDays(14), DateOnly.MinValue }
            .Select(day => new Attempt(constraint, table, (column, Day(day))));

    /// <summary>The day before the earliest, the day after the latest, and year 0001.</summary>
    private static IEnumerable<Attempt> DaysOutside(string table, string column, string constraint, DateOnly earliest, DateOnly latest) =>
        new[] { earliest.AddDays(-1), latest.AddDays(1), DateOnly.MinValue }
            .Select(day => new Attempt(constraint, table, (column, Day(day))));

    /// <summary>Spans that <see cref="ReportingPeriod.Spanning"/> does not read as a quarter or a half-year.</summary>
    private static IEnumerable<Attempt> PeriodsOutside() =>
        new (DateOnly Start, DateOnly End)[]
        {
            (new(ReportingPeriod.EarliestYear - 1, 10, 1), new(ReportingPeriod.EarliestYear - 1, 12, 31)),
            (new(ReportingPeriod.LatestYear + 1, 1, 1), new(ReportingPeriod.LatestYear + 1, 3, 31)),
            (new(1, 1, 1), new(1, 3, 31)),
            (new(2020, 1, 2), new(2020, 4, 1)),
            (new(2020, 2, 1), new(2020, 4, 30)),
            (new(2020, 4, 1), new(2020, 9, 30)),
            (new(2020, 1, 1), new(2020, 3, 30)),
            (new(2020, 1, 1), new(2020, 1, 31)),
            (new(2020, 1, 1), new(2020, 12, 31)),
        }.Select(p => new Attempt("ck_indicator_values_period_is_quarter_or_half_year", "indicator_values", ("period_start", Day(p.Start)), ("period_end", Day(p.End))));

    private static IEnumerable<ReportingPeriod> PeriodsOf(int year) =>
        Enumerable.Range(1, 4).Select(q => ReportingPeriod.Quarter(year, q)).Concat(Enumerable.Range(1, 2).Select(h => ReportingPeriod.HalfYear(year, h)));

    private static IEnumerable<Attempt> Both(string table, string column, string constraint, DateOnly earliest, DateOnly latest) =>
        [new(constraint, table, (column, Day(earliest))), new(constraint, table, (column, Day(latest)))];

    /// <summary>An array of <paramref name="count"/> decisions, each the text that the SQL <paramref name="line"/> gives.</summary>
    private static string Decisions(int count, string line) => string.Create(CultureInfo.InvariantCulture, $"array_fill(({line})::text, ARRAY[{count}])");

    private static string Day(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"DATE '{day:yyyy-MM-dd}'");

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A row of <paramref name="Table"/> holding these columns' SQL values; the check it is about.</summary>
    private sealed record Attempt(string Constraint, string Table, params (string Column, string Value)[] Columns)
    {
        public IReadOnlyDictionary<string, string> Values => Columns.ToDictionary(c => c.Column, c => c.Value);

        public override string ToString() => $"{Table} ({string.Join(", ", Columns.Select(c => $"{c.Column} = {c.Value}"))})";
    }
}
