using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
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
    MeetingWrites writes,
    ILogger<PlanMeeting> logger)
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
    public async Task<WriteOutcome> PlanAsync(Guid partnershipId, MeetingDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        switch (await access.CheckPartnershipAsync(Operation.PlanMeeting, partnershipId, cancellationToken))
        {
            case AccessDecision.Refused refused:
                return new WriteOutcome.Refused(refused.Message);
            case AccessDecision.Missing:
                return new WriteOutcome.NotFound();
        }

        var validation = await validator.ValidateAsync(draft, cancellationToken);
        if (!validation.IsValid)
        {
            return new WriteOutcome.Invalid(FieldError.From(validation));
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var partnership = await db.Partnerships.Include(p => p.Participants).SingleOrDefaultAsync(p => p.Id == partnershipId, cancellationToken);
            if (partnership is null)
            {
                return new WriteOutcome.NotFound();
            }

            if (await UnlistedAsync(db, partnership, draft, cancellationToken) is { } unlisted)
            {
                return unlisted;
            }

            Meeting meeting;
            try
            {
                meeting = Meeting.Plan(partnership, draft.Kind!.Value, draft.Title, draft.HeldOn!.Value, draft.Place, draft.IsOnline);
                meeting.SetChairs(draft.Chairs());
                meeting.SetParticipants(draft.Participants());
            }
            catch (DomainRuleException refusal)
            {
                return new WriteOutcome.Invalid([new FieldError(FieldOf(refusal), refusal.Message)]);
            }

            db.Meetings.Add(meeting);
            await db.SaveChangesAsync(cancellationToken);
            return new WriteOutcome.Created(meeting.Id);
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, "plan meeting"));
        }
    }

    /// <summary>Changes the meeting read at <paramref name="version"/>.</summary>
    public Task<WriteOutcome> ReviseAsync(Guid meetingId, uint version, MeetingDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.WriteAsync(Operation.ManageMeeting, meetingId, version, validator, draft, FieldOf, async change =>
        {
            var partnership = await change.Db.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == change.Meeting.PartnershipId, cancellationToken);
            if (await UnlistedAsync(change.Db, partnership, draft, cancellationToken) is { } unlisted)
            {
                return unlisted;
            }

            // A task force has no partner-country chair: the chairs change first when the meeting becomes one, after otherwise.
            if (draft.Kind == MeetingKind.TaskForce)
            {
                change.Meeting.SetChairs(draft.Chairs());
                change.Meeting.Reschedule(partnership, draft.Kind!.Value, draft.Title, draft.HeldOn!.Value, draft.Place, draft.IsOnline);
            }
            else
            {
                change.Meeting.Reschedule(partnership, draft.Kind!.Value, draft.Title, draft.HeldOn!.Value, draft.Place, draft.IsOnline);
                change.Meeting.SetChairs(draft.Chairs());
            }

            change.Meeting.SetParticipants(draft.Participants());
            return new WriteOutcome.Done();
        }, "revise meeting", cancellationToken);
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

    private static string FieldOf(DomainRuleException refusal) => refusal.Rule switch
    {
        _ when refusal.Rule.StartsWith("partnership.life", StringComparison.Ordinal) => nameof(MeetingDraft.HeldOn),
        _ when refusal.Rule.StartsWith("meeting.title", StringComparison.Ordinal) => nameof(MeetingDraft.Title),
        _ when refusal.Rule.StartsWith("meeting.place", StringComparison.Ordinal) => nameof(MeetingDraft.Place),
        _ when refusal.Rule.StartsWith("meeting.chair.partner-country", StringComparison.Ordinal) => nameof(MeetingDraft.PartnerCountryChairId),
        _ when refusal.Rule.StartsWith("meeting.participant", StringComparison.Ordinal) => nameof(MeetingDraft.ParticipantPeople),
        _ => FieldError.FormLevel,
    };

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
