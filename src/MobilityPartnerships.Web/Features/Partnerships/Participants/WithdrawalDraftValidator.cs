using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Partnerships.Participants;

public sealed class WithdrawalDraftValidator : AbstractValidator<WithdrawalDraft>
{
    public WithdrawalDraftValidator(IStringLocalizer<Strings> text, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.LeftOn).NotNull().WithMessage(text["Validation_Required", text["Partnership_Field_LeftOn"]]).PastDate(text, clock);
    }
}
