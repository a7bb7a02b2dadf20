using MobilityPartnerships.Domain.Common;
using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Progress;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Building;

/// <summary>
/// Gathers a meeting's briefing pack, for the EU side only (<see cref="Operation.DownloadBriefingPack"/>): the
/// partnership's signatories and pillar balance, today's scoreboard against its latest published version, the
/// initiatives late or without a recent update (the scoreboard's own rule and threshold), the partnership's open
/// action points and the meeting's accepted agenda. Records not to be shared are in it only for users who see them.
/// A fixed number of queries whatever the number of initiatives, all in one snapshot of the database.
/// <para>
/// A cancelled meeting has none. The pack is not a kept record of what was taken into a meeting: it is made afresh at
/// each download from the partnership as it stands that day, to prepare a meeting; for one that will not take place it
/// would prepare nothing, and its agenda section would list the agenda of a meeting that has none any more. What was
/// recorded for the meeting stays on its page, marked cancelled; today's state of the partnership is in the next
/// meeting's pack and on its pages.
/// </para>
/// </summary>
public sealed class GetBriefingPack(
    IDbContextFactory<AppDbContext> contexts,
    AccessControl access,
    ProductCalendar calendar,
    IOptions<ProgressOptions> progress,
    IOptions<DatabaseOptions> limits,
    ILogger<GetBriefingPack> logger)
{
    public async Task<BriefingPackOutcome> ExecuteAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var decision = await access.CheckMeetingAsync(Operation.DownloadBriefingPack, meetingId, cancellationToken);
        if (decision is not AccessDecision.Allowed)
        {
            return new BriefingPackOutcome(decision, null);
        }

        var scope = await access.ReadScopeAsync(cancellationToken);
        var today = calendar.Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AllowLongWork(limits.Value);
        var gathered = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var loaded = await LoadAsync(db, scope, meetingId, today, progress.Value.StaleAfterDays, cancellationToken);
            await snapshot.CommitAsync(cancellationToken);
            return loaded;
        });
        if (gathered is not Gathered.Pack { Made: var pack })
        {
            return gathered is Gathered.Cancelled
                ? new BriefingPackOutcome(decision, null) { MeetingCancelled = true }
                : new BriefingPackOutcome(new AccessDecision.Missing(), null);
        }

        var comparison = pack.Changes.Comparison;
        logger.Gathered(meetingId, pack.InitiativeCount, comparison.Added.Count + comparison.Removed.Count + comparison.Changed.Count, scope.Actor?.UserId);
        return new BriefingPackOutcome(decision, pack);
    }

    private static async Task<Gathered> LoadAsync(AppDbContext db, ReadScope scope, Guid meetingId, DateOnly today, int staleAfterDays, CancellationToken cancellationToken)
    {
        var meeting = await scope.Apply(db.Meetings.AsNoTracking())
            .Where(m => m.Id == meetingId)
            .Select(m => new
            {
                m.Id,
                m.PartnershipId,
                m.Kind,
                m.Title,
                m.HeldOn,
                m.Place,
                m.IsOnline,
                m.CancelledAt,
                Chairs = m.Chairs.Select(c => new { c.OrganisationId, c.Role }).ToList(),
                PartnershipName = db.Partnerships.Where(p => p.Id == m.PartnershipId).Select(p => p.Name).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (meeting?.PartnershipName is null)
        {
            return new Gathered.None();
        }

        if (meeting.CancelledAt is not null)
        {
            return new Gathered.Cancelled();
        }

        var partnershipId = meeting.PartnershipId;
        var signatories = await db.Participants.AsNoTracking()
            .Where(p => p.PartnershipId == partnershipId && p.LeftOn == null && p.Basis != ParticipationBasis.NonSignatory)
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p.Basis, p.JoinedOn, p.JoinedOnPrecision, Name = ShownNames.Name(o.Name, o.FrenchName, PageLanguage.IsFrench) })
            .OrderBy(x => x.Basis)
            .ThenBy(x => x.JoinedOn == null)
            .ThenBy(x => x.JoinedOn)
            .ThenBy(x => NameOrder.Key(x.Name))
            .ToListAsync(cancellationToken);
        var published = await db.PublishedScoreboards.AsNoTracking()
            .Where(p => p.PartnershipId == partnershipId)
            .OrderByDescending(p => p.Number)
            .FirstOrDefaultAsync(cancellationToken);
        var current = await ScoreboardSnapshot.TakeAsync(db, partnershipId, cancellationToken);
        var actionPoints = await db.ActionPoints.AsNoTracking()
            .Where(a => a.PartnershipId == partnershipId && a.Status == ActionPointStatus.Open)
            .Join(db.Meetings, a => a.MeetingId, m => m.Id, (a, m) => new { a.Text, a.OwnerOrganisationId, a.OwnerPerson, a.DueOn, a.MeetingId, m.Title, m.HeldOn })
            .OrderBy(x => x.DueOn)
            .ThenBy(x => x.HeldOn)
            .ThenBy(x => x.Text)
            .ToListAsync(cancellationToken);
        var agenda = await db.AgendaItems.AsNoTracking()
            .Where(a => a.MeetingId == meetingId && a.Status == AgendaItemStatus.Accepted)
            .OrderBy(a => a.Position)
            .ThenBy(a => a.ProposedAt)
            .Select(a => new { a.Position, a.Title, a.Note, a.ProposedBy })
            .ToListAsync(cancellationToken);
        var organisationIds = meeting.Chairs.Select(c => c.OrganisationId)
            .Concat(actionPoints.Where(a => a.OwnerOrganisationId is not null).Select(a => a.OwnerOrganisationId!.Value))
            .Distinct()
            .ToList();
        var names = await db.Organisations.AsNoTracking()
            .Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.DisplayNameIn(PageLanguage.IsFrench), cancellationToken);

        // Rows not to be shared count only for those who see them; the changes are compared as the comparison page does.
        // Names in the pack's language, as on the version and comparison pages.
        var shownNames = await PublishedNames.ForPageAsync(db, cancellationToken);
        IReadOnlyList<PublishedInitiative> visibleToday = [.. current.Where(r => scope.SeesUnshared || r.IsShareable).Select(shownNames.Shown)];
        var changes = published is null
            ? PackChanges.NothingPublished
            : new PackChanges(new PackPublishedVersion(published.Number, published.PublishedAt), ComparisonSeen.By(scope, published.Initiatives, current, shownNames));

        return new Gathered.Pack(new BriefingPack(
            meeting.PartnershipName,
            new PackMeeting(
                meeting.Id,
                meeting.Kind,
                meeting.Title,
                meeting.HeldOn,
                meeting.Place,
                meeting.IsOnline,
                [.. meeting.Chairs.OrderBy(c => c.Role).Select(c => new PackChair(names.GetValueOrDefault(c.OrganisationId) ?? "?", c.Role))]),
            today,
            staleAfterDays,
            [.. signatories.Select(s => new PackSignatory(s.Name, s.Basis, s.JoinedOn, s.JoinedOnPrecision))],
            [.. Enum.GetValues<Pillar>().Select(pillar => PillarLine(pillar, visibleToday))],
            changes,
            [.. Attention(visibleToday, today, staleAfterDays)],
            [.. actionPoints.Select(a => new PackActionPoint(
                a.Text,
                a.OwnerOrganisationId is { } owner ? names.GetValueOrDefault(owner) : null,
                a.OwnerPerson,
                a.DueOn,
                a.DueOn < today,
                a.MeetingId,
                a.Title,
                a.HeldOn))],
            [.. agenda.Select(a => new PackAgendaItem(a.Position ?? 0, a.Title, a.Note, a.ProposedBy))]));
    }

    private static PackPillarLine PillarLine(Pillar pillar, IReadOnlyList<PublishedInitiative> rows)
    {
        var of = rows.Where(r => r.Pillar == pillar).ToList();
        return new PackPillarLine(pillar, of.Count, Amount.Total(of.Select(r => r.TotalBudget)), Amount.Total(of.Select(r => r.EuContribution)));
    }

    /// <summary>Late or without a recent update, by the scoreboard's own rules; by pillar, then reference and title.</summary>
    private static IEnumerable<PackAttention> Attention(IReadOnlyList<PublishedInitiative> rows, DateOnly today, int staleAfterDays) =>
        rows
            .Select(r => (Row: r, Late: r.IsLateOn(today), Stale: InitiativeFlags.NeedsUpdate(r.Status, r.LastUpdateOn, today, staleAfterDays)))
            .Where(x => x.Late || x.Stale)
            .OrderBy(x => x.Row.Pillar)
            .ThenBy(x => x.Row.ReferenceCode ?? x.Row.Title, NameOrder.Comparer)
            .ThenBy(x => x.Row.Title, NameOrder.Comparer)
            .Select(x => new PackAttention(x.Row.ReferenceCode, x.Row.Title, x.Row.Pillar, x.Row.Lead, x.Row.Status, x.Row.EndMonth, x.Row.LastUpdateOn, x.Late, x.Stale));

    /// <summary>What one snapshot of the database gave: the pack, no meeting the user reads, or a cancelled meeting.</summary>
    private abstract record Gathered
    {
        public sealed record Pack(BriefingPack Made) : Gathered;

        public sealed record None : Gathered;

        public sealed record Cancelled : Gathered;
    }
}
