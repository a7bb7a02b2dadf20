using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Features.Indicators;

/// <summary>
/// An initiative as a write of its indicators' values loads it: with its indicators, untracked (a value is its own
/// record), its row locked to the end of the write. Reports and removals on its indicators, and edits of the initiative
/// (which lock it too, and may change its period or an indicator), take turns: each checks what the one before stored.
/// </summary>
internal static class LockedInitiative
{
    public static Task<Initiative?> LoadAsync(AppDbContext db, Guid initiativeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Initiatives.FromSql($"SELECT i.*, i.xmin FROM initiatives i WHERE i.id = {initiativeId} FOR UPDATE")
            .AsNoTracking().Include(i => i.Indicators).SingleOrDefaultAsync(cancellationToken);
    }
}
