using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings.Revising;

/// <summary>
/// Changes a planned meeting (<see cref="Operation.ManageMeeting"/>) at the version the focal point read: kind, title,
/// date, place, chairs and participants.
/// </summary>
public sealed class ReviseMeeting(
    IDbContextFactory<AppDbContext> contexts,
    IValidator<MeetingDraft> validator,
    IStringLocalizer<Strings> text,
    AccessControl access,
    Writes writes,
    ProductCalendar calendar)
{
    /// <summary>The meeting as a draft; null when there is none the user may change.</summary>
    public async Task<MeetingEditing?> LoadAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        if (!await access.MayAsync(Operation.ManageMeeting, meetingId, cancellationToken))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        var partnership = meeting is null ? null : await db.Partnerships.AsNoTracking().Include(p => p.Participants).SingleOrDefaultAsync(p => p.Id == meeting.PartnershipId, cancellationToken);
        return meeting is null || partnership is null
            ? null
            : new MeetingEditing(partnership.Id, partnership.Name, meeting.Id, meeting.Version, MeetingDraft.From(meeting), await MeetingChoices.ReadAsync(db, partnership, cancellationToken));
    }

    /// <summary>Changes the meeting read at <paramref name="version"/>.</summary>
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, uint version, MeetingDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            MeetingWrite.Of("revise meeting", Operation.ManageMeeting, meetingId, version, DraftValidation.Of(validator, draft), MeetingDraft.Fields, async (change, ct) =>
            {
                var meeting = change.Target;
                var partnership = await change.Db.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == meeting.PartnershipId, ct);
                if ((await MeetingChoices.ReadAsync(change.Db, partnership, ct)).Unlisted(draft, text) is { } unlisted)
                {
                    return unlisted;
                }

                var actionPoints = await change.Db.ActionPoints.AsNoTracking().Where(a => a.MeetingId == meeting.Id).ToListAsync(ct);
                var agendaItems = await change.Db.AgendaItems.AsNoTracking().Where(a => a.MeetingId == meeting.Id).ToListAsync(ct);

                // A task force has no partner-country chair: the chairs change first when the meeting becomes one, after otherwise.
                if (draft.Kind == MeetingKind.TaskForce)
                {
                    meeting.SetChairs(draft.Chairs());
                    meeting.Reschedule(partnership, draft.Kind!.Value, draft.Title, draft.HeldOn!.Value, draft.Place, draft.IsOnline, actionPoints, agendaItems, calendar.Days);
                }
                else
                {
                    meeting.Reschedule(partnership, draft.Kind!.Value, draft.Title, draft.HeldOn!.Value, draft.Place, draft.IsOnline, actionPoints, agendaItems, calendar.Days);
                    meeting.SetChairs(draft.Chairs());
                }

                meeting.SetParticipants(draft.Participants());
                return new WriteOutcome.Done();
            }),
            cancellationToken);
    }
}
