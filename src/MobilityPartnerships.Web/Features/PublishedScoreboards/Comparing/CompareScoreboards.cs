using MobilityPartnerships.Domain.Common;
using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Progress;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;

/// <summary>
/// Compares two published versions of a partnership (the older first, whichever order they are asked in), or a
/// version with today's scoreboard. Without a version the latest is taken, and without a second one today: the
/// comparison task-force members, digests and briefing packs start from. Rows not to be shared are left out on both
/// sides for those who may not see them, and a row that stopped or started being shared is not reported to them
/// (<see cref="ComparisonSeen"/>); the progress updates in between are those of initiatives the user may read.
/// </summary>
public sealed class CompareScoreboards(IDbContextFactory<AppDbContext> contexts, AccessControl access, ProductCalendar calendar, IStringLocalizer<Strings> text, Moments moments)
{
    /// <param name="partnershipId">The partnership.</param>
    /// <param name="from">A version's number; null for the latest.</param>
    /// <param name="to">A version's number; null for today's scoreboard.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<ComparisonOutcome> ExecuteAsync(Guid partnershipId, int? from, int? to, CancellationToken cancellationToken)
    {
        if (from is { } same && same == to)
        {
            return new ComparisonOutcome.Invalid(text["Published_CompareSame", same]);
        }

        if (!(await access.CheckPartnershipAsync(Operation.ReadPublishedScoreboards, partnershipId, cancellationToken)).IsAllowed)
        {
            return new ComparisonOutcome.NotFound();
        }

        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // One snapshot of the database for both sides and the progress between them.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var outcome = await CompareAsync(db, scope, partnershipId, from, to, cancellationToken);
            await snapshot.CommitAsync(cancellationToken);
            return outcome;
        });
    }

    private async Task<ComparisonOutcome> CompareAsync(AppDbContext db, ReadScope scope, Guid partnershipId, int? from, int? to, CancellationToken cancellationToken)
    {
        var name = await db.Partnerships.AsNoTracking().Where(p => p.Id == partnershipId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return new ComparisonOutcome.NotFound();
        }

        var versions = await db.PublishedScoreboards.AsNoTracking()
            .Where(v => v.PartnershipId == partnershipId)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionChoice(v.Number, v.PublishedAt))
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return new ComparisonOutcome.NothingPublished();
        }

        var first = from ?? versions[0].Number;
        foreach (var number in new[] { first, to }.OfType<int>())
        {
            if (versions.All(v => v.Number != number))
            {
                return new ComparisonOutcome.UnknownVersion(number);
            }
        }

        if (first == to)
        {
            return new ComparisonOutcome.Invalid(text["Published_CompareSame", first]);
        }

        var (olderNumber, newerNumber) = to is { } second && second < first ? (second, (int?)first) : (first, to);
        var older = await LoadRowsAsync(db, partnershipId, olderNumber, cancellationToken);
        var today = calendar.Today;
        var (newerRows, newerOn) = newerNumber is { } n
            ? await LoadRowsAsync(db, partnershipId, n, cancellationToken)
            : (await ScoreboardSnapshot.TakeAsync(db, partnershipId, cancellationToken), today);

        var differences = ComparisonSeen.By(scope, older.Rows, newerRows, await PublishedNames.ForPageAsync(db, cancellationToken));

        // Updates entered after the older version's publication and not after the newer's (today: up to now), whatever day they describe.
        var readable = scope.Apply(db.Initiatives.AsNoTracking()).Where(i => i.PartnershipId == partnershipId);
        var olderVersion = db.PublishedScoreboards.AsNoTracking().Where(v => v.PartnershipId == partnershipId && v.Number == olderNumber);
        DateTimeOffset? until = newerNumber is { } newer ? versions.Single(v => v.Number == newer).PublishedAt : null;
        var progress = (await UpdatesSinceVersion.Of(db.ProgressUpdates.AsNoTracking(), readable, olderVersion, until)
                .OrderBy(p => p.ReportedOn).ThenBy(p => p.PostedAt).ThenBy(p => NameOrder.Key(p.InitiativeTitle)).ThenBy(p => p.InitiativeId)
                .ToListAsync(cancellationToken))
            .Select(p => new ProgressInBetween(p.InitiativeId, p.InitiativeTitle, p.ReportedOn, p.Rating, p.Author))
            .ToList();

        return new ComparisonOutcome.Compared(new VersionComparison(
            partnershipId,
            name,
            new ComparedScoreboard(olderNumber, older.On),
            new ComparedScoreboard(newerNumber, newerOn),
            differences,
            progress,
            versions));
    }

    private async Task<(List<PublishedInitiative> Rows, DateOnly On)> LoadRowsAsync(AppDbContext db, Guid partnershipId, int number, CancellationToken cancellationToken)
    {
        var version = await db.PublishedScoreboards.AsNoTracking().SingleAsync(v => v.PartnershipId == partnershipId && v.Number == number, cancellationToken);
        return ([.. version.Initiatives], moments.Day(version.PublishedAt));
    }
}
