using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Indicators;

namespace MobilityPartnerships.Domain.Initiatives;

/// <summary>
/// An indicator by which the initiative is evaluated: what is measured and in which unit, where it started
/// (baseline), where it should be and by when (target), and how that is verified.
/// </summary>
public sealed class Indicator
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int UnitMaxLength = 60;
    public const int MeansOfVerificationMaxLength = 1000;

    /// <summary>The largest value numeric(18,4) holds.</summary>
    public const decimal MaxValue = 99_999_999_999_999.9999m;

    /// <summary>The first day a baseline or target can be on: that of the months an initiative can run in.</summary>
    public static readonly DateOnly EarliestDate = ImplementationPeriod.EarliestMonth;

    /// <summary>The last day a baseline or target can be on: the end of the last month an initiative can run in.</summary>
    public static readonly DateOnly LatestDate = ImplementationPeriod.LatestMonth.AddMonths(1).AddDays(-1);

    private Indicator()
    {
        Name = string.Empty;
    }

    /// <summary>Stable across edits, so reported values stay linked to it.</summary>
    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public string? Unit { get; private set; }

    public decimal? BaselineValue { get; private set; }

    public DateOnly? BaselineDate { get; private set; }

    public decimal? TargetValue { get; private set; }

    public DateOnly? TargetDate { get; private set; }

    public string? MeansOfVerification { get; private set; }

    public IndicatorPoint? Baseline => BaselineValue is { } v && BaselineDate is { } d ? new IndicatorPoint(v, d) : null;

    public IndicatorPoint? Target => TargetValue is { } v && TargetDate is { } d ? new IndicatorPoint(v, d) : null;

    /// <summary>Whether it should rise or fall, from its target against its baseline; null while either is missing.</summary>
    public IndicatorDirection? Direction => BaselineValue is { } b && TargetValue is { } t ? IndicatorProgress.DirectionOf(b, t) : null;

    public bool SameAs(Indicator other) =>
        other is not null && Id == other.Id && Name == other.Name && Description == other.Description && Unit == other.Unit
        && BaselineValue == other.BaselineValue && BaselineDate == other.BaselineDate && TargetValue == other.TargetValue
        && TargetDate == other.TargetDate && MeansOfVerification == other.MeansOfVerification;

    public static Indicator Create(string name, string? description) => Create(name, description, null, null, null, null, null, null, null);

    public static Indicator Create(string name, string? description, string? unit, decimal? baselineValue, DateOnly? baselineDate, decimal? targetValue, DateOnly? targetDate, string? meansOfVerification, Guid? id = null)
    {
        var indicator = new Indicator { Id = id ?? Guid.CreateVersion7() };
        indicator.Revise(name, description, unit, baselineValue, baselineDate, targetValue, targetDate, meansOfVerification);
        return indicator;
    }

    /// <summary>Changes what the indicator says; nothing changes when a rule is broken.</summary>
    public void Revise(string name, string? description, string? unit, decimal? baselineValue, DateOnly? baselineDate, decimal? targetValue, DateOnly? targetDate, string? meansOfVerification)
    {
        var checkedName = Guard.RequiredText(name, NameMaxLength, "indicator.name", "The indicator's name");
        var checkedDescription = Guard.OptionalParagraphs(description, DescriptionMaxLength, "indicator.description", "The indicator's description");
        var checkedUnit = Guard.OptionalText(unit, UnitMaxLength, "indicator.unit", "The unit");
        var checkedMeans = Guard.OptionalText(meansOfVerification, MeansOfVerificationMaxLength, "indicator.means-of-verification", "The means of verification");
        CheckValue(baselineValue, "baseline", "The baseline", checkedName);
        CheckValue(targetValue, "target", "The target", checkedName);
        CheckCount(checkedUnit, baselineValue, "baseline", $"The baseline of '{checkedName}'", checkedName);
        CheckCount(checkedUnit, targetValue, "target", $"The target of '{checkedName}'", checkedName);
        CheckDate(baselineDate, "baseline", "baseline date", checkedName);
        CheckDate(targetDate, "target", "target date", checkedName);
        if ((baselineValue is null) != (baselineDate is null))
        {
            throw new DomainRuleException("indicator.baseline.incomplete", $"The baseline of '{checkedName}' needs both a value and a date.", checkedName);
        }

        if ((targetValue is null) != (targetDate is null))
        {
            throw new DomainRuleException("indicator.target.incomplete", $"The target of '{checkedName}' needs both a value and a date.", checkedName);
        }

        if (baselineDate is { } from && targetDate is { } to && to < from)
        {
            throw new DomainRuleException("indicator.target.before-baseline", $"The target date ({to:d MMMM yyyy}) of '{checkedName}' cannot be before its baseline date ({from:d MMMM yyyy}).", to, checkedName, from);
        }

        (Name, Description, Unit, MeansOfVerification) = (checkedName, checkedDescription, checkedUnit, checkedMeans);
        (BaselineValue, BaselineDate, TargetValue, TargetDate) = (baselineValue, baselineDate, targetValue, targetDate);
    }

    /// <summary>The same indicator under an id of its own, made here: how an initiative adds one, whatever id it came with.</summary>
    internal Indicator AsNew() => Create(Name, Description, Unit, BaselineValue, BaselineDate, TargetValue, TargetDate, MeansOfVerification);

    /// <summary>Takes over what another indicator with the same id says.</summary>
    internal void ReviseFrom(Indicator other) =>
        Revise(other.Name, other.Description, other.Unit, other.BaselineValue, other.BaselineDate, other.TargetValue, other.TargetDate, other.MeansOfVerification);

    /// <summary>
    /// Refuses a revision that changes the unit of this indicator, which has values on record: they were reported in this
    /// unit, and read in another ("%" become "persons") they would say something else, and whether the indicator is on
    /// track could change on the same numbers. A unit written otherwise but the same (<see cref="IndicatorUnit.Same"/>) is
    /// kept; a new unit is a new indicator.
    /// </summary>
    internal void CheckUnitKept(Indicator revised)
    {
        if (!IndicatorUnit.Same(Unit, revised.Unit))
        {
            throw new DomainRuleException(
                "indicator.unit.reported",
                $"Values are already reported for the indicator '{revised.Name}': its unit cannot change, or they would be read in another unit. Keep its unit, or add a new indicator for the new one.",
                revised.Name,
                revised.Id);
        }
    }

    /// <summary>Refuses a value this indicator cannot take: too large, too precise, or negative or a fraction where its unit counts things.</summary>
    public void CheckReportedValue(decimal value)
    {
        CheckValue(value, "value", $"The value of '{Name}'", Name);
        CheckCount(Unit, value, "value", $"The value of '{Name}'", Name);
    }

    private static void CheckCount(string? unit, decimal? value, string rule, string what, string name)
    {
        if (value < 0 && IndicatorUnit.IsCount(unit))
        {
            throw new DomainRuleException($"indicator.{rule}.negative-count", $"{what} counts {unit!.Trim()}: it cannot be negative.", name, unit.Trim());
        }

        // A count is of whole things: 0.5 persons is a typing error, not a measure.
        if (value is { } v && v != decimal.Truncate(v) && IndicatorUnit.IsCount(unit))
        {
            throw new DomainRuleException($"indicator.{rule}.fraction-count", $"{what} counts {unit!.Trim()}: it must be a whole number.", name, unit.Trim());
        }
    }

    /// <summary>A year such as 0001 or 9999 is a typing error: the dates lie in the years the initiative's months do.</summary>
    private static void CheckDate(DateOnly? date, string rule, string what, string name)
    {
        if (date is { } day && (day < EarliestDate || day > LatestDate))
        {
            throw new DomainRuleException($"indicator.{rule}.out-of-range", $"The {what} of '{name}' must lie between {EarliestDate:d MMMM yyyy} and {LatestDate:d MMMM yyyy}.", name, EarliestDate, LatestDate);
        }
    }

    internal static void CheckValue(decimal? value, string rule, string what, string name)
    {
        if (value is { } v && Math.Abs(v) > MaxValue)
        {
            throw new DomainRuleException($"indicator.{rule}.too-large", $"{what} is larger than the product can hold.", name);
        }

        if (value is { } w && decimal.Round(w, 4) != w)
        {
            throw new DomainRuleException($"indicator.{rule}.decimals", $"{what} can have at most four decimals.", name);
        }
    }
}
