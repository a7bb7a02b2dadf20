using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Partnerships.Signature;

public sealed class SignatureDraftValidator : AbstractValidator<SignatureDraft>
{
    public SignatureDraftValidator(IStringLocalizer<Strings> text, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.SignedOn).NotNull().WithMessage(text["Validation_Required", text["Partnership_Field_SignedOn"]]).PastDate(text, clock);
        RuleFor(d => d.SignedOn).Must((d, on) => d.Precision == DatePrecision.Day || on is null || on.Value.Day == 1).WithMessage(text["Validation_MonthFirstDay"]);
        RuleFor(d => d.Source).SourceText(text);
    }
}
