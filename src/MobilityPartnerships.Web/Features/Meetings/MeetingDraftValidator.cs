using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Meetings;

public sealed class MeetingDraftValidator : AbstractValidator<MeetingDraft>
{
    public static readonly DateOnly Earliest = Meeting.EarliestDay;
    public static readonly DateOnly Latest = Meeting.LatestDay;

    public MeetingDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Kind).Required(text, "Meeting_Field_Kind").IsInEnum().WithMessage(_ => text["Validation_Unknown"]);
        RuleFor(d => d.Title).RequiredText(text, "Meeting_Field_Title", Meeting.TitleMaxLength);
        RuleFor(d => d.HeldOn)
            .Required(text, "Meeting_Field_HeldOn")
            .Must(d => d is null || (d >= Earliest && d <= Latest)).WithMessage(_ => text["Meeting_Validation_DateRange", Earliest.Year, Latest.Year]);
        RuleFor(d => d.Place).Text(text, "Meeting_Field_Place", Meeting.PlaceMaxLength);
        RuleFor(d => d.Place).Must((d, place) => d.IsOnline || !TextCharacters.IsBlank(place)).WithMessage(_ => text["Meeting_Validation_PlaceOrOnline"]);
        RuleFor(d => d.CommissionChairId).NotNull().WithMessage(_ => text["Meeting_Validation_CommissionChair"]);
        RuleFor(d => d.PartnerCountryChairId).Null().When(d => d.Kind == MeetingKind.TaskForce).WithMessage(_ => text["Meeting_Validation_TaskForcePartnerChair"]);
        RuleFor(d => d.PeopleLines)
            .Must(lines => lines.All(l => TextCharacters.Count(l) <= Meeting.PersonMaxLength)).WithMessage(_ => text["Meeting_Validation_PersonTooLong", Meeting.PersonMaxLength])
            .OverridePropertyName(nameof(MeetingDraft.ParticipantPeople));
    }
}
