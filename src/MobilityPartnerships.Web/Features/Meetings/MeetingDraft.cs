using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings;

/// <summary>A meeting as the focal point plans or revises it.</summary>
public sealed class MeetingDraft
{
    /// <summary>
    /// Where the domain's refusals of a meeting show. The partner-country chair's rule is named in full: no code
    /// sits below "meeting.chair.partner-country"; the domain's is "meeting.chair.partner-country-in-task-force".
    /// </summary>
    public static RuleFields Fields { get; } = RuleFields.Of(
        ("partnership.life", nameof(HeldOn)),
        ("meeting.held-on", nameof(HeldOn)),
        ("meeting.title", nameof(Title)),
        ("meeting.place", nameof(Place)),
        ("meeting.chair.partner-country-in-task-force", nameof(PartnerCountryChairId)),
        ("meeting.participant", nameof(ParticipantPeople)));

    public MeetingKind? Kind { get; set; }

    public string Title { get; set; } = string.Empty;

    public DateOnly? HeldOn { get; set; }

    public string? Place { get; set; }

    public bool IsOnline { get; set; }

    /// <summary>The organisation chairing for the Commission.</summary>
    public Guid? CommissionChairId { get; set; }

    /// <summary>The Member State chairing for the Council Presidency; proposed from the rotation for the meeting's date.</summary>
    public Guid? PresidencyChairId { get; set; }

    /// <summary>The partner country's chair; none for a task force.</summary>
    public Guid? PartnerCountryChairId { get; set; }

    /// <summary>The organisations attending, among the partnership's participants.</summary>
    public IReadOnlyList<Guid> ParticipantOrganisationIds { get; set; } = [];

    /// <summary>People attending in their own name, one per line.</summary>
    public string? ParticipantPeople { get; set; }

    public IReadOnlyList<string> PeopleLines =>
        TextCharacters.Lines(ParticipantPeople);

    public static MeetingDraft From(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new MeetingDraft
        {
            Kind = meeting.Kind,
            Title = meeting.Title,
            HeldOn = meeting.HeldOn,
            Place = meeting.Place,
            IsOnline = meeting.IsOnline,
            CommissionChairId = meeting.Chairs.FirstOrDefault(c => c.Role == ChairRole.Commission)?.OrganisationId,
            PresidencyChairId = meeting.Chairs.FirstOrDefault(c => c.Role == ChairRole.Presidency)?.OrganisationId,
            PartnerCountryChairId = meeting.Chairs.FirstOrDefault(c => c.Role == ChairRole.PartnerCountry)?.OrganisationId,
            ParticipantOrganisationIds = [.. meeting.Participants.Where(p => p.OrganisationId is not null && p.PersonName is null).Select(p => p.OrganisationId!.Value)],
            ParticipantPeople = string.Join("\n", meeting.Participants.Where(p => p.PersonName is not null).Select(p => p.PersonName)),
        };
    }

    public IEnumerable<MeetingChair> Chairs()
    {
        if (CommissionChairId is { } commission)
        {
            yield return new MeetingChair(commission, ChairRole.Commission);
        }

        if (PresidencyChairId is { } presidency)
        {
            yield return new MeetingChair(presidency, ChairRole.Presidency);
        }

        if (PartnerCountryChairId is { } partner)
        {
            yield return new MeetingChair(partner, ChairRole.PartnerCountry);
        }
    }

    public IEnumerable<MeetingParticipant> Participants() =>
        ParticipantOrganisationIds.Distinct().Select(id => new MeetingParticipant(id, null))
            .Concat(PeopleLines.Select(name => new MeetingParticipant(null, name)));
}
