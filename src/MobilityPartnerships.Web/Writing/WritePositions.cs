using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Standby;
using NpgsqlTypes;

namespace MobilityPartnerships.Web.Writing;

/// <summary>
/// Where a user's last commit is in the primary's WAL, kept so that their next reads go to the primary until the standby
/// has replayed it (<see cref="LaggingReads"/>), on this instance and, through the account's sessions, on the others.
/// Asked only when a standby is configured: one statement after the commit.
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
            // (synchronous_commit off); not cancelled with the request, as the write is already stored. It is also kept
            // on the account's open sessions, which every instance reads on each request: there, another instance
            // learns it (Sessions.IsOpenAsync) and sends the user's lagging reads to the primary as this one does.
            // Read as a list: a statement with an UPDATE in its WITH cannot be wrapped in a subquery, as SingleAsync would.
            var texts = await db.Database.SqlQuery<string>($"""
                WITH position AS (SELECT pg_current_wal_insert_lsn() AS at),
                kept AS (
                    UPDATE sessions SET write_position = position.at FROM position
                    WHERE account_id = {userId} AND ended_at IS NULL AND (write_position IS NULL OR write_position < position.at))
                SELECT at::text AS "Value" FROM position
                """).ToListAsync(CancellationToken.None);
            standby.Wrote(userId, NpgsqlLogSequenceNumber.Parse(texts.Single()));
        }
        catch (Exception exception) when (DatabaseFailure.Is(exception))
        {
            // Stored, but where is not known: the user reads from the primary for a while (StandbyOptions.UnknownPositionHoldsFor).
            standby.Wrote(userId, null);
        }
    }
}
