using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

public sealed class IndicatorDraftValidator : AbstractValidator<IndicatorDraft>
{
    public IndicatorDraftValidator(IStringLocalizer<Strings> text, IReadOnlyList<IndicatorDraft> all)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(all);
        RuleFor(i => i.Name).RequiredText(text, "Initiative_Field_IndicatorName", Indicator.NameMaxLength)
            .Must(name => all.Count(other => string.Equals(other.Name?.Trim(), name?.Trim(), StringComparison.OrdinalIgnoreCase)) <= 1)
            .WithMessage((_, name) => text["Validation_IndicatorTwice", name?.Trim() ?? string.Empty]);
        RuleFor(i => i.Description).Text(text, "Initiative_Field_IndicatorDescription", Indicator.DescriptionMaxLength);
    }
}
