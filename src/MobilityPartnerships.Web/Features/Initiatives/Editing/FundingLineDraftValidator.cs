using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

public sealed class FundingLineDraftValidator : AbstractValidator<FundingLineDraft>
{
    public FundingLineDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(f => f.SourceKind).IsInEnum().WithMessage(_ => text["Validation_Unknown"]).WithName(_ => text["Initiative_Field_FundingSource"]);
        RuleFor(f => f.Programme).Text(text, "Initiative_Field_Programme", FundingLine.ProgrammeMaxLength);
        RuleFor(f => f.TotalBudget).Amount(text, "Common_TotalBudget");
        RuleFor(f => f.EuContribution).Amount(text, "Common_EuContribution")
            .Must((f, eu) => eu is null || f.TotalBudget is null || eu <= f.TotalBudget)
            .WithMessage(_ => text["Validation_EuAboveTotal"]);
    }
}
