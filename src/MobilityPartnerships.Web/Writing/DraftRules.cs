using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Writing;

/// <summary>Rules shared by the drafts' validators, each with its message from the text resources.</summary>
internal static class DraftRules
{
    public static IRuleBuilderOptions<T, TValue> Required<T, TValue>(this IRuleBuilder<T, TValue> rule, IStringLocalizer<Strings> text, string label) =>
        rule.NotNull().WithMessage(_ => text["Validation_Required", text[label]]);

    /// <summary>A day from <paramref name="earliest"/> to today.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> PastDay<T>(this IRuleBuilder<T, DateOnly?> rule, IStringLocalizer<Strings> text, ProductCalendar calendar, DateOnly earliest) =>
        rule.Must(date => date is null || (date >= earliest && date <= calendar.Today))
            .WithMessage(_ => text["Validation_ProgressDate", earliest.Year]);

    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<Strings> text, string label, int maxLength) =>
        rule.Must(value => (value?.Trim().Length ?? 0) <= maxLength)
            .WithMessage((_, value) => text["Validation_TooLong", maxLength, value?.Trim().Length ?? 0])
            .WithName(_ => text[label]);

    /// <summary>Text that is not blank.</summary>
    public static IRuleBuilderOptions<T, string?> Filled<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<Strings> text, string label) =>
        rule.Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage(_ => text["Validation_Required", text[label]]);

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<Strings> text, string label, int maxLength) =>
        rule.Filled(text, label).Text(text, label, maxLength);

    public static IRuleBuilderOptions<T, DateOnly?> Month<T>(this IRuleBuilder<T, DateOnly?> rule, IStringLocalizer<Strings> text, string label) =>
        rule.Must(month => month is null || (month >= ImplementationPeriod.EarliestMonth && month < ImplementationPeriod.LatestMonth.AddMonths(1)))
            .WithMessage(_ => text["Validation_MonthOutOfRange", ImplementationPeriod.EarliestMonth.Year, ImplementationPeriod.LatestMonth.Year])
            .WithName(_ => text[label]);

    public static IRuleBuilderOptions<T, decimal?> Amount<T>(this IRuleBuilder<T, decimal?> rule, IStringLocalizer<Strings> text, string label) =>
        rule.Must(amount => amount is null or >= 0).WithMessage(_ => text["Validation_Negative", text[label]])
            .Must(amount => amount is null || amount <= FundingLine.MaxAmount).WithMessage(_ => text["Validation_TooLarge", text[label]])
            .Must(amount => amount is null || decimal.Round(amount.Value, 2) == amount).WithMessage(_ => text["Validation_Cents", text[label]])
            .WithName(_ => text[label]);
}
