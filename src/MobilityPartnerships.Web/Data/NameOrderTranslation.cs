using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// Has the database put names in <see cref="NameOrder"/>: <c>NameOrder.Key(x)</c> in a query is <c>x COLLATE "und-x-icu"</c>,
/// whatever <c>x</c> is (a column, a shown name's <c>CASE</c>, a value read from a document).
/// </summary>
internal static class NameOrderTranslation
{
    public static ModelBuilder MapNameOrder(this ModelBuilder builder)
    {
        builder.HasDbFunction(() => NameOrder.Key(default))
            .HasTranslation(arguments => new CollateExpression(arguments[0], NameOrder.Collation));
        return builder;
    }
}
