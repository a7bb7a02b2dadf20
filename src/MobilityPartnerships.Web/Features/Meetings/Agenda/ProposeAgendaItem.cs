using FluentValidation;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings.Agenda;

/// <summary>A participant proposes an item for a meeting's agenda before the meeting (see <see cref="Operation.ProposeAgendaItem"/>), in their own name.</summary>
public sealed class ProposeAgendaItem(MeetingWrites writes, IValidator<AgendaItemDraft> validator, TimeProvider clock)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, AgendaItemDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.WriteAsync(Operation.ProposeAgendaItem, meetingId, null, validator, draft, FieldOf, change =>
        {
            var item = AgendaItem.Propose(change.Meeting, draft.Title, draft.Note, change.Actor.Name, clock.GetUtcNow());
            change.Db.AgendaItems.Add(item);
            return Task.FromResult<WriteOutcome>(new WriteOutcome.Created(item.Id));
        }, "propose agenda item", cancellationToken);
    }

    private static string FieldOf(Domain.Common.DomainRuleException refusal) => refusal.Rule switch
    {
        _ when refusal.Rule.StartsWith("agenda.title", StringComparison.Ordinal) => nameof(AgendaItemDraft.Title),
        _ when refusal.Rule.StartsWith("agenda.note", StringComparison.Ordinal) => nameof(AgendaItemDraft.Note),
        _ => FieldError.FormLevel,
    };
}
