using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.ActionPoints.Recording;

public sealed class ActionPointDraftValidator : AbstractValidator<ActionPointDraft>
{
    public ActionPointDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Text).RequiredText(text, "ActionPoint_Field_Text", ActionPoint.TextMaxLength);
        RuleFor(d => d.OwnerPerson).Text(text, "ActionPoint_Field_OwnerPerson", ActionPoint.OwnerMaxLength);
        RuleFor(d => d.OwnerOrganisationId)
            .Must((d, organisation) => organisation is not null || !TextCharacters.IsBlank(d.OwnerPerson) || d.OwnerAccountId is not null)
            .WithMessage(_ => text["ActionPoint_Validation_Owner"]);
        RuleFor(d => d.DueOn)
            .Required(text, "ActionPoint_Field_DueOn")
            .Must(d => d is null || (d >= Meeting.EarliestDay && d <= Meeting.LatestDay)).WithMessage(_ => text["Meeting_Validation_DateRange", Meeting.EarliestDay.Year, Meeting.LatestDay.Year]);
    }
}
