using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Initiatives;

/// <summary>Where part of an initiative's money comes from: a source, a contributor, a total and the EU's share, in euro.</summary>
public sealed class FundingLine
{
    public const int ProgrammeMaxLength = 150;

    /// <summary>The largest amount numeric(18,2) holds.</summary>
    public const decimal MaxAmount = 9_999_999_999_999_999.99m;

    private FundingLine()
    {
    }

    public Guid Id { get; private set; }

    public FundingSourceKind SourceKind { get; private set; }

    public string? Programme { get; private set; }

    public Guid? ContributorId { get; private set; }

    public decimal? TotalBudget { get; private set; }

    public decimal? EuContribution { get; private set; }

    public static FundingLine Create(FundingSourceKind sourceKind, string? programme, Guid? contributorId, decimal? totalBudget, decimal? euContribution)
    {
        var line = new FundingLine { Id = Guid.CreateVersion7() };
        line.Revise(sourceKind, programme, contributorId, totalBudget, euContribution);
        return line;
    }

    /// <summary>Changes the line's source and amounts; nothing changes when a rule is broken.</summary>
    public void Revise(FundingSourceKind sourceKind, string? programme, Guid? contributorId, decimal? totalBudget, decimal? euContribution)
    {
        Guard.Defined(sourceKind, "funding-line.source", "Funding source");
        CheckAmount(totalBudget, "total-budget", "The total budget");
        CheckAmount(euContribution, "eu-contribution", "The EU contribution");
        if (euContribution > totalBudget)
        {
            throw new DomainRuleException("funding-line.eu-contribution.above-total", $"The EU contribution (€ {euContribution:N2}) cannot be above the total budget (€ {totalBudget:N2}).", euContribution, totalBudget);
        }

        var checkedProgramme = Guard.OptionalText(programme, ProgrammeMaxLength, "funding-line.programme", "The programme");
        (SourceKind, Programme, ContributorId, TotalBudget, EuContribution) = (sourceKind, checkedProgramme, contributorId, totalBudget, euContribution);
    }

    private static void CheckAmount(decimal? amount, string rule, string what)
    {
        if (amount is not { } value)
        {
            return;
        }

        if (value < 0)
        {
            throw new DomainRuleException($"funding-line.{rule}.negative", $"{what} cannot be negative.");
        }

        if (value > MaxAmount)
        {
            throw new DomainRuleException($"funding-line.{rule}.too-large", $"{what} is larger than the product can hold.");
        }

        if (decimal.Round(value, 2) != value)
        {
            throw new DomainRuleException($"funding-line.{rule}.cents", $"{what} is in euro with at most two decimals (cents).");
        }
    }
}
