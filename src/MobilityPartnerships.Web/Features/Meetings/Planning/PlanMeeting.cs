using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Meetings.Planning;

/// <summary>
/// Plans a meeting of a partnership (<see cref="Operation.PlanMeeting"/>) or changes one (<see cref="Operation.ManageMeeting"/>):
/// kind, title, date, place, chairs and participants. The Presidency's chair is proposed from the rotation for the
/// meeting's date, the partner country's from the partnership.
/// </summary>
public sealed class PlanMeeting(
    IDbContextFactory<AppDbContext> contexts,
    IValidator<MeetingDraft> validator,
    IStringLocalizer<Strings> text,
    AccessControl access,
    Writes writes)
{
    /// <summary>An empty draft for the partnership, with the chairs proposed; null when the user may not plan its meetings.</summary>
    public async Task<MeetingEditing?> LoadNewAsync(Guid partnershipId, CancellationToken cancellationToken)
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

        var choices = await ChoicesAsync(db, partnership, cancellationToken);
        var participants = choices.Participants.Select(c => c.Id).ToHashSet();
        var draft = new MeetingDraft
        {
            Kind = partnership.PartnerCountryId is null ? MeetingKind.TaskForce : MeetingKind.CooperationPlatform,
            CommissionChairId = choices.Commission.FirstOrDefault(c => participants.Contains(c.Id))?.Id ?? (choices.Commission.Count > 0 ? choices.Commission[0].Id : null),
            PartnerCountryChairId = partnership.PartnerCountryId,
        };
        return new MeetingEditing(partnership.Id, partnership.Name, null, 0, draft, choices);
    }

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
            : new MeetingEditing(partnership.Id, partnership.Name, meeting.Id, meeting.Version, MeetingDraft.From(meeting), await ChoicesAsync(db, partnership, cancellationToken));
    }

    /// <summary>Plans a new meeting of the partnership; <see cref="WriteOutcome.Created"/> carries its id.</summary>
    public Task<WriteOutcome> PlanAsync(Guid partnershipId, MeetingDraft draft, CancellationToken cancellationToken)
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
                    if (await UnlistedAsync(change.Db, change.Target, draft, ct) is { } unlisted)
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

    /// <summary>Changes the meeting read at <paramref name="version"/>.</summary>
    public Task<WriteOutcome> ReviseAsync(Guid meetingId, uint version, MeetingDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            MeetingWrite.Of("revise meeting", Operation.ManageMeeting, meetingId, version, DraftValidation.Of(validator, draft), MeetingDraft.Fields, async (change, ct) =>
            {
                var meeting = change.Target;
                var partnership = await change.Db.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == meeting.PartnershipId, ct);
                if (await UnlistedAsync(change.Db, partnership, draft, ct) is { } unlisted)
                {
                    return unlisted;
                }

                // A task force has no partner-country chair: the chairs change first when the meeting becomes one, after otherwise.
                if (draft.Kind == MeetingKind.TaskForce)
                {
                    meeting.SetChairs(draft.Chairs());
                    meeting.Reschedule(partnership, draft.Kind!.Value, draft.Title, draft.HeldOn!.Value, draft.Place, draft.IsOnline);
                }
                else
                {
                    meeting.Reschedule(partnership, draft.Kind!.Value, draft.Title, draft.HeldOn!.Value, draft.Place, draft.IsOnline);
                    meeting.SetChairs(draft.Chairs());
                }

                meeting.SetParticipants(draft.Participants());
                return new WriteOutcome.Done();
            }),
            cancellationToken);
    }

    /// <summary>Chairs and participants must be among the form's choices: an organisation of the right kind, a participant of the partnership.</summary>
    private async Task<WriteOutcome?> UnlistedAsync(AppDbContext db, Partnership partnership, MeetingDraft draft, CancellationToken cancellationToken)
    {
        var choices = await ChoicesAsync(db, partnership, cancellationToken);
        var errors = new List<FieldError>();
        Expect(draft.CommissionChairId, choices.Commission, nameof(MeetingDraft.CommissionChairId));
        Expect(draft.PresidencyChairId, choices.MemberStates, nameof(MeetingDraft.PresidencyChairId));
        Expect(draft.PartnerCountryChairId, choices.PartnerCountries, nameof(MeetingDraft.PartnerCountryChairId));
        var participants = choices.Participants.Select(c => c.Id).ToHashSet();
        if (draft.ParticipantOrganisationIds.Any(id => !participants.Contains(id)))
        {
            errors.Add(new FieldError(nameof(MeetingDraft.ParticipantOrganisationIds), text["Meeting_Validation_ParticipantNotInPartnership"]));
        }

        return errors.Count == 0 ? null : new WriteOutcome.Invalid(errors);

        void Expect(Guid? chosen, IReadOnlyList<Choice> offered, string field)
        {
            if (chosen is { } id && !offered.Any(c => c.Id == id))
            {
                errors.Add(new FieldError(field, text["Validation_Unknown"]));
            }
        }
    }

    private static async Task<MeetingChoices> ChoicesAsync(AppDbContext db, Partnership partnership, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .OrderBy(o => o.ShortName ?? o.Name)
            .Select(o => new { o.Id, Name = o.ShortName ?? o.Name, o.Kind, o.CountryCode, o.SignsThroughPresidency })
            .ToListAsync(cancellationToken);
        var current = partnership.Participants.Where(p => p.LeftOn is null).Select(p => p.OrganisationId).ToHashSet();
        var memberStates = organisations.Where(o => o.Kind == OrganisationKind.MemberState).ToList();
        var terms = await db.PresidencyTerms.AsNoTracking().OrderBy(t => t.Start).ToListAsync(cancellationToken);
        var byCode = memberStates.Where(m => m.CountryCode is not null).ToDictionary(m => m.CountryCode!, m => m.Id, StringComparer.Ordinal);
        return new MeetingChoices(
            [.. organisations.Where(o => o.Kind == OrganisationKind.EuInstitution && !o.SignsThroughPresidency).Select(o => new Choice(o.Id, o.Name))],
            [.. memberStates.Select(o => new Choice(o.Id, o.Name))],
            [.. organisations.Where(o => o.Kind == OrganisationKind.ThirdCountry && (o.Id == partnership.PartnerCountryId || current.Contains(o.Id))).Select(o => new Choice(o.Id, o.Name))],
            [.. organisations.Where(o => current.Contains(o.Id)).Select(o => new Choice(o.Id, o.Name))],
            [.. terms.Where(t => byCode.ContainsKey(t.MemberStateCode)).Select(t => new PresidencyHolding(t.Start, t.End, byCode[t.MemberStateCode]))]);
    }
}
