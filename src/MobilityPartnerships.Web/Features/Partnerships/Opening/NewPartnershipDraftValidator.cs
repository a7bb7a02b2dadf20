using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Opening;

public sealed class NewPartnershipDraftValidator : AbstractValidator<NewPartnershipDraft>
{
    public NewPartnershipDraftValidator(IStringLocalizer<Strings> text, ProductCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Name).RequiredText(text, "Partnership_Field_Name", Partnership.NameMaxLength);
        RuleFor(d => d.Kind).IsInEnum().WithMessage(_ => text["Validation_Unknown"]);
        RuleFor(d => d.PartnerCountryId).NotNull().When(d => Partnership.NeedsPartnerCountry(d.Kind, d.Status)).WithMessage(_ => text["Validation_PartnerCountryRequired"]);
        RuleFor(d => d.Status)
            .IsInEnum().WithMessage(_ => text["Validation_Unknown"])
            .NotEqual(PartnershipStatus.InImplementation).WithMessage(_ => text["Validation_OpenedInImplementation"]);
        RuleFor(d => d.Since).PastDate(text, calendar);
        RuleFor(d => d.Source).SourceText(text);
    }
}
