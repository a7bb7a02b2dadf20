using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Withdrawing;

public sealed class WithdrawalDraftValidator : AbstractValidator<WithdrawalDraft>
{
    public WithdrawalDraftValidator(IStringLocalizer<Strings> text, ProductCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.LeftOn).Required(text, "Partnership_Field_LeftOn").PastDate(text, calendar);
    }
}
