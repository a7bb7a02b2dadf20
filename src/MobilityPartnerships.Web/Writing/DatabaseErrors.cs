using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MobilityPartnerships.Web.Writing;

/// <summary>Reads PostgreSQL's refusals, so that a rule the database guards is told to the user like any other.</summary>
public static class DatabaseErrors
{
    public static bool IsUniqueViolation(DbUpdateException exception, string constraint) =>
        exception?.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres && postgres.ConstraintName == constraint;

    public static bool IsForeignKeyViolation(DbUpdateException exception) =>
        exception?.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation };
}
