using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// A projection with a number written into the query as a constant of its expression, as a literal in the code would be:
/// the statement's text carries it, and EF keeps that text with the query, so that a later execution only binds its
/// parameters. <c>EF.Constant</c> writes the same text, but from a parameter turned into a constant, which EF cannot keep:
/// it writes the statement's SQL again at every execution.
/// </summary>
internal static class WrittenConstant
{
    /// <summary><paramref name="shape"/> with <paramref name="value"/> in the place of its second parameter.</summary>
    public static Expression<Func<T, TResult>> Into<T, TResult>(Expression<Func<T, int, TResult>> shape, int value)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var body = ReplacingExpressionVisitor.Replace(shape.Parameters[1], Expression.Constant(value), shape.Body);
        return Expression.Lambda<Func<T, TResult>>(body, shape.Parameters[0]);
    }
}
