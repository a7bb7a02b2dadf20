using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Initiatives;

/// <summary>
/// An indicator's baseline and target dates lie in the years an initiative's months do (1990–2100): a year such as 0001
/// or 9999 is a typing error, refused at its field by the form's rules (which the API and the import run too) and by the
/// domain behind them.
/// </summary>
public sealed class IndicatorDatesTests
{
    private const string Message = "Choose a day between 1 January 1990 and 31 December 2100.";

    private readonly InitiativeDraftValidator validator = new(Texts.Strings);

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1989, 12, 31)]
    [InlineData(2101, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void A_baseline_date_out_of_the_product_s_years_is_refused_at_its_field(int year, int month, int day)
    {
        var draft = Draft(i => (i.BaselineValue, i.BaselineDate) = (7.5m, new DateOnly(year, month, day)));

        var error = Assert.Single(validator.Validate(draft).Errors);

        Assert.Equal(("Indicators[0].BaselineDate", Message), (error.PropertyName, error.ErrorMessage));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void A_target_date_out_of_the_product_s_years_is_refused_at_its_field(int year, int month, int day)
    {
        var draft = Draft(i => (i.TargetValue, i.TargetDate) = (10m, new DateOnly(year, month, day)));

        var error = Assert.Single(validator.Validate(draft).Errors);

        Assert.Equal(("Indicators[0].TargetDate", Message), (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void The_first_and_last_days_of_the_product_s_years_are_taken()
    {
        var draft = Draft(i => (i.BaselineValue, i.BaselineDate, i.TargetValue, i.TargetDate) = (1m, new DateOnly(1990, 1, 1), 2m, new DateOnly(2100, 12, 31)));

        Assert.True(validator.Validate(draft).IsValid);
        Assert.Equal((ImplementationPeriod.EarliestMonth, new DateOnly(2100, 12, 31)), (Indicator.EarliestDate, Indicator.LatestDate));
    }

    [Fact]
    public void The_domain_refuses_a_date_out_of_range_whoever_writes()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Indicator.Create("Workers placed", null, "%", 7.5m, new DateOnly(1, 1, 1), null, null, null));

        Assert.Equal("indicator.baseline.out-of-range", refusal.Rule);
        Assert.Equal("The baseline date of 'Workers placed' must lie between 1 January 1990 and 31 December 2100.", RuleMessages.Of(Texts.Strings, refusal));
        Assert.Equal("Indicators", InitiativeDraft.RuleFields.FieldOf(refusal.Rule));

        var target = Assert.Throws<DomainRuleException>(() => Indicator.Create("Workers placed", null, "%", null, null, 10m, new DateOnly(9999, 12, 31), null));
        Assert.Equal("indicator.target.out-of-range", target.Rule);
    }

    private static InitiativeDraft Draft(Action<IndicatorDraft> change)
    {
        var indicator = new IndicatorDraft { Name = "Workers placed", Unit = "%" };
        change(indicator);
        return new InitiativeDraft { Title = "Circular migration pilot", Status = InitiativeStatus.Ongoing, Indicators = [indicator] };
    }
}
