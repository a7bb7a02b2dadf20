using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;

namespace MobilityPartnerships.Web.DemoData;

/// <summary>
/// A version of Moldova's scoreboard as the demo focal point published it six weeks ago, for the autumn cooperation
/// platform, so that comparing it with today shows what a comparison shows: since then one initiative has started,
/// one has had its period set and one has been added. Added once: a partnership with a published version is left alone.
/// </summary>
internal static class DemoPublishedVersion
{
    public const string PartnershipName = "Mobility Partnership with the Republic of Moldova";
    public const int DaysAgo = 42;

    /// <summary>Adds the version to the context (not saved) when Moldova's partnership is there without any; whether it did.</summary>
    public static async Task<bool> AddAsync(AppDbContext db, DateTimeOffset now, DayCalendar calendar, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.AsNoTracking().Where(p => p.Name == PartnershipName).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(cancellationToken);
        if (partnership is null || await db.PublishedScoreboards.AnyAsync(v => v.PartnershipId == partnership.Id, cancellationToken))
        {
            return false;
        }

        var today = (await ScoreboardSnapshot.TakeAsync(db, partnership.Id, cancellationToken)).OrderBy(r => r.Title, StringComparer.Ordinal).ToList();
        if (today.Count < 3)
        {
            return false;
        }

        // Updates from before the publication (those the documents date) were already in that version.
        var publishedOn = calendar.DayOf(now.AddDays(-DaysAgo));
        var started = today.FirstOrDefault(r => r.Status == InitiativeStatus.Ongoing);
        var scheduled = today.FirstOrDefault(r => r != started && (r.StartMonth is not null || r.EndMonth is not null));
        var added = today.LastOrDefault(r => r != started && r != scheduled);
        var then = today
            .Where(r => r != added)
            .Select(r => r == started ? r with { Status = InitiativeStatus.Planned } : r)
            .Select(r => r == scheduled ? r with { StartMonth = null, EndMonth = null, PeriodNote = "to be scheduled" } : r)
            .Select(r => r.LastUpdateOn < publishedOn ? r : r with { LastUpdateOn = null, LastRating = null });
        var publisher = DemoAccounts.All.First(a => a.Role == Role.FocalPoint).Name;
        db.PublishedScoreboards.Add(PublishedScoreboard.Publish(partnership.Id, partnership.Name, 1, now.AddDays(-DaysAgo), publisher, null, "Scoreboard for the autumn cooperation platform", then));
        return true;
    }
}
