using FluentValidation;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings.Agenda;

/// <summary>A participant proposes an item for a meeting's agenda before the meeting (see <see cref="Operation.ProposeAgendaItem"/>), in their own name.</summary>
public sealed class ProposeAgendaItem(Writes writes, IValidator<AgendaItemDraft> validator, TimeProvider clock)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, AgendaItemDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            new Write<Meeting>
            {
                What = "propose agenda item",
                Access = MeetingWrite.Access(Operation.ProposeAgendaItem, meetingId),
                Validate = DraftValidation.Of(validator, draft),
                Load = MeetingWrite.Load(meetingId),
                Apply = (change, _) =>
                {
                    var item = AgendaItem.Propose(change.Target, draft.Title, draft.Note, change.Actor.Name, clock.GetUtcNow());
                    change.Db.AgendaItems.Add(item);
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Created(item.Id));
                },
                Fields = AgendaItemDraft.Fields,
            },
            cancellationToken);
    }
}
