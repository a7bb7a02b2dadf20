using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.IntegrationTests.BriefingPacks;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Api;
using MobilityPartnerships.Web.Api.Contracts;
using MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Partnerships.List;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.IntegrationTests.Figures;

/// <summary>
/// Every total the product computes — the partnership list, the scoreboard and each pillar group, the dashboard's
/// breakdowns, the briefing pack, the API's JSON and the exported workbook's totals rows — equals what hand-written
/// SQL finds: the sum of the known figures, and apart from it the count of initiatives whose amount is not fully known
/// (no funding line, or a line without the figure). Over every demo partnership and a generated one of 10,000.
/// </summary>
public sealed class RightFiguresTests(FiguresFixture fixture) : IClassFixture<FiguresFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sorted_by_amount_the_initiatives_whose_amount_is_not_known_come_last_and_read_as_not_known(bool descending)
    {
        var whole = Of(await ExpectedAsync(fixture.GeneratedId, "i.partnership_id"), fixture.GeneratedId.ToString());
        var handler = fixture.Get<QueryScoreboard>();
        var query = new ScoreboardQuery { PartnershipId = fixture.GeneratedId, Sort = ScoreboardSort.TotalBudget, Descending = descending, PageSize = 100 };

        var first = await handler.ExecuteAsync(query, Ct);
        var last = await handler.ExecuteAsync(query with { Page = (whole.Count - 1) / 100 }, Ct);

        Assert.All(first.Rows, r => Assert.NotNull(r.TotalBudget.Known));
        Assert.All(last.Rows, r => Assert.True(r.TotalBudget.IsNotKnown));
        var known = first.Rows.Select(r => r.TotalBudget.Known!.Value).ToList();
        Assert.Equal(descending ? known.OrderDescending() : known.Order(), known);
        Assert.Equal(whole.TotalBudget, first.Totals.TotalBudget);
    }

    [Fact]
    public async Task Every_total_equals_the_sums_and_counts_of_hand_written_SQL()
    {
        var list = await fixture.Get<ListPartnerships>().ExecuteAsync(Ct);
        Assert.Contains(list, p => p.Id == fixture.GeneratedId);
        Assert.True(list.Count >= 5, "the demo partnerships and the generated one");
        var anyUnknown = false;
        foreach (var summary in list)
        {
            var byPillar = await ExpectedAsync(summary.Id, "i.pillar");
            var whole = Of(await ExpectedAsync(summary.Id, "i.partnership_id"), summary.Id.ToString());
            anyUnknown |= whole.TotalBudget.Unknown > 0;
            var context = summary.Name;

            // The partnership list, and its JSON.
            Assert.Equal((whole.Count, whole.TotalBudget, whole.EuContribution), (summary.InitiativeCount, summary.TotalBudget, summary.EuContribution));
            AssertJson(whole, JsonOf(PartnershipSummaryDto.From(summary)), "initiativeCount", context);

            // The scoreboard grouped by pillar: its totals line and each group's own footer.
            var query = new ScoreboardQuery { PartnershipId = summary.Id, GroupByPillar = true, PageSize = 10 };
            var board = await fixture.Get<QueryScoreboard>().ExecuteAsync(query, Ct);
            Assert.Equal(whole.Totals, board.Totals);
            foreach (var pillar in Enum.GetValues<Pillar>())
            {
                Assert.Equal(Of(byPillar, pillar.ToString()).Totals, board.PillarTotals.GetValueOrDefault(pillar, ScoreboardTotals.None));
            }

            // The API's listing of the scoreboard, as JSON.
            var api = await ApiListAsync(summary.Id);
            AssertJson(whole, JsonOf(api), "totalCount", context);

            // The dashboard: the whole, per pillar, per status, per novelty, per programme (the lines of each).
            var dashboard = await fixture.Get<GetPartnershipDashboard>().ExecuteAsync(summary.Id, Ct);
            Assert.NotNull(dashboard);
            Assert.Equal(whole.Totals, dashboard.All.Totals);
            Assert.All(dashboard.Pillars, f => Assert.Equal(Of(byPillar, f.Key.ToString()).Totals, f.Totals));
            var byStatus = await ExpectedAsync(summary.Id, "i.status");
            Assert.All(dashboard.Statuses, f => Assert.Equal(Of(byStatus, f.Key.ToString()).Totals, f.Totals));
            var byNovelty = await ExpectedAsync(summary.Id, "i.novelty");
            Assert.All(dashboard.Novelty, f => Assert.Equal(Of(byNovelty, f.Key.ToString()).Totals, f.Totals));
            var byProgramme = await ExpectedAsync(summary.Id, "f.programme", linesOnly: true);
            Assert.Equal(byProgramme.Count, dashboard.Programmes.Figures.Count);
            Assert.All(dashboard.Programmes.Figures, f => Assert.Equal(Of(byProgramme, f.Key ?? string.Empty).Totals, f.Totals));

            // The briefing pack of the partnership's coming meeting: every pillar and the whole.
            var outcome = await PackFiles.GatherAsync(fixture, fixture.Administrator, fixture.MeetingOf[summary.Id]);
            var pack = outcome.Pack;
            Assert.NotNull(pack);
            Assert.Equal((whole.Count, whole.TotalBudget, whole.EuContribution), (pack.InitiativeCount, pack.TotalBudget, pack.EuContribution));
            Assert.All(pack.Pillars, p => Assert.Equal(Of(byPillar, p.Pillar.ToString()).Totals, new ScoreboardTotals(p.Initiatives, p.TotalBudget, p.EuContribution)));

            // The exported workbook, grouped: each pillar's totals row and the grand total.
            using var workbook = await Exports.XlsxAsync(fixture.Services, summary.Id, "?group=pillar&columns=all");
            var sheet = workbook.Sheet(workbook.SheetNames[0]);
            var totalsRows = sheet.Rows.Skip(1).Select(sheet.TextByHeader).Where(r => r.TryGetValue("Title", out var t) && t.StartsWith("Total", StringComparison.Ordinal)).ToList();
            foreach (var pillar in Enum.GetValues<Pillar>().Where(p => Of(byPillar, p.ToString()).Count > 0))
            {
                AssertTotalsRow(Of(byPillar, pillar.ToString()), Assert.Single(totalsRows, r => r["Title"].StartsWith($"Total {SheetLabels.Of(pillar)} (", StringComparison.Ordinal)));
            }

            AssertTotalsRow(whole, Assert.Single(totalsRows, r => r["Title"].StartsWith("Total, all pillars (", StringComparison.Ordinal)));
        }

        Assert.True(anyUnknown, "some partnership has amounts not known");
    }

    private static void AssertJson(Expected whole, JsonElement json, string countMember, string context)
    {
        Assert.True(whole.Count == json.GetProperty(countMember).GetInt32(), context);
        Assert.Equal(whole.TotalBudget.Sum, Number(json.GetProperty("totalBudget")));
        Assert.Equal(whole.TotalBudget.Unknown, json.GetProperty("totalBudgetUnknown").GetInt32());
        Assert.Equal(whole.EuContribution.Sum, Number(json.GetProperty("euContribution")));
        Assert.Equal(whole.EuContribution.Unknown, json.GetProperty("euContributionUnknown").GetInt32());
    }

    private static decimal? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    private static JsonElement JsonOf<T>(T dto) => JsonDocument.Parse(JsonSerializer.Serialize(dto, Json)).RootElement.Clone();

    /// <summary>A totals row: the known sums in the amount cells (blank when nothing is known), the count of those not known in its label.</summary>
    private static void AssertTotalsRow(Expected expected, Dictionary<string, string> row)
    {
        Assert.Contains($"({expected.Count.ToString("N0", CultureInfo.InvariantCulture)} initiative", row["Title"], StringComparison.Ordinal);
        Assert.Equal(expected.TotalBudget.Sum, Cell(row, "Total budget"));
        Assert.Equal(expected.EuContribution.Sum, Cell(row, "EU contribution"));
        Assert.Equal(expected.TotalBudget.Unknown > 0, row["Title"].Contains($"total budget not known for {expected.TotalBudget.Unknown.ToString("N0", CultureInfo.InvariantCulture)}", StringComparison.Ordinal));
        Assert.Equal(expected.EuContribution.Unknown > 0, row["Title"].Contains($"EU contribution not known for {expected.EuContribution.Unknown.ToString("N0", CultureInfo.InvariantCulture)}", StringComparison.Ordinal));
    }

    private static decimal? Cell(Dictionary<string, string> row, string header) =>
        row.TryGetValue(header, out var text) && text.Length > 0 ? decimal.Parse(text, CultureInfo.InvariantCulture) : null;

    private async Task<InitiativePageDto> ApiListAsync(Guid partnershipId)
    {
        var query = new InitiativeFilter().Read(partnershipId, fixture.Get<IValidator<ScoreboardQuery>>().Validate, out var errors);
        Assert.Empty(errors);
        return InitiativePageDto.From(query, await fixture.Get<QueryScoreboard>().ExecuteAsync(query, Ct));
    }

    private static Expected Of(IReadOnlyDictionary<string, Expected> groups, string key) =>
        groups.GetValueOrDefault(key) ?? new Expected(0, new Amount(null, 0), new Amount(null, 0));

    /// <summary>
    /// Count, known sum and count of initiatives not fully known, grouped by <paramref name="key"/> (an SQL expression),
    /// over the partnership's initiatives that are not archived. Every initiative is joined to its lines, or to none:
    /// a missing figure and a missing line both leave f.total_budget NULL. With <paramref name="linesOnly"/>, over the
    /// funding lines alone (a programme's money), counting the initiatives having such a line.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, Expected>> ExpectedAsync(Guid partnershipId, string key, bool linesOnly = false)
    {
        var rows = await fixture.Database.RowsAsync($"""
            SELECT concat_ws('|', coalesce(({key})::text, ''), count(DISTINCT i.id),
                   coalesce(sum(f.total_budget)::text, '-'), count(DISTINCT i.id) FILTER (WHERE f.total_budget IS NULL),
                   coalesce(sum(f.eu_contribution)::text, '-'), count(DISTINCT i.id) FILTER (WHERE f.eu_contribution IS NULL))
            FROM initiatives i {(linesOnly ? "JOIN" : "LEFT JOIN")} funding_lines f ON f.initiative_id = i.id
            WHERE i.partnership_id = $1 AND NOT i.is_archived
            GROUP BY ({key})
            """, partnershipId);
        return rows.Select(r => r.Split('|')).ToDictionary(
            p => p[0],
            p => new Expected(int.Parse(p[1], CultureInfo.InvariantCulture), new Amount(Sum(p[2]), int.Parse(p[3], CultureInfo.InvariantCulture)), new Amount(Sum(p[4]), int.Parse(p[5], CultureInfo.InvariantCulture))));
    }

    private static decimal? Sum(string text) => text == "-" ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    private sealed record Expected(int Count, Amount TotalBudget, Amount EuContribution)
    {
        public ScoreboardTotals Totals => new(Count, TotalBudget, EuContribution);
    }
}
