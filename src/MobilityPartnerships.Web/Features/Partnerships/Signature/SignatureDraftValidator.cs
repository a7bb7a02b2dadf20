using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Signature;

public sealed class SignatureDraftValidator : AbstractValidator<SignatureDraft>
{
    public SignatureDraftValidator(IStringLocalizer<Strings> text, ProductCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.SignedOn).Required(text, "Partnership_Field_SignedOn").PastDate(text, calendar);
        RuleFor(d => d.SignedOn).FirstOfMonthUnlessDay(d => d.Precision, text);
        RuleFor(d => d.Source).SourceText(text);
    }
}
