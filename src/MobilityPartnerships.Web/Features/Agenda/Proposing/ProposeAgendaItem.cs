using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data.Configurations;
using MobilityPartnerships.Web.Features.Meetings;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Agenda.Proposing;

/// <summary>A participant proposes an item for a meeting's agenda before the meeting (see <see cref="Operation.ProposeAgendaItem"/>), in their own name and account.</summary>
public sealed class ProposeAgendaItem(Writes writes, IValidator<AgendaItemDraft> validator, TimeProvider clock, ProductCalendar calendar, IStringLocalizer<Strings> text)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, AgendaItemDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            MeetingWrite.Of("propose agenda item", Operation.ProposeAgendaItem, meetingId, seen: null, DraftValidation.Of(validator, draft), AgendaItemDraft.Fields,
                MeetingWrite.Adding(change => AgendaItem.Propose(change.Target, draft.Title, draft.Note, change.Actor.Name, clock.GetUtcNow(), calendar.Days, change.Actor.UserId), item => item.Id),
                [ConstraintRefusal.Unique(AgendaItemConfiguration.OpenTitleIndex, () => new FieldError(nameof(AgendaItemDraft.Title), text["Agenda_AlreadyProposed", draft.Title?.Trim() ?? string.Empty]))]),
            cancellationToken);
    }
}
