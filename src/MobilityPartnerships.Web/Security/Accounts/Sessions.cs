using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Standby;

namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>
/// The sessions of signed-in users, in PostgreSQL: started at sign-in, ended at sign-out (or all of an account's at
/// "sign out everywhere"), and checked on every request and at every revalidation of an open page, so that an ended
/// session is refused at once by every instance of the app.
/// </summary>
internal sealed class Sessions(IDbContextFactory<AppDbContext> contexts, IOptions<SecurityOptions> security, IOptions<IdentityOptions> identity, StandbyState standby, TimeProvider clock)
{
    /// <summary>How stale a session's last-seen time may get before a check writes it anew (not on every request).</summary>
    public static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    /// <summary>How long a session's row is kept after it could last have been used.</summary>
    public static readonly TimeSpan KeptAfterwards = TimeSpan.FromDays(30);

    public async Task<Guid> StartAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var session = new Session { Id = Guid.CreateVersion7(), AccountId = accountId, CreatedAt = now, LastSeenAt = now };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);

        // The account's sessions that could no longer be open are of no further use; they go as the next one starts.
        var over = now - security.Value.AbsoluteLifetime - KeptAfterwards;
        await db.Sessions.Where(s => s.AccountId == accountId && s.CreatedAt < over).ExecuteDeleteAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>Ends the session the principal signed in with.</summary>
    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (AccountClaims.SessionOf(principal) is not { } sessionId)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Sessions.Where(s => s.Id == sessionId && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }

    /// <summary>Ends every open session of the account, wherever it was started.</summary>
    public async Task<int> EndAllAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sessions.Where(s => s.AccountId == accountId && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }

    /// <summary>
    /// Whether the principal's session is still open: not ended, not idle past <see cref="SecurityOptions.IdleTimeout"/>,
    /// within <see cref="SecurityOptions.AbsoluteLifetime"/>, and its account active with the security stamp it signed in
    /// with (an administrator's change renews it). One statement, which also notes the session as seen when that is stale.
    /// </summary>
    public async Task<bool> IsOpenAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var now = clock.GetUtcNow();
        var limits = security.Value;
        if (AccountClaims.UserIdOf(principal) is not { } accountId
            || AccountClaims.SessionOf(principal) is not { } sessionId
            || SessionRules.HasExpired(principal, now, limits.AbsoluteLifetime))
        {
            return false;
        }

        var idleSince = now - limits.IdleTimeout;
        var bornAfter = now - limits.AbsoluteLifetime;
        var touchBefore = now - TouchEvery;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.Database.SqlQuery<OpenSession>($"""
            WITH touched AS (
                UPDATE sessions SET last_seen_at = {now}
                WHERE id = {sessionId} AND ended_at IS NULL AND last_seen_at < {touchBefore} AND last_seen_at >= {idleSince})
            SELECT coalesce(a.security_stamp, '') AS stamp, s.write_position::text AS write_position
            FROM sessions s JOIN accounts a ON a.id = s.account_id
            WHERE s.id = {sessionId} AND s.account_id = {accountId} AND s.ended_at IS NULL
              AND s.last_seen_at >= {idleSince} AND s.created_at >= {bornAfter} AND a.is_active
            """).ToListAsync(cancellationToken);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) ?? string.Empty;
        if (found is not [var open] || !string.Equals(open.Stamp, stamp, StringComparison.Ordinal))
        {
            return false;
        }

        // The account's last write, perhaps through another instance: this one's lagging reads wait for it too.
        if (open.WritePosition is { } written && standby.IsConfigured)
        {
            standby.WroteElsewhere(accountId, NpgsqlTypes.NpgsqlLogSequenceNumber.Parse(written));
        }

        return true;
    }

    /// <summary>What the check reads of an open session: the account's security stamp and the position of its last write.</summary>
    private sealed class OpenSession
    {
        public string Stamp { get; init; } = string.Empty;

        public string? WritePosition { get; init; }
    }
}
