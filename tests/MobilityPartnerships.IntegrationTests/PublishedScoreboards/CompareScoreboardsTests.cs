using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

namespace MobilityPartnerships.IntegrationTests.PublishedScoreboards;

/// <summary>
/// Comparing two versions, or a version with today, reports exactly what changed, matched by identity; the progress
/// updates in between are listed; the partner country never sees rows not to be shared, on either side.
/// </summary>
public sealed class CompareScoreboardsTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_change_of_each_kind_is_reported_exactly_and_matched_by_identity()
    {
        var scene = await ScoreboardScene.StoreAsync(world);
        Assert.IsType<WriteOutcome.Created>(await PublishAsync(scene.PartnershipId));
        Guid added;
        await using (var db = await world.CreateContextAsync())
        {
            var rows = await db.Initiatives.Include(i => i.FundingLines).Include(i => i.Partners).Include(i => i.ThematicAreas)
                .Where(i => i.PartnershipId == scene.PartnershipId).ToDictionaryAsync(i => i.Id, Ct);
            rows[scene["partner"]].AddPartner(scene.OtherOrganisationId, PartnerRole.Participating);
            var line = rows[scene["funding"]].FundingLines.Single();
            line.Revise(line.SourceKind, line.Programme, line.ContributorId, 1500m, line.EuContribution);
            var area = await db.ThematicAreas.Where(a => a.Pillar == Pillar.LegalMigration).OrderBy(a => a.Name).FirstAsync(Ct);
            rows[scene["area"]].Classify(Pillar.LegalMigration, [area]);
            rows[scene["period"]].Schedule(ImplementationPeriod.Create(new DateOnly(2024, 3, 1), new DateOnly(2026, 6, 1), null), []);
            var shareable = rows[scene["shareable"]];
            shareable.Situate(shareable.Location, shareable.Novelty, isShareable: false);
            rows[scene["archived"]].Archive();
            var renamed = rows[scene["renamed"]];
            renamed.Describe("Initiative with a new title", renamed.Summary, renamed.ReferenceCode);
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == scene.PartnershipId, Ct);
            var newcomer = Initiative.Propose(partnership, "Initiative added", Pillar.LegalMigration, InitiativeStatus.Planned);
            db.Initiatives.Add(newcomer);
            added = newcomer.Id;
            await db.SaveChangesAsync(Ct);
        }

        (Guid, ComparedField)[] expected =
        [
            (scene["partner"], ComparedField.Partners),
            (scene["funding"], ComparedField.FundingLines),
            (scene["funding"], ComparedField.TotalBudget),
            (scene["area"], ComparedField.ThematicAreas),
            (scene["period"], ComparedField.Period),
            (scene["shareable"], ComparedField.Shareable),
            (scene["renamed"], ComparedField.Title),
        ];

        // The default: the latest version with today.
        var withToday = await CompareAsync(world.Administrator, scene.PartnershipId, null, null);
        Assert.Equal((1, (int?)null), (withToday.Older.Number, withToday.Newer.Number));
        AssertReports(withToday.Differences, expected, added, scene["archived"]);

        // The same between two versions, whichever order they are asked in.
        Assert.IsType<WriteOutcome.Created>(await PublishAsync(scene.PartnershipId));
        var between = await CompareAsync(world.Administrator, scene.PartnershipId, 2, 1);
        Assert.Equal((1, (int?)2), (between.Older.Number, between.Newer.Number));
        AssertReports(between.Differences, expected, added, scene["archived"]);

        var changes = between.Differences.Changed.ToDictionary(c => c.After.InitiativeId, c => c.Changes);
        Assert.Equal(new FieldChange(ComparedField.TotalBudget, Amount.Exact(1000m), Amount.Exact(1500m)), changes[scene["funding"]].Single(c => c.Field == ComparedField.TotalBudget));
        Assert.Equal(new PeriodValue(new DateOnly(2024, 3, 1), new DateOnly(2026, 6, 1), null), changes[scene["period"]].Single().After);
        Assert.Equal((true, false), (changes[scene["shareable"]].Single().Before, changes[scene["shareable"]].Single().After));
        Assert.Equal(("Initiative renamed", "Initiative with a new title"), (changes[scene["renamed"]].Single().Before, changes[scene["renamed"]].Single().After));

        // Nothing has changed since version 2.
        Assert.True((await CompareAsync(world.Administrator, scene.PartnershipId, null, null)).Differences.IsEmpty);
    }

    [Fact]
    public async Task Unknown_versions_and_a_version_compared_with_itself_are_answered_plainly()
    {
        var scene = await ScoreboardScene.StoreAsync(world);
        await using var scope = world.As(world.Administrator);
        var compare = scope.ServiceProvider.GetRequiredService<CompareScoreboards>();

        Assert.IsType<ComparisonOutcome.NothingPublished>(await compare.ExecuteAsync(scene.PartnershipId, null, null, Ct));
        Assert.IsType<WriteOutcome.Created>(await PublishAsync(scene.PartnershipId));
        Assert.Equal(7, Assert.IsType<ComparisonOutcome.UnknownVersion>(await compare.ExecuteAsync(scene.PartnershipId, 1, 7, Ct)).Number);
        Assert.Equal("Version 1 cannot be compared with itself; choose two different versions, or a version and today.", Assert.IsType<ComparisonOutcome.Invalid>(await compare.ExecuteAsync(scene.PartnershipId, 1, 1, Ct)).Message);
        Assert.IsType<ComparisonOutcome.NotFound>(await compare.ExecuteAsync(Guid.NewGuid(), null, null, Ct));
    }

    [Fact]
    public async Task Progress_updates_reported_after_the_older_version_and_up_to_the_newer_are_listed()
    {
        var scene = await ScoreboardScene.StoreAsync(world);
        var today = ProductDays.Today;
        await StoreVersionAsync(scene.PartnershipId, 1, today.AddDays(-30));
        await PostAsync(scene["untouched"], today.AddDays(-40), "Before the version");
        await PostAsync(scene["untouched"], today.AddDays(-10), "After the version");
        await PostAsync(scene["renamed"], today, "Today");

        var comparison = await CompareAsync(world.Administrator, scene.PartnershipId, null, null);

        Assert.Equal(
            [(scene["untouched"], today.AddDays(-10)), (scene["renamed"], today)],
            comparison.Progress.Select(p => (p.InitiativeId, p.ReportedOn)));
        var first = comparison.Progress[0];
        Assert.Equal(("Initiative untouched", ProgressRating.OnTrack, "Focal point of the test"), (first.InitiativeTitle, first.Rating, first.Author));
    }

    [Fact]
    public async Task Progress_entered_after_a_version_is_in_between_whatever_day_it_describes()
    {
        // Version 1 at noon three days ago, version 2 at noon yesterday (both UTC).
        var scene = await ScoreboardScene.StoreAsync(world);
        var today = ProductDays.Today;
        await StoreVersionAsync(scene.PartnershipId, 1, today.AddDays(-3));
        await PostAsync(scene["untouched"], today.AddDays(-3), "Entered before the version, the same day", At(today.AddDays(-3), 9));
        await PostAsync(scene["untouched"], today.AddDays(-3), "Entered after the version, dated its day", At(today.AddDays(-3), 15));
        await PostAsync(scene["renamed"], today.AddDays(-5), "Entered after the version, backdated", At(today.AddDays(-2), 10));
        await StoreVersionAsync(scene.PartnershipId, 2, today.AddDays(-1));
        await PostAsync(scene["period"], today.AddDays(-2), "Entered after version 2, backdated", At(today.AddDays(-1), 13));

        var withToday = await CompareAsync(world.Administrator, scene.PartnershipId, 1, null);
        var withVersion2 = await CompareAsync(world.Administrator, scene.PartnershipId, 1, 2);

        Assert.Equal(
            [(scene["renamed"], today.AddDays(-5)), (scene["untouched"], today.AddDays(-3)), (scene["period"], today.AddDays(-2))],
            withToday.Progress.Select(p => (p.InitiativeId, p.ReportedOn)));
        Assert.Equal(
            [(scene["renamed"], today.AddDays(-5)), (scene["untouched"], today.AddDays(-3))],
            withVersion2.Progress.Select(p => (p.InitiativeId, p.ReportedOn)));
    }

    [Fact]
    public async Task The_partner_country_never_sees_rows_not_to_be_shared_in_a_version_or_a_comparison()
    {
        var today = ProductDays.Today;
        await StoreVersionAsync(world.Inside, 1, today.AddDays(-20));
        await using (var db = await world.CreateContextAsync())
        {
            (await db.Initiatives.SingleAsync(i => i.Id == world.UnsharedInitiative, Ct)).ChangeStatus(InitiativeStatus.Ongoing, latestUpdate: null);
            (await db.Initiatives.SingleAsync(i => i.Id == world.OwnInitiative, Ct)).ChangeStatus(InitiativeStatus.Ongoing, latestUpdate: null);
            await db.SaveChangesAsync(Ct);
        }

        await PostAsync(world.UnsharedInitiative, today.AddDays(-5), "Internal");
        await PostAsync(world.OwnInitiative, today.AddDays(-5), "Shared");

        var partnerCountry = world.Users["PartnerCountryOfficial"];
        await using (var scope = world.As(partnerCountry))
        {
            var version = await scope.ServiceProvider.GetRequiredService<GetPublishedScoreboard>().ExecuteAsync(world.Inside, 1, Ct);
            Assert.DoesNotContain(version!.Rows, r => r.InitiativeId == world.UnsharedInitiative);
            Assert.Contains(version.Rows, r => r.InitiativeId == world.OwnInitiative);
            var listed = await scope.ServiceProvider.GetRequiredService<GetPublishedScoreboards>().ExecuteAsync(world.Inside, Ct);
            Assert.Equal(version.Rows.Count, Assert.Single(listed!.Versions, v => v.Number == 1).Rows);
        }

        var seenByPartner = await CompareAsync(partnerCountry, world.Inside, 1, null);
        Assert.Equal([world.OwnInitiative], seenByPartner.Differences.Changed.Select(c => c.After.InitiativeId));
        Assert.Equal([world.OwnInitiative], seenByPartner.Progress.Select(p => p.InitiativeId));

        var seenByFocalPoint = await CompareAsync(world.Users["FocalPoint"], world.Inside, 1, null);
        Assert.Equal(new[] { world.OwnInitiative, world.UnsharedInitiative }.Order(), seenByFocalPoint.Differences.Changed.Select(c => c.After.InitiativeId).Order());
        Assert.Equal(2, seenByFocalPoint.Progress.Count);
    }

    [Fact]
    public async Task A_row_that_stopped_or_started_being_shared_is_neither_removed_nor_added_for_the_partner_country()
    {
        // A partnership of its own with the world's partner country, so that its sharing changes touch no other test.
        Guid partnershipId;
        var rows = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using (var db = await world.CreateContextAsync())
        {
            var countryId = await db.Partnerships.Where(p => p.Id == world.Inside).Select(p => p.PartnerCountryId).SingleAsync(Ct);
            var country = await db.Organisations.SingleAsync(o => o.Id == countryId, Ct);
            var lead = await db.Organisations.SingleAsync(o => o.Id == world.MemberStateA, Ct);
            var partnership = Partnership.Open($"Partnership of changing sharing {Guid.NewGuid():N}", PartnershipKind.BilateralMigrationPartnership, country, PartnershipStatus.Negotiation);
            partnership.RecordSignature(new DateOnly(2010, 1, 15));
            partnership.RecordOriginalSignatory(lead);
            partnership.RecordOriginalSignatory(country);
            db.Partnerships.Add(partnership);
            foreach (var (name, shared) in new[] { ("stops being shared", true), ("starts being shared", false), ("shared throughout", true), ("never shared", false) })
            {
                var initiative = Initiative.Propose(partnership, $"Initiative that {name}", Pillar.LegalMigration, InitiativeStatus.Planned);
                initiative.AssignLead(partnership, lead.Id);
                initiative.Situate(null, Novelty.New, isShareable: shared);
                db.Initiatives.Add(initiative);
                rows[name] = initiative.Id;
            }

            await db.SaveChangesAsync(Ct);
            partnershipId = partnership.Id;
        }

        await StoreVersionAsync(partnershipId, 1, ProductDays.Today.AddDays(-10));
        await using (var db = await world.CreateContextAsync())
        {
            (await db.Initiatives.SingleAsync(i => i.Id == rows["stops being shared"], Ct)).Situate(null, Novelty.New, isShareable: false);
            (await db.Initiatives.SingleAsync(i => i.Id == rows["starts being shared"], Ct)).Situate(null, Novelty.New, isShareable: true);
            foreach (var id in rows.Values)
            {
                (await db.Initiatives.SingleAsync(i => i.Id == id, Ct)).ChangeStatus(InitiativeStatus.Ongoing, latestUpdate: null);
            }

            await db.SaveChangesAsync(Ct);
        }

        await StoreVersionAsync(partnershipId, 2, ProductDays.Today.AddDays(-1));
        var partnerCountry = world.Users["PartnerCountryOfficial"];
        foreach (var to in new int?[] { null, 2 })
        {
            // Nothing was removed or added: one row is no longer theirs to see, the other was not theirs to see then.
            var seenByPartner = await CompareAsync(partnerCountry, partnershipId, 1, to);
            Assert.Empty(seenByPartner.Differences.Removed);
            Assert.Empty(seenByPartner.Differences.Added);
            Assert.Equal([rows["shared throughout"]], seenByPartner.Differences.Changed.Select(c => c.After.InitiativeId));

            var seenByFocalPoint = await CompareAsync(world.Administrator, partnershipId, 1, to);
            Assert.Empty(seenByFocalPoint.Differences.Removed);
            Assert.Empty(seenByFocalPoint.Differences.Added);
            Assert.Equal(rows.Values.Order(), seenByFocalPoint.Differences.Changed.Select(c => c.After.InitiativeId).Order());
            Assert.Contains(seenByFocalPoint.Differences.Changed.Single(c => c.After.InitiativeId == rows["stops being shared"]).Changes, f => f.Field == ComparedField.Shareable);
        }
    }

    private static void AssertReports(ScoreboardComparison differences, (Guid, ComparedField)[] expected, Guid added, Guid archived)
    {
        Assert.Equal(added, Assert.Single(differences.Added).InitiativeId);
        Assert.Equal(archived, Assert.Single(differences.Removed).InitiativeId);
        Assert.Equal(
            expected.Order().ToList(),
            differences.Changed.SelectMany(c => c.Changes.Select(f => (c.After.InitiativeId, f.Field))).Order().ToList());
    }

    /// <summary>A version as if published on an earlier day: what the handler stores, dated then (inserting is all the database allows).</summary>
    [Fact]
    public async Task A_changed_priority_or_commitment_is_reported_old_to_new_and_a_version_that_did_not_keep_them_reports_no_change()
    {
        var scene = await ScoreboardScene.StoreAsync(world);
        var linked = await PrioritiesAndCommitments.StoreAsync(world, scene.PartnershipId, scene["untouched"]);
        Assert.IsType<WriteOutcome.Created>(await PublishAsync(scene.PartnershipId));
        await using (var db = await world.CreateContextAsync())
        {
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == scene.PartnershipId, Ct);
            var initiative = await db.Initiatives.SingleAsync(i => i.Id == scene["untouched"], Ct);
            initiative.AssignPriority(partnership, linked.OtherPriority);
            initiative.LinkCommitment(await db.Commitments.SingleAsync(c => c.Id == linked.OtherCommitmentId, Ct));
            var other = await db.Initiatives.SingleAsync(i => i.Id == scene["partner"], Ct);
            other.AssignPriority(partnership, linked.Priority);
            await db.SaveChangesAsync(Ct);
        }

        var comparison = await CompareAsync(world.Administrator, scene.PartnershipId, null, null);

        var changes = comparison.Differences.Changed.ToDictionary(c => c.After.InitiativeId, c => c.Changes);
        Assert.Equal(
            [new FieldChange(ComparedField.Priority, linked.Priority, linked.OtherPriority), new FieldChange(ComparedField.Commitment, linked.Commitment, linked.OtherCommitment)],
            changes[scene["untouched"]]);
        Assert.Equal([new FieldChange(ComparedField.Priority, string.Empty, linked.Priority)], changes[scene["partner"]]);
        Assert.Equal(2, changes.Count);
        var text = world.Get<Microsoft.Extensions.Localization.IStringLocalizer<Web.Resources.Strings>>();
        Assert.Equal("Partner-country priority", text.Label(ComparedField.Priority));
        Assert.Equal("(none in particular)", text.Value(ComparedField.Priority, string.Empty));

        // A version published before versions kept them (null, not empty) says nothing about them: no change against it.
        await using (var db = await world.CreateContextAsync())
        {
            var rows = (await ScoreboardSnapshot.TakeAsync(db, scene.PartnershipId, Ct)).Select(r => r with { Priority = null, Commitment = null });
            db.PublishedScoreboards.Add(PublishedScoreboard.Publish(scene.PartnershipId, "Earlier name", 2, DateTimeOffset.UtcNow, "Earlier publisher", null, null, rows));
            await db.SaveChangesAsync(Ct);
        }

        Assert.True((await CompareAsync(world.Administrator, scene.PartnershipId, 2, null)).Differences.IsEmpty);
        Assert.Empty((await CompareAsync(world.Administrator, scene.PartnershipId, 1, 2)).Differences.Changed);
    }

    [Fact]
    public async Task A_changed_title_in_the_other_language_is_reported_between_two_versions_under_its_label()
    {
        var scene = await ScoreboardScene.StoreAsync(world);
        Assert.IsType<WriteOutcome.Created>(await PublishAsync(scene.PartnershipId));
        await using (var db = await world.CreateContextAsync())
        {
            var initiative = await db.Initiatives.SingleAsync(i => i.Id == scene["untouched"], Ct);
            initiative.TitleInSecondLanguage("Migrer les yeux ouverts");
            await db.SaveChangesAsync(Ct);
        }

        Assert.IsType<WriteOutcome.Created>(await PublishAsync(scene.PartnershipId));

        var changed = Assert.Single((await CompareAsync(world.Administrator, scene.PartnershipId, 1, 2)).Differences.Changed);
        Assert.Equal(scene["untouched"], changed.After.InitiativeId);
        var change = Assert.Single(changed.Changes);
        Assert.Equal(new FieldChange(ComparedField.Fact, string.Empty, "Migrer les yeux ouverts") { Fact = nameof(Initiative.SecondLanguageTitle) }, change);
        var text = world.Get<Microsoft.Extensions.Localization.IStringLocalizer<Web.Resources.Strings>>();
        Assert.Equal("Title in the other language", text.Label(change));
        Assert.Equal(("(not stated)", "Migrer les yeux ouverts"), (text.Value(change.Field, change.Before), text.Value(change.Field, change.After)));
    }

    private async Task StoreVersionAsync(Guid partnershipId, int number, DateOnly on)
    {
        await using var db = await world.CreateContextAsync();
        var rows = await ScoreboardSnapshot.TakeAsync(db, partnershipId, Ct);
        var name = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Name).SingleAsync(Ct);
        db.PublishedScoreboards.Add(PublishedScoreboard.Publish(partnershipId, name, number, new DateTimeOffset(on.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), "Earlier publisher", null, null, rows));
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>An update describing <paramref name="on"/>, entered at <paramref name="postedAt"/> (by default that day at 13:00 UTC, after a version stored that day).</summary>
    private async Task PostAsync(Guid initiativeId, DateOnly on, string narrative, DateTimeOffset? postedAt = null)
    {
        await using var db = await world.CreateContextAsync();
        var initiative = await db.Initiatives.Include(i => i.Partners).SingleAsync(i => i.Id == initiativeId, Ct);
        db.ProgressUpdates.Add(ProgressUpdate.Post(initiative, new ProgressAuthor("Focal point of the test", null, IsFocalPoint: true), on, ProgressRating.OnTrack, narrative, ProductDays.Today, postedAt ?? At(on, 13)));
        await db.SaveChangesAsync(Ct);
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    private async Task<WriteOutcome> PublishAsync(Guid partnershipId)
    {
        await using var scope = world.As(world.Administrator);
        return await scope.ServiceProvider.GetRequiredService<PublishScoreboard>().ExecuteAsync(partnershipId, new PublishDraft(), Ct);
    }

    private async Task<VersionComparison> CompareAsync(ClaimsPrincipal user, Guid partnershipId, int? from, int? to)
    {
        await using var scope = world.As(user);
        var outcome = await scope.ServiceProvider.GetRequiredService<CompareScoreboards>().ExecuteAsync(partnershipId, from, to, Ct);
        return Assert.IsType<ComparisonOutcome.Compared>(outcome).Comparison;
    }
}
