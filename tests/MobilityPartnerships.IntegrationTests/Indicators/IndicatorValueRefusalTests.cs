using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Indicators.Reporting;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Indicators;

/// <summary>
/// A report with several problems is refused with every one at its field at once — the form's rules and the domain's
/// (a period outside the implementation, a negative or fractional count) — not only the first met; nothing is stored.
/// </summary>
public sealed class IndicatorValueRefusalTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_period_outside_the_implementation_and_a_negative_count_are_both_told_and_nothing_is_stored()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();

        var outcome = await fixture.Get<ReportIndicatorValue>().ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2010 Q1", Value = "-4" }, Token);

        Assert.Equal(
            [
                (nameof(IndicatorValueDraft.Period), "2010 Q1 begins before the initiative's implementation, which starts in June 2010."),
                (nameof(IndicatorValueDraft.Value), "The value of 'Workers placed' counts persons: it cannot be negative."),
            ],
            Told(outcome));
        Assert.Equal(0L, await ValuesAsync(indicatorId));
    }

    [Fact]
    public async Task The_forms_refusal_of_one_field_is_told_with_the_domains_of_the_other_and_nothing_is_stored()
    {
        var (scene, indicatorId) = await WithIndicatorAsync();
        var report = fixture.Get<ReportIndicatorValue>();

        var notANumber = await report.ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2011 H2", Value = "abc" }, Token);
        var notAPeriod = await report.ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = "2011 Q5", Value = "2.5" }, Token);

        Assert.Equal(
            [
                (nameof(IndicatorValueDraft.Period), "2011 H2 ends after the initiative's implementation, which ends in June 2011."),
                (nameof(IndicatorValueDraft.Value), "'abc' is not a number: write it like 1,234.56."),
            ],
            Told(notANumber));
        Assert.Equal(
            [
                (nameof(IndicatorValueDraft.Period), "'2011 Q5' is not a reporting period; write a quarter such as 2026 Q3 or a half-year such as 2026 H2."),
                (nameof(IndicatorValueDraft.Value), "The value of 'Workers placed' counts persons: it must be a whole number."),
            ],
            Told(notAPeriod));
        Assert.Equal(0L, await ValuesAsync(indicatorId));
    }

    private static List<(string Path, string Message)> Told(WriteOutcome outcome) =>
        [.. Assert.IsType<WriteOutcome.Invalid>(outcome).Errors.Select(e => (e.Path, e.Message)).OrderBy(e => e.Path, StringComparer.Ordinal)];

    private async Task<(Scene Scene, Guid IndicatorId)> WithIndicatorAsync()
    {
        var scene = await Scene.StoreAsync(fixture);
        var id = await scene.AddIndicatorAsync(fixture, Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2010, 6, 1), 100m, new DateOnly(2011, 6, 30), "Agency records"));
        return (scene, id);
    }

    private Task<long> ValuesAsync(Guid indicatorId) =>
        fixture.Database.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_id = $1", indicatorId);
}
