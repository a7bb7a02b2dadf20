using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Writing;

/// <summary>Who last changed a record and when, from its history: what a user is told when someone saved first.</summary>
internal static class LastChange
{
    /// <summary>The record's type and id as its history names them; null for a target that is not one record (a batch).</summary>
    public static (string Type, string Id)? KeyOf(DbContext db, object target)
    {
        var entityType = db.Model.FindEntityType(target.GetType());
        if (entityType?.FindPrimaryKey() is not { Properties: [var id] })
        {
            return null;
        }

        return (entityType.ClrType.Name, Convert.ToString(db.Entry(target).Property(id.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
    }

    public static async Task<WriteOutcome.Stale> StaleAsync(AppDbContext db, (string Type, string Id)? key, CancellationToken cancellationToken)
    {
        if (key is not var (type, id))
        {
            return new WriteOutcome.Stale(null, null);
        }

        var last = await db.History.AsNoTracking()
            .Where(h => h.AggregateType == type && h.AggregateId == id)
            .OrderByDescending(h => h.Id)
            .Select(h => new { h.UserName, h.OccurredAt })
            .FirstOrDefaultAsync(cancellationToken);
        return new WriteOutcome.Stale(last?.UserName, last?.OccurredAt);
    }
}
