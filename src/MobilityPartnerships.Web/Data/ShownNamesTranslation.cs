using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// Has the database work out <see cref="ShownNames"/> in a query, writing what EF Core writes for the rule in C#: on a
/// French page <c>CASE WHEN o.french_name IS NOT NULL THEN COALESCE(o.french_short_name, o.french_name) ELSE
/// COALESCE(o.short_name, o.name) END</c>, on any other <c>COALESCE(o.short_name, o.name)</c>. The language reaches the
/// translation as a constant (it is not parameterised), so each language's statement holds only what that language reads;
/// a language that is not a constant is tested in the statement (<c>CASE WHEN language AND ...</c>).
/// </summary>
internal static class ShownNamesTranslation
{
    public static ModelBuilder MapShownNames(this ModelBuilder builder)
    {
        builder.HasDbFunction(() => ShownNames.Name(default!, default, default))
            .HasTranslation(arguments => Name(name: arguments[0], frenchName: arguments[1], french: arguments[2]));
        builder.HasDbFunction(() => ShownNames.DisplayName(default!, default, default, default, default))
            .HasTranslation(arguments => DisplayName(name: arguments[0], shortName: arguments[1], frenchName: arguments[2], frenchShortName: arguments[3], french: arguments[4]));
        return builder;
    }

    /// <summary><c>CASE WHEN frenchName IS NOT NULL THEN frenchName ELSE name END</c> in French, <c>name</c> otherwise.</summary>
    private static SqlExpression Name(SqlExpression name, SqlExpression frenchName, SqlExpression french) =>
        InFrench(french, frenchName, shown: frenchName, otherwise: name);

    /// <summary><c>CASE WHEN frenchName IS NOT NULL THEN COALESCE(frenchShortName, frenchName) ELSE COALESCE(shortName, name) END</c> in French, <c>COALESCE(shortName, name)</c> otherwise.</summary>
    private static SqlExpression DisplayName(SqlExpression name, SqlExpression shortName, SqlExpression frenchName, SqlExpression frenchShortName, SqlExpression french) =>
        InFrench(french, frenchName, shown: Coalesce(frenchShortName, frenchName), otherwise: Coalesce(shortName, name));

    /// <summary>What a French page shows where there is a French name, else the other name.</summary>
    private static SqlExpression InFrench(SqlExpression french, SqlExpression frenchName, SqlExpression shown, SqlExpression otherwise)
    {
        if (french is SqlConstantExpression { Value: false })
        {
            return otherwise;
        }

        var boolean = french.TypeMapping ?? throw new InvalidOperationException("The page's language reached the shown name's translation without a type.");
        SqlExpression test = new SqlUnaryExpression(ExpressionType.NotEqual, frenchName, typeof(bool), boolean);
        if (french is not SqlConstantExpression { Value: true })
        {
            test = new SqlBinaryExpression(ExpressionType.AndAlso, french, test, typeof(bool), boolean);
        }

        return new CaseExpression([new CaseWhenClause(test, shown)], otherwise);
    }

    /// <summary><c>COALESCE(first, second)</c> as EF Core writes <c>first ?? second</c>: null only where both are.</summary>
    private static SqlFunctionExpression Coalesce(SqlExpression first, SqlExpression second) =>
        new("COALESCE", [first, second], nullable: true, argumentsPropagateNullability: [false, false], typeof(string), first.TypeMapping ?? second.TypeMapping);
}
