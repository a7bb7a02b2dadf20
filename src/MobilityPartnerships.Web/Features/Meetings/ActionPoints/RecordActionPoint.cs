using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Meetings.ActionPoints;

/// <summary>The focal point records an action point of a meeting (see <see cref="Operation.ManageMeeting"/>); it cannot be due before the meeting.</summary>
public sealed class RecordActionPoint(MeetingWrites writes, IValidator<ActionPointDraft> validator, IStringLocalizer<Strings> text)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, ActionPointDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.WriteAsync(Operation.ManageMeeting, meetingId, null, validator, draft, FieldOf, async change =>
        {
            if (draft.OwnerOrganisationId is { } owner
                && !await change.Db.Participants.AnyAsync(p => p.PartnershipId == change.Meeting.PartnershipId && p.OrganisationId == owner, cancellationToken))
            {
                return new WriteOutcome.Invalid([new FieldError(nameof(ActionPointDraft.OwnerOrganisationId), text["ActionPoint_Validation_OwnerNotInPartnership"])]);
            }

            var point = ActionPoint.Record(change.Meeting, draft.Text, draft.OwnerOrganisationId, draft.OwnerPerson, draft.DueOn!.Value);
            change.Db.ActionPoints.Add(point);
            return new WriteOutcome.Created(point.Id);
        }, "record action point", cancellationToken);
    }

    private static string FieldOf(DomainRuleException refusal) => refusal.Rule switch
    {
        "action-point.due-before-meeting" => nameof(ActionPointDraft.DueOn),
        _ when refusal.Rule.StartsWith("action-point.text", StringComparison.Ordinal) => nameof(ActionPointDraft.Text),
        _ when refusal.Rule.StartsWith("action-point.owner", StringComparison.Ordinal) => nameof(ActionPointDraft.OwnerOrganisationId),
        _ => FieldError.FormLevel,
    };
}
