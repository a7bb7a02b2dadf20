using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Status;

public sealed class StatusChangeDraftValidator : AbstractValidator<StatusChangeDraft>
{
    public StatusChangeDraftValidator(IStringLocalizer<Strings> text, ProductCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Status).Required(text, "Partnership_Field_Status").IsInEnum().WithMessage(_ => text["Validation_Unknown"]);
        RuleFor(d => d.On).Required(text, "Partnership_Field_Date").PastDate(text, calendar);
        RuleFor(d => d.On).FirstOfMonthUnlessDay(d => d.Precision, text);
        RuleFor(d => d.Precision).IsInEnum().WithMessage(_ => text["Validation_Unknown"]);
        RuleFor(d => d.Source).SourceText(text);
    }
}
