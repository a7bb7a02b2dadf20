using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
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

    /// <summary>A text within <paramref name="maxLength"/> characters as it is stored: normalised, counted as the database counts them (an emoji is one).</summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<Strings> text, string label, int maxLength) =>
        rule.Must(value => TextCharacters.StoredCount(value) <= maxLength)
            .WithMessage((_, value) => text["Validation_TooLong", maxLength, TextCharacters.StoredCount(value)])
            .WithName(_ => text[label]);

    /// <summary>Text that is not blank: something in it can be seen (see <see cref="TextCharacters.IsBlank"/>).</summary>
    public static IRuleBuilderOptions<T, string?> Filled<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<Strings> text, string label) =>
        rule.Must(value => !TextCharacters.IsBlank(value)).WithMessage(_ => text["Validation_Required", text[label]]);

    /// <summary>
    /// A text of one line stored outside the domain's aggregates (an account's name, a token's name), held to the
    /// domain's rule for such texts (<see cref="TextCharacters.Unshowable"/>) with the domain's wording.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> OneLine<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<Strings> text, string label) =>
        rule.Must(value => OneLineProblem(value) is null)
            .WithMessage((_, value) => OneLineMessage(text, label, OneLineProblem(value) ?? new UnshowableCharacter(UnshowableKind.LineBreak, '\n')));

    /// <summary>The first character a text of one line may not hold, as it would be stored.</summary>
    public static UnshowableCharacter? OneLineProblem(string? value) =>
        TextCharacters.IsBlank(value) ? null : TextCharacters.Unshowable(TextCharacters.Normalised(value), paragraphs: false);

    /// <summary>The refusal of <paramref name="problem"/> in a field named <paramref name="label"/>, worded as the domain's.</summary>
    public static string OneLineMessage(IStringLocalizer<Strings> text, string label, UnshowableCharacter problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[RuleMessages.GenericPrefix + problem.Rule, text[label], problem.Code];
    }

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<Strings> text, string label, int maxLength) =>
        rule.Filled(text, label).Text(text, label, maxLength);

    public static IRuleBuilderOptions<T, DateOnly?> Month<T>(this IRuleBuilder<T, DateOnly?> rule, IStringLocalizer<Strings> text, string label) =>
        rule.Must(month => month is null || (month >= ImplementationPeriod.EarliestMonth && month < ImplementationPeriod.LatestMonth.AddMonths(1)))
            .WithMessage(_ => text["Validation_MonthOutOfRange", ImplementationPeriod.EarliestMonth.Year, ImplementationPeriod.LatestMonth.Year])
            .Must(month => month is not { Day: not 1 })
            .WithMessage((_, month) => text["Validation_MonthNotDay", month.GetValueOrDefault().ToString("yyyy-MM-01", System.Globalization.CultureInfo.InvariantCulture), month.GetValueOrDefault().ToString("MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture), month.GetValueOrDefault().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)])
            .WithName(_ => text[label]);

    public static IRuleBuilderOptions<T, decimal?> Amount<T>(this IRuleBuilder<T, decimal?> rule, IStringLocalizer<Strings> text, string label) =>
        rule.Must(amount => amount is null or >= 0).WithMessage(_ => text["Validation_Negative", text[label]])
            .Must(amount => amount is null || amount <= FundingLine.MaxAmount).WithMessage(_ => text["Validation_TooLarge", text[label]])
            .Must(amount => amount is null || decimal.Round(amount.Value, 2) == amount).WithMessage(_ => text["Validation_Cents", text[label]])
            .WithName(_ => text[label]);
}
