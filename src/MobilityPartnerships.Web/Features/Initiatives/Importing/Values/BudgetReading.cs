using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// What a "Budget/EC contribution" cell says: the initiative's total budget and, when the cell gives it,
/// the EU's contribution, each read as one amount of money.
/// </summary>
/// <param name="Total">The total budget; blank when the cell names only the EU contribution.</param>
/// <param name="EuContribution">The EU contribution; null when the cell names a single amount.</param>
public sealed record BudgetReading(MoneyReading Total, MoneyReading? EuContribution);
