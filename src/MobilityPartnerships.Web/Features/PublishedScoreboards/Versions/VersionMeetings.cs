using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

/// <summary>
/// The meeting a published version is linked to: its own, unless a dated correction says otherwise (the latest one
/// counts). The version itself is never changed.
/// </summary>
internal static class VersionMeetings
{
    /// <summary>Per version number, the meeting its latest correction links it to (null: none); versions never corrected are absent.</summary>
    public static async Task<Dictionary<int, Guid?>> CorrectedAsync(AppDbContext db, Guid partnershipId, int? number, CancellationToken cancellationToken)
    {
        var corrections = await (
                from c in db.PublishedMeetingCorrections.AsNoTracking()
                join v in db.PublishedScoreboards.AsNoTracking() on c.PublishedScoreboardId equals v.Id
                where v.PartnershipId == partnershipId && (number == null || v.Number == number)
                select new { v.Number, c.MeetingId, c.CorrectedAt, c.Id })
            .ToListAsync(cancellationToken);
        return corrections.GroupBy(c => c.Number)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.CorrectedAt).ThenByDescending(c => c.Id).First().MeetingId);
    }

    /// <summary>The version's meeting as last corrected, or as published.</summary>
    public static Guid? Current(int number, Guid? published, IReadOnlyDictionary<int, Guid?> corrected) =>
        corrected.TryGetValue(number, out var meeting) ? meeting : published;
}

/// <summary>A dated correction of a version's meeting link, with the meetings as the user may see them.</summary>
public sealed record MeetingLinkCorrection(PublishedForMeeting? From, PublishedForMeeting? To, string Reason, string CorrectedBy, DateTimeOffset CorrectedAt);
