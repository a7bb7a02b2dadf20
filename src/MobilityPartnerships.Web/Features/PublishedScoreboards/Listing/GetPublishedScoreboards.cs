using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;

/// <summary>
/// A partnership's published versions (see <see cref="Operation.ReadPublishedScoreboards"/>). Counts and money are
/// of the rows the user may see: rows not to be shared are left out for the partner country, and so are the
/// internal meetings a version was published for.
/// </summary>
public sealed class GetPublishedScoreboards(IDbContextFactory<AppDbContext> contexts, AccessControl access)
{
    /// <summary>The list, or null when there is no such partnership or the user may not read its versions.</summary>
    public async Task<PublishedScoreboardList?> ExecuteAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        if (!(await access.CheckPartnershipAsync(Operation.ReadPublishedScoreboards, partnershipId, cancellationToken)).IsAllowed)
        {
            return null;
        }

        var scope = await access.ReadScopeAsync(cancellationToken);
        var unshared = scope.SeesUnshared;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = await db.Partnerships.AsNoTracking().Where(p => p.Id == partnershipId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }

        var versions = await db.PublishedScoreboards.AsNoTracking()
            .Where(v => v.PartnershipId == partnershipId)
            .OrderByDescending(v => v.Number)
            .Select(v => new
            {
                v.Id,
                v.Number,
                v.PublishedAt,
                v.PublishedBy,
                v.MeetingId,
                v.Note,
                Rows = v.Initiatives.Count(i => unshared || i.IsShareable),
                // Known sums and how many rows are not fully known, as the version's page sums them.
                TotalBudget = v.Initiatives.Where(i => unshared || i.IsShareable).Any(i => i.TotalBudgetKnown != null) ? v.Initiatives.Where(i => unshared || i.IsShareable).Sum(i => i.TotalBudgetKnown) : null,
                TotalBudgetUnknown = v.Initiatives.Count(i => (unshared || i.IsShareable) && i.TotalBudgetUnknown > 0),
                EuContribution = v.Initiatives.Where(i => unshared || i.IsShareable).Any(i => i.EuContributionKnown != null) ? v.Initiatives.Where(i => unshared || i.IsShareable).Sum(i => i.EuContributionKnown) : null,
                EuContributionUnknown = v.Initiatives.Count(i => (unshared || i.IsShareable) && i.EuContributionUnknown > 0),
            })
            .ToListAsync(cancellationToken);
        var meetings = await scope.Apply(db.Meetings.AsNoTracking())
            .Where(m => m.PartnershipId == partnershipId)
            .OrderByDescending(m => m.HeldOn)
            .Select(m => new PublishedForMeeting(m.Id, m.Title, m.HeldOn))
            .ToListAsync(cancellationToken);
        var byId = meetings.ToDictionary(m => m.Id);

        // A cancelled meeting is no choice for a new version; a version's link as last corrected, if it was.
        var cancelled = await db.Meetings.AsNoTracking().Where(m => m.PartnershipId == partnershipId && m.CancelledAt != null).Select(m => m.Id).ToListAsync(cancellationToken);
        var corrected = await VersionMeetings.CorrectedAsync(db, partnershipId, number: null, cancellationToken);

        return new PublishedScoreboardList(
            partnershipId,
            name,
            [.. versions.Select(v => new PublishedVersionSummary(v.Id, v.Number, v.PublishedAt, v.PublishedBy, VersionMeetings.Current(v.Number, v.MeetingId, corrected) is { } id ? byId.GetValueOrDefault(id) : null, v.Note, v.Rows, new Amount(v.TotalBudget, v.TotalBudgetUnknown), new Amount(v.EuContribution, v.EuContributionUnknown)))],
            [.. meetings.Where(m => !cancelled.Contains(m.Id))]);
    }
}
