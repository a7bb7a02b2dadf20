using System.Linq.Expressions;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Domain.Indicators;

/// <summary>
/// Whether a reporting period lies within an initiative's implementation: it begins no earlier than the first month and
/// ends no later than the last (either may be to be determined). One definition, for the write that refuses a value
/// outside it (<see cref="IndicatorValue"/>) and for the database query that asks for values (what is due): the
/// expressions are the rule, the methods run them.
/// </summary>
public static class PeriodInImplementation
{
    /// <summary>The period's first day is not before the implementation's first month.</summary>
    public static readonly Expression<Func<ImplementationPeriod, DateOnly, bool>> BeginsInTime =
        (implementation, periodStart) => implementation.StartMonth == null || implementation.StartMonth <= periodStart;

    /// <summary>The period's last month (its first day, as the implementation keeps its months) is not after the implementation's last month.</summary>
    public static readonly Expression<Func<ImplementationPeriod, DateOnly, bool>> EndsInTime =
        (implementation, periodEndMonth) => implementation.EndMonth == null || implementation.EndMonth >= periodEndMonth;

    private static readonly Func<ImplementationPeriod, DateOnly, bool> Begins = BeginsInTime.Compile();
    private static readonly Func<ImplementationPeriod, DateOnly, bool> Ends = EndsInTime.Compile();

    /// <summary>Whether <paramref name="period"/> begins before <paramref name="implementation"/> does.</summary>
    public static bool BeginsBefore(ImplementationPeriod implementation, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentNullException.ThrowIfNull(period);
        return !Begins(implementation, period.Start);
    }

    /// <summary>Whether <paramref name="period"/> ends after <paramref name="implementation"/> does.</summary>
    public static bool EndsAfter(ImplementationPeriod implementation, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentNullException.ThrowIfNull(period);
        return !Ends(implementation, EndMonthOf(period));
    }

    /// <summary>Whether <paramref name="period"/> lies within <paramref name="implementation"/>: it neither begins before it nor ends after it.</summary>
    public static bool Holds(ImplementationPeriod implementation, ReportingPeriod period) =>
        !BeginsBefore(implementation, period) && !EndsAfter(implementation, period);

    /// <summary>The initiatives whose implementation admits <paramref name="period"/>, as a query's condition.</summary>
    public static Expression<Func<Initiative, bool>> Admits(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var initiative = Expression.Parameter(typeof(Initiative), "initiative");
        var implementation = Expression.Property(initiative, nameof(Initiative.Period));
        var begins = Bind(BeginsInTime, implementation, period.Start);
        var ends = Bind(EndsInTime, implementation, EndMonthOf(period));
        return Expression.Lambda<Func<Initiative, bool>>(Expression.AndAlso(begins, ends), initiative);
    }

    private static DateOnly EndMonthOf(ReportingPeriod period) => new(period.End.Year, period.End.Month, 1);

    /// <summary>The rule's body with its implementation replaced by <paramref name="implementation"/> and its day by a constant.</summary>
    private static Expression Bind(Expression<Func<ImplementationPeriod, DateOnly, bool>> rule, Expression implementation, DateOnly day) =>
        new Substitution(rule.Parameters[0], implementation, rule.Parameters[1], Expression.Constant(day)).Visit(rule.Body);

    private sealed class Substitution(ParameterExpression first, Expression firstBy, ParameterExpression second, Expression secondBy) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == first ? firstBy : node == second ? secondBy : base.VisitParameter(node);
    }
}
