using Microsoft.EntityFrameworkCore;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// Work that grows with the data (imports, exports, briefing packs, IATI files, publishing) runs its commands under
/// <see cref="DatabaseOptions.LongWorkCommandTimeoutSeconds"/> rather than a page's short budget.
/// </summary>
public static class LongWork
{
    public static void AllowLongWork(this AppDbContext db, DatabaseOptions limits)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(limits);
        db.Database.SetCommandTimeout(limits.LongWorkCommandTimeoutSeconds);
    }
}
