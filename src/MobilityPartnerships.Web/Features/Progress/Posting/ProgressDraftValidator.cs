using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Progress.Posting;

public sealed class ProgressDraftValidator : AbstractValidator<ProgressDraft>
{
    public ProgressDraftValidator(IStringLocalizer<Strings> text, ProductCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(calendar);
        RuleFor(d => d.ReportedOn)
            .Required(text, "Progress_Field_Date")
            .PastDay(text, calendar, ProgressUpdate.EarliestDate);
        RuleFor(d => d.Rating)
            .Required(text, "Progress_Field_Rating")
            .IsInEnum().WithMessage(_ => text["Validation_Unknown"]);
        RuleFor(d => d.Narrative).RequiredText(text, "Progress_Field_Narrative", ProgressUpdate.NarrativeMaxLength);
    }
}
