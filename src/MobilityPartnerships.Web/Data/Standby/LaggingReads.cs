using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Writing;
using Npgsql;
using NpgsqlTypes;

namespace MobilityPartnerships.Web.Data.Standby;

/// <summary>
/// The contexts of reads that may lag behind the last commits by the standby's replay lag: scoreboard grids, dashboards,
/// search, exports and the API's reads. They read from the standby when one is configured
/// (<c>ConnectionStrings:Standby</c>), answers, and has replayed the current user's last write; from the primary
/// otherwise, exactly as <see cref="IDbContextFactory{AppDbContext}"/> gives them. Access checks, session checks, edit
/// forms and whatever feeds a write or a publication keep taking the primary's contexts from that factory.
/// <para>
/// A context on the standby has its connection open and the standby checked by one statement on it
/// (<c>pg_last_wal_replay_lsn()</c>: it answers, it is still a standby, and how far it has replayed); a standby that
/// fails to open a connection or to answer within <see cref="StandbyOptions.ConnectTimeoutSeconds"/> is left alone for
/// <see cref="StandbyOptions.DownFor"/>, and the read goes to the primary. Without a standby nothing is added.
/// </para>
/// </summary>
public sealed class LaggingReads(IDbContextFactory<AppDbContext> contexts, StandbyState standby, ICurrentUser user, ILogger<LaggingReads> logger)
{
    public async Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        if (standby.ConnectionString is not { } standbyConnection || standby.IsDown)
        {
            return await contexts.CreateDbContextAsync(cancellationToken);
        }

        var waitingFor = AccountClaims.UserIdOf(await user.PrincipalAsync(cancellationToken)) is { } userId ? standby.WaitingFor(userId) : null;
        if (waitingFor is { } unknown && unknown == new NpgsqlLogSequenceNumber(ulong.MaxValue))
        {
            return await contexts.CreateDbContextAsync(cancellationToken);
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Database.SetConnectionString(standbyConnection);
        var replayed = default(NpgsqlLogSequenceNumber?);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var budget = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(standby.Options.ConnectTimeoutSeconds);
            var text = await db.Database.SqlQueryRaw<string?>("SELECT pg_last_wal_replay_lsn()::text AS \"Value\"").SingleAsync(cancellationToken);
            db.Database.SetCommandTimeout(budget);
            replayed = text is null ? null : NpgsqlLogSequenceNumber.Parse(text);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && DatabaseFailure.Is(exception))
        {
            // Down, frozen, or a pooled connection it closed: its pool is emptied, so its return starts afresh.
            standby.MarkDown();
            NpgsqlConnection.ClearPool((NpgsqlConnection)db.Database.GetDbConnection());
            logger.StandbyUnreachable(exception, standby.Options.DownFor);
            await db.DisposeAsync();
            return await contexts.CreateDbContextAsync(cancellationToken);
        }

        if (replayed is not { } position)
        {
            // It answers but is no longer in recovery (promoted): it is not this primary's standby any more.
            standby.MarkDown();
            logger.StandbyNotInRecovery(standby.Options.DownFor);
            await db.DisposeAsync();
            return await contexts.CreateDbContextAsync(cancellationToken);
        }

        standby.SawReplayed(position);
        if (waitingFor is { } needed && position < needed)
        {
            // The user's last write is not replayed there yet: they read it from the primary.
            await db.DisposeAsync();
            return await contexts.CreateDbContextAsync(cancellationToken);
        }

        return db;
    }
}
