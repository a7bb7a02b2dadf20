using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Domain.Tests.Initiatives;

public sealed class FundingLineTests
{
    [Fact]
    public void Funding_line_keeps_its_amounts()
    {
        var contributor = Guid.NewGuid();

        var line = FundingLine.Create(FundingSourceKind.EuProgramme, " AENEAS ", contributor, 815_119.64m, 652_095.71m);

        Assert.Equal(FundingSourceKind.EuProgramme, line.SourceKind);
        Assert.Equal("AENEAS", line.Programme);
        Assert.Equal(contributor, line.ContributorId);
        Assert.Equal(815_119.64m, line.TotalBudget);
        Assert.Equal(652_095.71m, line.EuContribution);
    }

    [Fact]
    public void Eu_contribution_above_the_total_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", null, 815_119.64m, 815_119.65m));

        Assert.Equal("funding-line.eu-contribution.above-total", ex.Rule);
    }

    [Fact]
    public void Eu_contribution_equal_to_the_total_is_allowed()
    {
        var line = FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", null, 815_119.64m, 815_119.64m);

        Assert.Equal(line.TotalBudget, line.EuContribution);
    }

    [Fact]
    public void Negative_total_budget_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => FundingLine.Create(FundingSourceKind.OwnFunds, null, null, -0.01m, null));

        Assert.Equal("funding-line.total-budget.negative", ex.Rule);
    }

    [Fact]
    public void Negative_eu_contribution_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => FundingLine.Create(FundingSourceKind.EuProgramme, null, null, 100m, -1m));

        Assert.Equal("funding-line.eu-contribution.negative", ex.Rule);
    }

    [Fact]
    public void Total_budget_with_more_than_two_decimals_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => FundingLine.Create(FundingSourceKind.OwnFunds, null, null, 815_119.645m, null));

        Assert.Equal("funding-line.total-budget.cents", ex.Rule);
    }

    [Fact]
    public void Eu_contribution_with_more_than_two_decimals_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => FundingLine.Create(FundingSourceKind.EuProgramme, null, null, 100m, 0.001m));

        Assert.Equal("funding-line.eu-contribution.cents", ex.Rule);
    }

    [Fact]
    public void Trailing_zero_decimals_are_allowed()
    {
        var line = FundingLine.Create(FundingSourceKind.OwnFunds, null, null, 1.500m, 0.0000m);

        Assert.Equal(1.5m, line.TotalBudget);
        Assert.Equal(0m, line.EuContribution);
    }

    [Fact]
    public void Amount_larger_than_the_database_holds_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            FundingLine.Create(FundingSourceKind.OwnFunds, null, null, FundingLine.MaxAmount + 0.01m, null));

        Assert.Equal("funding-line.total-budget.too-large", ex.Rule);
    }

    [Fact]
    public void Largest_amount_is_allowed()
    {
        var line = FundingLine.Create(FundingSourceKind.OwnFunds, null, null, FundingLine.MaxAmount, FundingLine.MaxAmount);

        Assert.Equal(FundingLine.MaxAmount, line.TotalBudget);
    }

    [Fact]
    public void Unknown_amounts_are_allowed()
    {
        var line = FundingLine.Create(FundingSourceKind.OwnFunds, null, null, null, null);

        Assert.Null(line.TotalBudget);
        Assert.Null(line.EuContribution);
    }

    [Fact]
    public void Eu_contribution_with_unknown_total_is_allowed()
    {
        var line = FundingLine.Create(FundingSourceKind.EuProgramme, "Thematic programme", null, null, 250_000m);

        Assert.Null(line.TotalBudget);
        Assert.Equal(250_000m, line.EuContribution);
    }

    [Fact]
    public void Unknown_source_kind_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => FundingLine.Create((FundingSourceKind)5, null, null, 1m, 1m));

        Assert.Equal("funding-line.source.unknown", ex.Rule);
    }
}
