using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MobilityPartnerships.Web.Writing;

/// <summary>The row version (PostgreSQL's xmin) of a tracked record, found through the model rather than a property name.</summary>
internal static class RowVersion
{
    public static PropertyEntry Of(DbContext db, object target)
    {
        var entry = db.Entry(target);
        var token = entry.Metadata.GetProperties().SingleOrDefault(p => p.IsConcurrencyToken)
            ?? throw new ArgumentException($"{entry.Metadata.ClrType.Name} has no row version; a write of it cannot be checked against the version the user read.", nameof(target));
        return entry.Property(token.Name);
    }
}
