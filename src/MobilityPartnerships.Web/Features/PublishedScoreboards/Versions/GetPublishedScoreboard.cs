using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

/// <summary>
/// One published version of a partnership's scoreboard, exactly as stored (see <see cref="Operation.ReadPublishedScoreboards"/>);
/// rows not to be shared are left out for those who may not see them.
/// </summary>
public sealed class GetPublishedScoreboard(IDbContextFactory<AppDbContext> contexts, AccessControl access, ProductCalendar calendar)
{
    /// <summary>The version, or null when there is no such version or the user may not read the partnership's versions.</summary>
    public async Task<PublishedVersion?> ExecuteAsync(Guid partnershipId, int number, CancellationToken cancellationToken)
    {
        if (!(await access.CheckPartnershipAsync(Operation.ReadPublishedScoreboards, partnershipId, cancellationToken)).IsAllowed)
        {
            return null;
        }

        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await LoadAsync(db, scope, partnershipId, number, cancellationToken);
    }

    /// <summary>The version as the scope may see it, without asking about access (the caller has).</summary>
    private async Task<PublishedVersion?> LoadAsync(AppDbContext db, ReadScope scope, Guid partnershipId, int number, CancellationToken cancellationToken)
    {
        var version = await db.PublishedScoreboards.AsNoTracking()
            .SingleOrDefaultAsync(v => v.PartnershipId == partnershipId && v.Number == number, cancellationToken);
        if (version is null)
        {
            return null;
        }

        // The meeting as last corrected, if it was; the corrections listed with their dates.
        var corrections = await (
                from c in db.PublishedMeetingCorrections.AsNoTracking()
                where c.PublishedScoreboardId == version.Id
                orderby c.CorrectedAt, c.Id
                select new { c.Id, c.PreviousMeetingId, c.MeetingId, c.Reason, c.CorrectedBy, c.CorrectedAt })
            .ToListAsync(cancellationToken);
        var linked = new[] { version.MeetingId }.Concat(corrections.SelectMany(c => new[] { c.PreviousMeetingId, c.MeetingId })).OfType<Guid>().Distinct().ToList();
        var meetings = await scope.Apply(db.Meetings.AsNoTracking()).Where(m => linked.Contains(m.Id))
            .Select(m => new PublishedForMeeting(m.Id, m.Title, m.HeldOn)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var current = corrections.Count > 0 ? corrections[^1].MeetingId : version.MeetingId;
        var meeting = current is { } meetingId ? meetings.GetValueOrDefault(meetingId) : null;
        var names = await PublishedNames.ForPageAsync(db, cancellationToken);
        var rows = version.Initiatives.Where(r => scope.SeesUnshared || r.IsShareable).Select(names.Shown);
        return new PublishedVersion(version.PartnershipId, version.PartnershipName, version.Number, version.PublishedAt, calendar.DayOf(version.PublishedAt), version.PublishedBy, meeting, version.Note, PublishedVersion.Ordered(rows))
        {
            MeetingCorrections =
            [
                .. corrections.Select(c => new MeetingLinkCorrection(
                    c.PreviousMeetingId is { } from ? meetings.GetValueOrDefault(from) : null,
                    c.MeetingId is { } to ? meetings.GetValueOrDefault(to) : null,
                    c.Reason,
                    c.CorrectedBy,
                    c.CorrectedAt)),
            ],
        };
    }
}
