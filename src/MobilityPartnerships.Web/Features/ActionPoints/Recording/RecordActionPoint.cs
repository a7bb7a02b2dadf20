using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Features.ActionPoints.Owners;
using MobilityPartnerships.Web.Features.Meetings;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.ActionPoints.Recording;

/// <summary>The focal point records an action point of a meeting (see <see cref="Operation.ManageMeeting"/>); it cannot be due before the meeting.</summary>
public sealed class RecordActionPoint(Writes writes, IValidator<ActionPointDraft> validator, IStringLocalizer<Strings> text, ActionPointOwners owners)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, ActionPointDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            MeetingWrite.Of("record action point", Operation.ManageMeeting, meetingId, seen: null, DraftValidation.Of(validator, draft), ActionPointDraft.Fields, async (change, ct) =>
            {
                if (draft.OwnerOrganisationId is { } owner
                    && !await change.Db.Participants.AnyAsync(p => p.PartnershipId == change.Target.PartnershipId && p.OrganisationId == owner, ct))
                {
                    return new WriteOutcome.Invalid([new FieldError(nameof(ActionPointDraft.OwnerOrganisationId), text["ActionPoint_Validation_OwnerNotInPartnership"])]);
                }

                if (draft.OwnerAccountId is { } account
                    && !await ActionPointOwners.InPartnershipAsync(change.Db, change.Target.PartnershipId, account, ct))
                {
                    return new WriteOutcome.Invalid([new FieldError(nameof(ActionPointDraft.OwnerAccountId), text["ActionPoint_Validation_OwnerAccountNotInPartnership"])]);
                }

                if (draft.OwnerAccountId is { } reader && !await owners.ReadsMeetingAsync(meetingId, reader, ct))
                {
                    return new WriteOutcome.Invalid([new FieldError(nameof(ActionPointDraft.OwnerAccountId), text["ActionPoint_Validation_OwnerAccountCannotReadMeeting"])]);
                }

                var point = ActionPoint.Record(change.Target, draft.Text, draft.OwnerOrganisationId, draft.OwnerPerson, draft.DueOn!.Value, draft.OwnerAccountId);
                change.Db.ActionPoints.Add(point);
                return new WriteOutcome.Created(point.Id);
            }),
            cancellationToken);
    }
}
