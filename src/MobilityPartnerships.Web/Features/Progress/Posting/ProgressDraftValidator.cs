using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Progress.Posting;

public sealed class ProgressDraftValidator : AbstractValidator<ProgressDraft>
{
    public ProgressDraftValidator(IStringLocalizer<Strings> text, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(d => d.ReportedOn)
            .NotNull().WithMessage(text["Validation_Required", text["Progress_Field_Date"]])
            .Must(date => date is null || (date >= ProgressUpdate.EarliestDate && date <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            .WithMessage(text["Validation_ProgressDate", ProgressUpdate.EarliestDate.Year]);
        RuleFor(d => d.Rating)
            .NotNull().WithMessage(text["Validation_Required", text["Progress_Field_Rating"]])
            .IsInEnum().WithMessage(text["Validation_Unknown"]);
        RuleFor(d => d.Narrative)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(text["Validation_Required", text["Progress_Field_Narrative"]])
            .Must(n => (n?.Trim().Length ?? 0) <= ProgressUpdate.NarrativeMaxLength)
            .WithMessage((_, n) => text["Validation_TooLong", ProgressUpdate.NarrativeMaxLength, n?.Trim().Length ?? 0]);
    }
}
