using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests.Dashboards;

/// <summary>
/// A partnership whose funding names 900 programmes and 400 contributors: its dashboard lists the leading few of each
/// (it drew a bar for every one before), chosen in PostgreSQL, says truly how many there are, and sums the lines of the
/// rest as one figure, so that the section still sums every line; the statements it sends do not grow with the values.
/// </summary>
public sealed class ManyFundersDashboardTests(ManyFundersFixture fixture) : IClassFixture<ManyFundersFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_dashboard_lists_a_bounded_number_of_figures_whatever_the_number_of_programmes_and_contributors()
    {
        var dashboard = await fixture.Get<GetPartnershipDashboard>().ExecuteAsync(fixture.PartnershipId, Token);

        Assert.NotNull(dashboard);
        Assert.Equal(ManyFundersFixture.InitiativeCount, dashboard.All.Totals.Count);
        var programmes = dashboard.Links().Count(l => l.Opens.Programme is not null);
        var contributors = dashboard.Links().Count(l => l.Opens.ContributorId is not null);
        Assert.True(programmes <= GetPartnershipDashboard.FiguresPerSection, $"{programmes} programmes listed");
        Assert.True(contributors <= GetPartnershipDashboard.FiguresPerSection, $"{contributors} contributors listed");
    }

    [Theory]
    [InlineData("f.programme", "f.programme", ManyFundersFixture.ProgrammeCount)]
    [InlineData("f.contributor_id", "coalesce(o.short_name, o.name)", ManyFundersFixture.ContributorCount)]
    public async Task A_funding_section_lists_its_leading_values_says_how_many_there_are_and_sums_the_rest(string key, string name, int count)
    {
        var dashboard = await fixture.Get<GetPartnershipDashboard>().ExecuteAsync(fixture.PartnershipId, Token);
        Assert.NotNull(dashboard);
        var section = key == "f.programme"
            ? Section(dashboard.Programmes, k => k)
            : Section(dashboard.Contributors, k => k?.ToString());

        // The leading values, as hand-written SQL ranks them: by known total budget (none known last), initiatives, name.
        var ranked = await RankedAsync(key, name);
        Assert.Equal(count, ranked.Count);
        Assert.Equal(count, section.Count);
        Assert.Equal(ranked.Take(GetPartnershipDashboard.FiguresPerSection).Select(r => (r.Key, r.Name, r.Totals)), section.Leading);

        // Not stated, and the rest: what SQL sums over exactly those lines.
        Assert.Equal(await SumsAsync($"{key} IS NULL"), section.NotStated);
        var rest = await SumsAsync($"{key} IS NOT NULL AND {key}::text <> ALL($2)", [.. section.Leading.Select(l => l.Key!)]);
        Assert.Equal(rest, section.Others);
        Assert.True(rest.TotalBudget.Unknown > 0 && rest.TotalBudget.Known > 0, "the rest has amounts known and not known");

        // Every line summed once: the listed values, those not stated and the rest make the money of all the lines.
        var all = await SumsAsync("true");
        Assert.Equal(
            all.TotalBudget.Known,
            section.Leading.Sum(l => l.Totals.TotalBudget.Known ?? 0m) + (section.NotStated.TotalBudget.Known ?? 0m) + (section.Others.TotalBudget.Known ?? 0m));
        Assert.Equal(
            all.EuContribution.Known,
            section.Leading.Sum(l => l.Totals.EuContribution.Known ?? 0m) + (section.NotStated.EuContribution.Known ?? 0m) + (section.Others.EuContribution.Known ?? 0m));
    }

    [Fact]
    public async Task Listing_the_leading_values_takes_one_more_statement_a_section_however_many_values_there_are()
    {
        var few = await StatementsAsync(fixture.FewFundersId);
        var many = await StatementsAsync(fixture.PartnershipId);

        // The generated partnership's three programmes and no contributor are all listed; here both sections are cut.
        Assert.Equal(few + 2, many);
    }

    private static Listed Section<TKey>(LeadingFigures<TKey> figures, Func<TKey, string?> key) => new(
        [.. figures.Leading.Select(f => (key(f.Key), f.Label, f.Totals))],
        figures.Count,
        Assert.IsType<DashboardFigure<TKey>>(figures.NotStated).Totals,
        Assert.IsType<ScoreboardTotals>(figures.Others));

    /// <summary>The statements the dashboard of <paramref name="partnershipId"/> sends, the read scope read before.</summary>
    private async Task<int> StatementsAsync(Guid partnershipId)
    {
        var counter = new CommandCounter();
        await using var services = AppServices.Build(
            fixture.Database.ConnectionString,
            replace: s => s.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(counter)));
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(fixture.Administrator);
        await scope.ServiceProvider.GetRequiredService<AccessControl>().ReadScopeAsync(Token);

        var before = counter.Commands;
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<GetPartnershipDashboard>().ExecuteAsync(partnershipId, Token));
        return counter.Commands - before;
    }

    private const string Lines = """
        FROM initiatives i JOIN funding_lines f ON f.initiative_id = i.id LEFT JOIN organisations o ON o.id = f.contributor_id
        WHERE i.partnership_id = $1 AND NOT i.is_archived
        """;

    private const string Sums = """
        count(DISTINCT i.id),
        coalesce(sum(f.total_budget)::text, '-'), count(DISTINCT i.id) FILTER (WHERE f.total_budget IS NULL),
        coalesce(sum(f.eu_contribution)::text, '-'), count(DISTINCT i.id) FILTER (WHERE f.eu_contribution IS NULL)
        """;

    /// <summary>Every value named, in the order SQL ranks them, with its sums.</summary>
    private async Task<List<(string? Key, string Name, ScoreboardTotals Totals)>> RankedAsync(string key, string name)
    {
        var rows = await fixture.Database.RowsAsync($"""
            SELECT concat_ws('|', ({key})::text, {name}, {Sums})
            {Lines} AND {key} IS NOT NULL
            GROUP BY {key}, {name}
            ORDER BY sum(f.total_budget) DESC NULLS LAST, count(DISTINCT i.id) DESC, {name}, {key}
            """, fixture.PartnershipId);
        return [.. rows.Select(r => r.Split('|')).Select(p => ((string?)p[0], p[1], Totals(p[2..])))];
    }

    /// <summary>The sums over the lines that <paramref name="where"/> keeps.</summary>
    private async Task<ScoreboardTotals> SumsAsync(string where, string[]? listed = null)
    {
        var parameters = listed is null ? new object[] { fixture.PartnershipId } : [fixture.PartnershipId, listed];
        var row = await fixture.Database.RowsAsync($"SELECT concat_ws('|', {Sums}) {Lines} AND ({where})", parameters);
        return Totals(Assert.Single(row).Split('|'));
    }

    private static ScoreboardTotals Totals(string[] p) => new(
        int.Parse(p[0], CultureInfo.InvariantCulture),
        new Amount(Sum(p[1]), int.Parse(p[2], CultureInfo.InvariantCulture)),
        new Amount(Sum(p[3]), int.Parse(p[4], CultureInfo.InvariantCulture)));

    private static decimal? Sum(string text) => text == "-" ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    private sealed record Listed(List<(string? Key, string Name, ScoreboardTotals Totals)> Leading, int Count, ScoreboardTotals NotStated, ScoreboardTotals Others);
}
