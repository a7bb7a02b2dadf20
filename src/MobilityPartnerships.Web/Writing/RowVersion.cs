using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MobilityPartnerships.Web.Writing;

/// <summary>The row version (PostgreSQL's xmin) of a tracked record, found through the model rather than a property name.</summary>
internal static class RowVersion
{
    public static PropertyEntry Of(DbContext db, object target)
    {
        var entry = db.Entry(target);
        var token = TokenOf(entry.Metadata)
            ?? throw new ArgumentException($"{entry.Metadata.ClrType.Name} has no row version; a write of it cannot be checked against the version the user read.", nameof(target));
        return entry.Property(token.Name);
    }

    /// <summary>The stored row version of a tracked record; null for a record that has none, is not tracked, or is no record (a batch).</summary>
    public static uint? Find(DbContext db, object target)
    {
        if (db.Model.FindEntityType(target.GetType()) is null)
        {
            return null;
        }

        var entry = db.Entry(target);
        return entry.State != EntityState.Detached
            && TokenOf(entry.Metadata) is { } token
            && entry.Property(token.Name).CurrentValue is uint version
            ? version
            : null;
    }

    /// <summary>The row version of the tracked record stored under <paramref name="id"/>; null when none is tracked or it has none.</summary>
    public static uint? FindById(DbContext db, Guid id) =>
        db.ChangeTracker.Entries()
            .Where(e => e.Metadata.FindPrimaryKey() is { Properties: [var key] } && e.Property(key.Name).CurrentValue is Guid stored && stored == id)
            .Select(e => Find(db, e.Entity))
            .FirstOrDefault(version => version is not null);

    private static IProperty? TokenOf(IEntityType type) => type.GetProperties().SingleOrDefault(p => p.IsConcurrencyToken);
}
