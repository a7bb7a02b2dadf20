using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.ActionPoints;
using MobilityPartnerships.Web.Features.Comments.Reading;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Meetings.Details;

/// <summary>
/// A meeting for its page; null when there is no such meeting or the user may not read it (see
/// <see cref="Operation.ReadMeeting"/>: a task force is never shown to a partner country's official).
/// Until the meeting is held its agenda carries forward the open action points of the partnership's earlier
/// meetings — computed, not copied; a meeting with the partner country carries only those of such meetings. The open
/// points of a cancelled meeting are carried too (they stay the partnership's open work until done or dropped; a cancelled
/// meeting takes no new point, so none recorded after its cancellation), but a cancelled meeting itself has no agenda and carries none.
/// </summary>
public sealed class GetMeeting(IDbContextFactory<AppDbContext> contexts, AccessControl access, ProductCalendar calendar)
{
    public async Task<MeetingView?> ExecuteAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        if (!(await access.CheckMeetingAsync(Operation.ReadMeeting, meetingId, cancellationToken)).IsAllowed)
        {
            return null;
        }

        var today = calendar.Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var partnershipName = await db.Partnerships.Where(p => p.Id == meeting.PartnershipId).Select(p => p.Name).SingleAsync(cancellationToken);
        var named = meeting.Chairs.Select(c => c.OrganisationId).Concat(meeting.Participants.Where(p => p.OrganisationId is not null).Select(p => p.OrganisationId!.Value)).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => named.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.DisplayNameIn(PageLanguage.IsFrench), cancellationToken);
        var organisations = await (
                from participant in db.Participants.AsNoTracking()
                join organisation in db.Organisations on participant.OrganisationId equals organisation.Id
                where participant.PartnershipId == meeting.PartnershipId && participant.LeftOn == null
                let name = ShownNames.DisplayName(organisation.Name, organisation.ShortName, organisation.FrenchName, organisation.FrenchShortName, PageLanguage.IsFrench)
                orderby NameOrder.Key(name)
                select new Choice(organisation.Id, name))
            .ToListAsync(cancellationToken);
        var agenda = await db.AgendaItems.AsNoTracking().Where(a => a.MeetingId == meetingId)
            .OrderBy(a => a.ProposedAt)
            .Select(a => new AgendaEntry(a.Id, a.Title, a.Note, a.ProposedBy, a.ProposedAt, a.Status, a.Position, a.Version))
            .ToListAsync(cancellationToken);
        var comments = await db.MinutesComments.AsNoTracking().Where(c => c.MeetingId == meetingId)
            .OrderBy(c => c.PostedAt).ThenBy(c => c.Id)
            .Select(c => new CommentEntry(c.AuthorName, c.Text, c.PostedAt))
            .ToListAsync(cancellationToken);
        var own = await ActionPointQueries.EntriesAsync(db, db.ActionPoints.Where(a => a.MeetingId == meetingId), db.Meetings, today, cancellationToken);
        var carried = meeting.HeldOn >= today && !meeting.IsCancelled
            ? await ActionPointQueries.EntriesAsync(
                db,
                db.ActionPoints.Where(a => a.PartnershipId == meeting.PartnershipId && a.Status == ActionPointStatus.Open),
                db.Meetings.Where(m => m.PartnershipId == meeting.PartnershipId && m.HeldOn < meeting.HeldOn && (meeting.Kind == MeetingKind.TaskForce || m.Kind != MeetingKind.TaskForce)),
                today,
                cancellationToken)
            : [];

        return new MeetingView(
            meeting.Id,
            meeting.PartnershipId,
            partnershipName,
            meeting.Kind,
            meeting.Title,
            meeting.HeldOn,
            meeting.Place,
            meeting.IsOnline,
            meeting.Version,
            [.. meeting.Chairs.OrderBy(c => c.Role).Select(c => new ChairView(c.Role, names.GetValueOrDefault(c.OrganisationId, string.Empty)))],
            [.. meeting.Participants.Select(p => Participant(p, names))],
            agenda,
            carried,
            meeting.Minutes,
            meeting.MinutesApprovedAt,
            meeting.MinutesApprovedBy,
            meeting.Decisions,
            [.. meeting.Corrigenda.OrderBy(c => c.IssuedAt)],
            comments,
            own,
            meeting.HeldOn < today,
            organisations)
        {
            Cancellation = meeting.CancelledAt is { } at ? new MeetingCancellation(at, meeting.CancelledBy ?? string.Empty, meeting.CancellationReason) : null,
        };
    }

    private static string Participant(MeetingParticipant participant, Dictionary<Guid, string> names) =>
        (participant.OrganisationId is { } id ? names.GetValueOrDefault(id) : null, participant.PersonName) switch
        {
            ({ } o, { } p) => $"{p} ({o})",
            ({ } o, null) => o,
            (null, { } p) => p,
            _ => string.Empty,
        };
}
