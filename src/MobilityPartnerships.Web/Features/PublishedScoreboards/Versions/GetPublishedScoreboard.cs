using MobilityPartnerships.Domain.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

/// <summary>
/// One published version of a partnership's scoreboard, exactly as stored (see <see cref="Operation.ReadPublishedScoreboards"/>);
/// rows not to be shared are left out for those who may not see them. Its files and the API read every row
/// (<see cref="ExecuteAsync"/>); its page reads one page of rows with the totals of all (<see cref="PageAsync"/>).
/// </summary>
public sealed class GetPublishedScoreboard(IDbContextFactory<AppDbContext> contexts, AccessControl access, ProductCalendar calendar)
{
    /// <summary>How many rows a version's page shows at a time, as many as the scoreboard's first page.</summary>
    public const int PageSize = ScoreboardQuery.DefaultPageSize;

    // Enums are stored by name; this keeps the pillars' own order, the order the version's rows are shown in.
    private static readonly Expression<Func<PublishedInitiative, int>> PillarOrder = r =>
        r.Pillar == Pillar.LegalMigration ? 0
        : r.Pillar == Pillar.MigrationAndDevelopment ? 1
        : r.Pillar == Pillar.IllegalMigration ? 2
        : 3;

    /// <summary>The version with every row the user may see, or null when there is no such version or the user may not read the partnership's versions.</summary>
    public async Task<PublishedVersion?> ExecuteAsync(Guid partnershipId, int number, CancellationToken cancellationToken)
    {
        if (!(await access.CheckPartnershipAsync(Operation.ReadPublishedScoreboards, partnershipId, cancellationToken)).IsAllowed)
        {
            return null;
        }

        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await HeaderAsync(db, partnershipId, number, cancellationToken) is not { } header)
        {
            return null;
        }

        var names = await PublishedNames.ForPageAsync(db, cancellationToken);
        var rows = await Seen(db, scope, header.Id).ToListAsync(cancellationToken);
        return await DescribeAsync(db, scope, header, PublishedVersion.Ordered(rows.Select(names.Shown)), cancellationToken);
    }

    /// <summary>
    /// The version with one page of its rows (<paramref name="page"/> from 0; past the last, the last) and the counts and
    /// money of all the rows the user may see, per pillar: only the page's rows leave the database, however many the version has.
    /// Null when there is no such version or the user may not read the partnership's versions.
    /// </summary>
    public async Task<PublishedVersionPage?> PageAsync(Guid partnershipId, int number, int page, CancellationToken cancellationToken)
    {
        if (!(await access.CheckPartnershipAsync(Operation.ReadPublishedScoreboards, partnershipId, cancellationToken)).IsAllowed)
        {
            return null;
        }

        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await HeaderAsync(db, partnershipId, number, cancellationToken) is not { } header)
        {
            return null;
        }

        var seen = Seen(db, scope, header.Id);
        var totals = (await seen
                .GroupBy(r => r.Pillar)
                .Select(g => new
                {
                    Pillar = g.Key,
                    Count = g.Count(),
                    Total = g.Count(r => r.TotalBudgetKnown != null) > 0 ? g.Sum(r => r.TotalBudgetKnown) : null,
                    TotalUnknown = g.Count(r => r.TotalBudgetUnknown > 0),
                    Eu = g.Count(r => r.EuContributionKnown != null) > 0 ? g.Sum(r => r.EuContributionKnown) : null,
                    EuUnknown = g.Count(r => r.EuContributionUnknown > 0),
                })
                .ToListAsync(cancellationToken))
            .OrderBy(t => t.Pillar)
            .Select(t => new PillarTotal(t.Pillar, t.Count, new Amount(t.Total, t.TotalUnknown), new Amount(t.Eu, t.EuUnknown)))
            .ToList();
        var shown = Components.Common.RowPager.Within(page, totals.Sum(t => t.Count), PageSize);
        var rows = await seen
            .OrderBy(PillarOrder)
            .ThenBy(r => r.ReferenceCode == null)
            .ThenBy(r => EF.Functions.Collate(r.ReferenceCode, "C"))
            .ThenBy(r => NameOrder.Key(r.Title))
            .ThenBy(r => r.InitiativeId)
            .Skip(shown * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var names = await PublishedNames.ForPageAsync(db, cancellationToken);
        var version = await DescribeAsync(db, scope, header, [.. rows.Select(names.Shown)], cancellationToken);
        return new PublishedVersionPage(version, shown, PageSize, totals);
    }

    /// <summary>The rows of the version the scope may see, read from the rows' own table.</summary>
    private static IQueryable<PublishedInitiative> Seen(AppDbContext db, ReadScope scope, Guid versionId)
    {
        var seesUnshared = scope.SeesUnshared;
        return db.PublishedScoreboards.AsNoTracking()
            .Where(v => v.Id == versionId)
            .SelectMany(v => v.Initiatives)
            .Where(r => seesUnshared || r.IsShareable);
    }

    /// <summary>What the version says of itself, without its rows.</summary>
    private static Task<StoredHeader?> HeaderAsync(AppDbContext db, Guid partnershipId, int number, CancellationToken cancellationToken) =>
        db.PublishedScoreboards.AsNoTracking()
            .Where(v => v.PartnershipId == partnershipId && v.Number == number)
            .Select(v => new StoredHeader(v.Id, v.PartnershipId, v.PartnershipName, v.Number, v.PublishedAt, v.PublishedBy, v.MeetingId, v.Note))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The version with <paramref name="rows"/>, its meeting as last corrected (if it was) and the corrections listed with their dates.</summary>
    private async Task<PublishedVersion> DescribeAsync(AppDbContext db, ReadScope scope, StoredHeader version, IReadOnlyList<PublishedInitiative> rows, CancellationToken cancellationToken)
    {
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
        return new PublishedVersion(version.PartnershipId, version.PartnershipName, version.Number, version.PublishedAt, calendar.DayOf(version.PublishedAt), version.PublishedBy, meeting, version.Note, rows)
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

    private sealed record StoredHeader(Guid Id, Guid PartnershipId, string PartnershipName, int Number, DateTimeOffset PublishedAt, string PublishedBy, Guid? MeetingId, string? Note);
}
