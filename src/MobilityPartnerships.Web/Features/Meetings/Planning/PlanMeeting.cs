using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Meetings.Planning;

/// <summary>
/// Plans a meeting of a partnership (<see cref="Operation.PlanMeeting"/>): kind, title, date, place, chairs and
/// participants. The Presidency's chair is proposed from the rotation for the meeting's date, the partner country's
/// from the partnership.
/// </summary>
public sealed class PlanMeeting(
    IDbContextFactory<AppDbContext> contexts,
    IValidator<MeetingDraft> validator,
    IStringLocalizer<Strings> text,
    AccessControl access,
    Writes writes)
{
    /// <summary>An empty draft for the partnership, with the chairs proposed; null when the user may not plan its meetings.</summary>
    public async Task<MeetingEditing?> LoadAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        if (!await access.MayAsync(Operation.PlanMeeting, partnershipId, cancellationToken))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var partnership = await db.Partnerships.AsNoTracking().Include(p => p.Participants).SingleOrDefaultAsync(p => p.Id == partnershipId, cancellationToken);
        if (partnership is null)
        {
            return null;
        }

        var choices = await MeetingChoices.ReadAsync(db, partnership, cancellationToken);
        var participants = choices.Participants.Select(c => c.Id).ToHashSet();
        var draft = new MeetingDraft
        {
            Kind = partnership.PartnerCountryId is null ? MeetingKind.TaskForce : MeetingKind.CooperationPlatform,
            CommissionChairId = choices.Commission.FirstOrDefault(c => participants.Contains(c.Id))?.Id ?? (choices.Commission.Count > 0 ? choices.Commission[0].Id : null),
            PartnerCountryChairId = partnership.PartnerCountryId,
        };
        return new MeetingEditing(partnership.Id, partnership.Name, null, 0, draft, choices);
    }

    /// <summary>Plans a new meeting of the partnership; <see cref="WriteOutcome.Created"/> carries its id.</summary>
    public Task<WriteOutcome> ExecuteAsync(Guid partnershipId, MeetingDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            new Write<Partnership>
            {
                What = "plan meeting",
                Access = (rules, ct) => rules.CheckPartnershipAsync(Operation.PlanMeeting, partnershipId, ct),
                Validate = DraftValidation.Of(validator, draft),
                Load = (db, ct) => db.Partnerships.Include(p => p.Participants).SingleOrDefaultAsync(p => p.Id == partnershipId, ct),
                Apply = async (change, ct) =>
                {
                    if ((await MeetingChoices.ReadAsync(change.Db, change.Target, ct)).Unlisted(draft, text) is { } unlisted)
                    {
                        return unlisted;
                    }

                    var meeting = Meeting.Plan(change.Target, draft.Kind!.Value, draft.Title, draft.HeldOn!.Value, draft.Place, draft.IsOnline);
                    meeting.SetChairs(draft.Chairs());
                    meeting.SetParticipants(draft.Participants());
                    change.Db.Meetings.Add(meeting);
                    return new WriteOutcome.Created(meeting.Id);
                },
                Fields = MeetingDraft.Fields,
            },
            cancellationToken);
    }
}
