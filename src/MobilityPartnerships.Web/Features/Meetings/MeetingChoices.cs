using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings;

/// <summary>What the meeting form offers: who may chair for each side, who may attend, and the Presidency rotation by Member State.</summary>
public sealed record MeetingChoices(
    IReadOnlyList<Choice> Commission,
    IReadOnlyList<Choice> MemberStates,
    IReadOnlyList<Choice> PartnerCountries,
    IReadOnlyList<Choice> Participants,
    IReadOnlyList<PresidencyHolding> Rotation)
{
    /// <summary>The Member State holding the Presidency on the day, as the form proposes it; null outside the known rotation.</summary>
    public Guid? PresidencyOn(DateOnly? day) =>
        day is { } d ? Rotation.FirstOrDefault(r => r.Start <= d && d <= r.End)?.MemberStateId : null;

    /// <summary>The choices for a meeting of the partnership.</summary>
    public static async Task<MeetingChoices> ReadAsync(AppDbContext db, Partnership partnership, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(partnership);
        var organisations = await db.Organisations.AsNoTracking()
            .Select(o => new { o.Id, Name = ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench), o.Kind, o.CountryCode, o.SignsThroughPresidency })
            .OrderBy(o => NameOrder.Key(o.Name))
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

    /// <summary>Chairs and participants must be among the choices: an organisation of the right kind, a participant of the partnership; null when they are.</summary>
    public WriteOutcome? Unlisted(MeetingDraft draft, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<FieldError>();
        Expect(draft.CommissionChairId, Commission, nameof(MeetingDraft.CommissionChairId));
        Expect(draft.PresidencyChairId, MemberStates, nameof(MeetingDraft.PresidencyChairId));
        Expect(draft.PartnerCountryChairId, PartnerCountries, nameof(MeetingDraft.PartnerCountryChairId));
        var participants = Participants.Select(c => c.Id).ToHashSet();
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
}

/// <summary>One term of the Presidency, with the Member State's organisation.</summary>
public sealed record PresidencyHolding(DateOnly Start, DateOnly End, Guid MemberStateId);
