using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Indicators.Reporting;

public sealed class IndicatorValueDraftValidator : AbstractValidator<IndicatorValueDraft>
{
    public IndicatorValueDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Period)
            .Filled(text, "Indicator_Field_Period")
            .Must(p => TextCharacters.IsBlank(p) || ReportingPeriod.Parse(p) is not null)
            .WithMessage((_, p) => text["Indicator_NotAPeriod", p?.Trim() ?? string.Empty]);
        RuleFor(d => d.Value)
            .Filled(text, "Indicator_Field_Value")
            .Must((d, v) => TextCharacters.IsBlank(v) || IndicatorNumbers.Parse(v, d.Notation) is not null)
            .WithMessage((d, v) => text["Validation_NotANumber", v?.Trim() ?? string.Empty, TypedNumber.Example(d.Notation ?? CultureInfo.CurrentCulture)])
            .Must((d, v) => IndicatorNumbers.Parse(v, d.Notation) is not { } n || (Math.Abs(n) <= Indicator.MaxValue && decimal.Round(n, 4) == n))
            .WithMessage(_ => text["Indicator_ValueOutOfRange"]);
    }
}
