using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Standby;
using NpgsqlTypes;

namespace MobilityPartnerships.Web.Writing;

/// <summary>
/// Where a user's last commit is in the primary's WAL, kept so that their next reads go to the primary until the standby
/// has replayed it (<see cref="LaggingReads"/>). Asked only when a standby is configured: one statement after the commit.
/// </summary>
internal static class WritePositions
{
    public static async Task RecordAsync(StandbyState standby, AppDbContext db, Guid userId)
    {
        if (!standby.IsConfigured)
        {
            return;
        }

        try
        {
            // The insert position is past the commit's record even when the commit did not wait for its flush
            // (synchronous_commit off); not cancelled with the request, as the write is already stored.
            var text = await db.Database.SqlQueryRaw<string>("SELECT pg_current_wal_insert_lsn()::text AS \"Value\"").SingleAsync(CancellationToken.None);
            standby.Wrote(userId, NpgsqlLogSequenceNumber.Parse(text));
        }
        catch (Exception exception) when (DatabaseFailure.Is(exception))
        {
            // Stored, but where is not known: the user reads from the primary for a while (StandbyOptions.UnknownPositionHoldsFor).
            standby.Wrote(userId, null);
        }
    }
}
