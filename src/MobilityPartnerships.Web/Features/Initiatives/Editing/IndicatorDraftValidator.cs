using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Writing;
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
        RuleFor(i => i.Unit).Text(text, "Indicator_Field_Unit", Indicator.UnitMaxLength);
        RuleFor(i => i.MeansOfVerification).Text(text, "Indicator_Field_MeansOfVerification", Indicator.MeansOfVerificationMaxLength);
        RuleFor(i => i.BaselineDate)
            .NotNull().When(i => i.BaselineValue is not null).WithMessage(_ => text["Indicator_BaselineIncomplete"])
            .Must(InRange).WithMessage(_ => text["Indicator_DateOutOfRange", Day(Indicator.EarliestDate), Day(Indicator.LatestDate)]);
        RuleFor(i => i.BaselineValue)
            .NotNull().When(i => i.BaselineDate is not null).WithMessage(_ => text["Indicator_BaselineIncomplete"])
            .Must(Fits).WithMessage(_ => text["Indicator_ValueOutOfRange"])
            .Must((i, v) => !(v < 0 && IndicatorUnit.IsCount(i.Unit))).WithMessage((i, _) => text["Indicator_NegativeCount", text["Indicator_Baseline"], i.Unit?.Trim() ?? string.Empty]);
        RuleFor(i => i.TargetDate)
            .NotNull().When(i => i.TargetValue is not null).WithMessage(_ => text["Indicator_TargetIncomplete"])
            .Must(InRange).WithMessage(_ => text["Indicator_DateOutOfRange", Day(Indicator.EarliestDate), Day(Indicator.LatestDate)])
            .Must((i, to) => i.BaselineDate is not { } from || to is not { } target || target >= from)
            .WithMessage((i, to) => text["Indicator_TargetBeforeBaseline", Day(to), Day(i.BaselineDate)]);
        RuleFor(i => i.TargetValue)
            .NotNull().When(i => i.TargetDate is not null).WithMessage(_ => text["Indicator_TargetIncomplete"])
            .Must(Fits).WithMessage(_ => text["Indicator_ValueOutOfRange"])
            .Must((i, v) => !(v < 0 && IndicatorUnit.IsCount(i.Unit))).WithMessage((i, _) => text["Indicator_NegativeCount", text["Indicator_Target"], i.Unit?.Trim() ?? string.Empty]);
    }

    private static bool InRange(DateOnly? day) => day is not { } d || (d >= Indicator.EarliestDate && d <= Indicator.LatestDate);

    private static bool Fits(decimal? value) =>
        value is not { } v || (Math.Abs(v) <= Indicator.MaxValue && decimal.Round(v, 4) == v);

    private static string Day(DateOnly? day) => day is { } value ? Display.Day(value) : string.Empty;
}
