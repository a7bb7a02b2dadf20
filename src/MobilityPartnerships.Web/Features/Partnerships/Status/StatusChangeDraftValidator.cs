using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Partnerships.Status;

public sealed class StatusChangeDraftValidator : AbstractValidator<StatusChangeDraft>
{
    public StatusChangeDraftValidator(IStringLocalizer<Strings> text, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Status).NotNull().WithMessage(text["Validation_Required", text["Partnership_Field_Status"]]).IsInEnum().WithMessage(text["Validation_Unknown"]);
        RuleFor(d => d.On).NotNull().WithMessage(text["Validation_Required", text["Partnership_Field_Date"]]).PastDate(text, clock);
        RuleFor(d => d.On).Must((d, on) => d.Precision == DatePrecision.Day || on is null || on.Value.Day == 1).WithMessage(text["Validation_MonthFirstDay"]);
        RuleFor(d => d.Precision).IsInEnum().WithMessage(text["Validation_Unknown"]);
        RuleFor(d => d.Source).SourceText(text);
    }
}
