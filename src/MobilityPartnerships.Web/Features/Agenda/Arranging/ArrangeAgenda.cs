using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Features.Meetings;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Agenda.Arranging;

/// <summary>
/// The focal point orders the agenda (see <see cref="Operation.ManageMeeting"/>): accepts a proposed item at the
/// end, declines one, or moves an accepted one up or down. Accepted items stay numbered 1, 2, 3… without gaps.
/// </summary>
public sealed class ArrangeAgenda(Writes writes, IStringLocalizer<Strings> text)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, Guid itemId, uint itemVersion, AgendaMove move, CancellationToken cancellationToken) =>
        writes.RunAsync(
            MeetingWrite.Of("arrange agenda", Operation.ManageMeeting, meetingId, (change, ct) => ArrangeAsync(change, itemId, itemVersion, move, ct)),
            cancellationToken);

    private async Task<WriteOutcome> ArrangeAsync(Change<Meeting> change, Guid itemId, uint itemVersion, AgendaMove move, CancellationToken cancellationToken)
    {
        var meetingId = change.Target.Id;
        var items = await change.Db.AgendaItems.Where(i => i.MeetingId == meetingId).ToListAsync(cancellationToken);
        var item = items.Find(i => i.Id == itemId);
        if (item is null)
        {
            return new WriteOutcome.NotFound();
        }

        if (item.Version != itemVersion)
        {
            return await MeetingWrite.StaleAsync(change, cancellationToken);
        }

        change.Db.Entry(item).Property(i => i.Version).OriginalValue = itemVersion;
        var accepted = items.Where(i => i.Status == AgendaItemStatus.Accepted && i.Id != itemId).OrderBy(i => i.Position).ToList();
        var at = accepted.Count;
        switch (move)
        {
            case AgendaMove.Accept when item.Status == AgendaItemStatus.Accepted:
                return new WriteOutcome.Invalid([new FieldError(FieldError.FormLevel, text["Agenda_AlreadyAccepted"])]);
            case AgendaMove.Accept:
                break;
            case AgendaMove.Decline:
                item.Decline(change.Target);
                at = -1;
                break;
            case AgendaMove.Up or AgendaMove.Down when item.Status != AgendaItemStatus.Accepted:
                return new WriteOutcome.Invalid([new FieldError(FieldError.FormLevel, text["Agenda_MoveOnlyAccepted"])]);
            default:
                var index = accepted.Count(i => i.Position < item.Position);
                at = Math.Clamp(move == AgendaMove.Up ? index - 1 : index + 1, 0, accepted.Count);
                break;
        }

        if (at >= 0)
        {
            accepted.Insert(at, item);
        }

        // The item moved is always put in its place by the domain, even where it stays (the first moved up), so that
        // the meeting's rules (none on a cancelled meeting's agenda) judge every move.
        for (var i = 0; i < accepted.Count; i++)
        {
            if (accepted[i] == item || accepted[i].Position != i + 1 || accepted[i].Status != AgendaItemStatus.Accepted)
            {
                accepted[i].Accept(change.Target, i + 1);
            }
        }

        return new WriteOutcome.Done();
    }
}
