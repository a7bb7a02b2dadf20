using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Revising;

public sealed class PartnershipDetailsDraftValidator : AbstractValidator<PartnershipDetailsDraft>
{
    public PartnershipDetailsDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Name).RequiredText(text, "Partnership_Field_Name", Partnership.NameMaxLength);
        RuleFor(d => d.ExploratoryTalksDeadline)
            .Must(d => d is null || (d >= PartnershipDates.Earliest && d <= new DateOnly(2100, 12, 31)))
            .WithMessage(_ => text["Validation_DeadlineRange", PartnershipDates.Earliest.Year]);
        RuleFor(d => d.Priorities)
            .Must((d, _) => d.PriorityLines.All(p => TextCharacters.Count(p) <= Partnership.PriorityMaxLength))
            .WithMessage(_ => text["Validation_PriorityTooLong", Partnership.PriorityMaxLength]);
    }
}
