using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Dashboards;

/// <summary>
/// The partner country's priorities an initiative serves: set through the editor, filtered on the scoreboard in SQL,
/// and counted on the dashboard, priorities without an initiative included.
/// </summary>
public sealed class PartnerPrioritiesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Returns = "Return & reintegration of emigrants";
    private const string Documents = "Secure travel documents";
    private const string Unserved = "Diaspora investment";

    /// <summary>What the scoreboard's filters offer the scene, as far as priorities go.</summary>
    private static readonly ScoreboardFilterOptions PrioritiesOnly = new(new Dictionary<string, IReadOnlyList<FilterChoice>>
    {
        [InitiativeFields.FilterOf(nameof(ScoreboardQuery.Priority))!.Name] = [new(null, Returns), new(null, Documents), new(null, Unserved)],
    });

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_priority_filter_and_the_dashboard_count_exactly_the_initiatives_serving_each_priority()
    {
        var (scene, servingReturns, servingDocuments) = await StoreAsync();

        var returns = await fixture.Get<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId, Priority = Returns }, Token);
        Assert.Equal(servingReturns.Order(), returns.Rows.Select(r => r.Id).Order());
        var documents = await fixture.Get<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId, Priority = Documents }, Token);
        Assert.Equal(servingDocuments.Order(), documents.Rows.Select(r => r.Id).Order());
        var unserved = await fixture.Get<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId, Priority = Unserved }, Token);
        Assert.Empty(unserved.Rows);

        var dashboard = await fixture.Get<GetPartnershipDashboard>().ExecuteAsync(scene.PartnershipId, Token);
        Assert.NotNull(dashboard);
        Assert.Equal([(Returns, 2), (Documents, 1), (Unserved, 0)], dashboard.Priorities.Select(p => (p.Key, p.Totals.Count)));
        // One of the two initiatives serving it has no funding line: at least € 1,000.00, one not known.
        Assert.Equal(new Amount(1000m, 1), dashboard.Priorities[0].Totals.TotalBudget);

        // Every priority line opens, through its address, exactly the rows it counts.
        foreach (var figure in dashboard.Priorities)
        {
            Assert.NotNull(figure.Opens);
            var address = new ScoreboardView(figure.Opens, ScoreboardView.DefaultHidden).ToQueryString();
            Assert.Contains("priority=", address, StringComparison.Ordinal);
            var ignored = new List<string>();
            var read = ScoreboardView.Parse(scene.PartnershipId, address, ignored).WithKnownChoices(PrioritiesOnly, ignored).Query;
            Assert.Empty(ignored);
            Assert.Equal(figure.Opens, read);
            Assert.Equal(figure.Totals.Count, (await fixture.Get<QueryScoreboard>().ExecuteAsync(read, Token)).Totals.Count);
        }

        Assert.Equal(3, dashboard.Links().Count(l => l.Opens.Priority is not null));
    }

    [Fact]
    public async Task A_priority_not_of_the_partnership_is_refused_by_the_editor_and_reported_by_the_scoreboard()
    {
        var (scene, _, _) = await StoreAsync();
        var editor = fixture.Get<EditInitiative>();
        var editing = (await editor.LoadAsync(scene.InitiativeId, Token))!;
        Assert.Equal([Returns, Documents, Unserved], editing.Choices.Priorities);
        Assert.Equal(Returns, editing.Draft.Priority);
        var draft = editing.Draft.Copy();
        draft.Priority = "Something else";

        var outcome = await editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var invalid = Assert.IsType<WriteOutcome.Invalid>(outcome);
        Assert.Contains(invalid.Errors, e => e.Path == nameof(InitiativeDraft.Priority));
        Assert.Equal(Returns, (await editor.LoadAsync(scene.InitiativeId, Token))!.Draft.Priority);

        var ignored = new List<string>();
        var view = ScoreboardView.Parse(scene.PartnershipId, "?priority=Something%20else&novelty=New", ignored).WithKnownChoices(PrioritiesOnly, ignored);
        Assert.Equal(["priority=Something else (names nothing in this scoreboard)"], ignored);
        Assert.Equal(new ScoreboardQuery { PartnershipId = scene.PartnershipId, Novelty = Novelty.New }, view.Query);
    }

    /// <summary>The scene's initiative serves <see cref="Returns"/> (set through the editor); two more are stored, one serving each of the first two priorities, and one serving none.</summary>
    private async Task<(Scene Scene, List<Guid> Returns, List<Guid> Documents)> StoreAsync()
    {
        var scene = await Scene.StoreAsync(fixture);
        List<Guid> returns = [scene.InitiativeId];
        List<Guid> documents = [];
        await using (var db = await fixture.CreateContextAsync())
        {
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == scene.PartnershipId, Token);
            partnership.ReplacePriorities([Returns, Documents, Unserved]);
            var second = Initiative.Propose(partnership, "Reintegration grants", Pillar.MigrationAndDevelopment);
            second.AssignPriority(partnership, Returns);
            var third = Initiative.Propose(partnership, "Biometric passports", Pillar.IllegalMigration);
            third.AssignPriority(partnership, Documents);
            var none = Initiative.Propose(partnership, "Information campaign", Pillar.LegalMigration);
            db.Initiatives.AddRange(second, third, none);
            await db.SaveChangesAsync(Token);
            returns.Add(second.Id);
            documents.Add(third.Id);
        }

        var editor = fixture.Get<EditInitiative>();
        var editing = (await editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.Priority = Returns;
        Assert.IsType<WriteOutcome.Done>(await editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token));
        return (scene, returns, documents);
    }
}
