using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Features.OpenData.Iati;

/// <summary>
/// An initiative's total budget as IATI budgets. IATI allows a budget period of at most one year, while the
/// scoreboard knows one total for the whole implementation period; the total is therefore spread over the calendar
/// years of the period (the Union's budget year) in proportion to the months of each, to the cent, the last year
/// taking what rounding leaves so that the budgets add up to the total exactly. Each is an original budget (type 1).
/// </summary>
internal static class IatiBudgets
{
    /// <summary>
    /// The budgets, or none when the period's start or end is not known, when the total is not known (no funding line,
    /// or a line without its total) or is nothing, or when the initiative was cancelled. A budget is committed (2) only
    /// where the money is in use (the initiative is ongoing or completed) and the period lies within one year, so that
    /// its amount is the scoreboard's own; a spread budget is an estimate and indicative (1), as is every budget of a
    /// proposed or planned initiative.
    /// </summary>
    public static IReadOnlyList<IatiBudget> Of(InitiativeStatus status, DateOnly? startMonth, DateOnly? endMonth, IReadOnlyCollection<FundingSource> fundingLines)
    {
        if (status == InitiativeStatus.Cancelled
            || startMonth is not { } start
            || endMonth is not { } end
            || Amount.OfLines(fundingLines.Select(f => f.TotalBudget)).Value is not { } total
            || total <= 0m)
        {
            return [];
        }

        var years = Enumerable.Range(start.Year, end.Year - start.Year + 1).ToList();
        var budgetStatus = years.Count == 1 && status is (InitiativeStatus.Ongoing or InitiativeStatus.Completed)
            ? IatiBudgetStatus.Committed
            : IatiBudgetStatus.Indicative;
        var allMonths = MonthsFrom(start, end);
        var budgets = new List<IatiBudget>(years.Count);
        var allotted = 0m;
        foreach (var year in years)
        {
            var first = year == start.Year ? start : new DateOnly(year, 1, 1);
            var last = year == end.Year ? end : new DateOnly(year, 12, 1);
            var value = year == end.Year
                ? total - allotted
                : decimal.Round(total * MonthsFrom(first, last) / allMonths, 2, MidpointRounding.AwayFromZero);
            allotted += value;
            budgets.Add(new IatiBudget(first, last.AddMonths(1).AddDays(-1), value, budgetStatus));
        }

        return budgets;
    }

    /// <summary>The months from the first to the last, both counted.</summary>
    private static int MonthsFrom(DateOnly first, DateOnly last) => ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
}
