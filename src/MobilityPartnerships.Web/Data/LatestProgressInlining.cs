using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// Puts <see cref="LatestProgress.Rating"/> in the place of each call to <see cref="LatestProgress.RatingOf"/> in a query,
/// so that the database reads the latest rating by the one rule (EF Core does not look into a method's body).
/// </summary>
internal static class LatestProgressInlining
{
    /// <summary>The query with the latest rating's rule written out where it names it.</summary>
    public static IQueryable<T> WithLatestProgress<T>(this IQueryable<T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Provider.CreateQuery<T>(new Inliner().Visit(query.Expression));
    }

    private sealed class Inliner : ExpressionVisitor
    {
        private static readonly System.Reflection.MethodInfo RatingOf = typeof(LatestProgress).GetMethod(nameof(LatestProgress.RatingOf))!;

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method != RatingOf)
            {
                return base.VisitMethodCall(node);
            }

            var rule = LatestProgress.Rating;
            return ReplacingExpressionVisitor.Replace(rule.Parameters[0], Visit(node.Arguments[0]), rule.Body);
        }
    }
}
