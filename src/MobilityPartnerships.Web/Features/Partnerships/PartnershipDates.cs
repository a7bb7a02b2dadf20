using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships;

/// <summary>Dates in a partnership's life lie between 1990 and today.</summary>
internal static class PartnershipDates
{
    public static readonly DateOnly Earliest = new(1990, 1, 1);

    public static IRuleBuilderOptions<T, DateOnly?> PastDate<T>(this IRuleBuilder<T, DateOnly?> rule, IStringLocalizer<Strings> text, ProductCalendar calendar) =>
        rule.PastDay(text, calendar, Earliest);

    /// <summary>A date known only to the month (see <see cref="DatePrecision"/>) is the first of it.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> FirstOfMonthUnlessDay<T>(this IRuleBuilder<T, DateOnly?> rule, Func<T, DatePrecision> precision, IStringLocalizer<Strings> text) =>
        rule.Must((draft, date) => precision(draft) == DatePrecision.Day || date is null || date.Value.Day == 1).WithMessage(_ => text["Validation_MonthFirstDay"]);

    public static IRuleBuilderOptions<T, string?> SourceText<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<Strings> text) =>
        rule.Text(text, "Partnership_Field_Source", Partnership.SourceMaxLength);
}
