using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MobilityPartnerships.Web.Writing;

/// <summary>A rule the database guards (a unique index, a reference still in use) told at a field of the draft.</summary>
public sealed record ConstraintRefusal(string SqlState, string? Constraint, Func<FieldError> Error)
{
    /// <summary>The unique index was violated: the value is taken.</summary>
    public static ConstraintRefusal Unique(string index, Func<FieldError> error) => new(PostgresErrorCodes.UniqueViolation, index, error);

    /// <summary>The check constraint (or a trigger raising under its name) refused the values.</summary>
    public static ConstraintRefusal Check(string constraint, Func<FieldError> error) => new(PostgresErrorCodes.CheckViolation, constraint, error);

    /// <summary>A record still refers to the one being removed.</summary>
    public static ConstraintRefusal StillReferenced(Func<FieldError> error) => new(PostgresErrorCodes.ForeignKeyViolation, null, error);

    public bool Matches(DbUpdateException exception) =>
        exception?.InnerException is PostgresException postgres && Matches(postgres);

    /// <summary>The refusal as PostgreSQL gave it, as a bulk copy meets it.</summary>
    public bool Matches(PostgresException exception) =>
        exception is not null
        && exception.SqlState == SqlState
        && (Constraint is null || exception.ConstraintName == Constraint);
}
