using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Security.Tokens;

/// <summary>
/// An account's personal access tokens: created (the secret returned once), listed, revoked by their owner, and checked
/// on every API request that carries one — in one statement that also notes the token as used when that is stale.
/// </summary>
internal sealed class AccessTokens(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    /// <summary>How stale a token's last-use time may get before a request writes it anew (not on every request).</summary>
    public static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    /// <summary>The longest a token may live.</summary>
    public const int MaxLifetimeDays = 366;

    /// <summary>The most tokens one account may hold that are neither revoked nor expired.</summary>
    public const int MaxOpenPerAccount = 20;

    /// <summary>Stores a new token for the account and returns it with its secret, which is not kept and never shown again.</summary>
    public async Task<(AccessToken Token, string Secret)> CreateAsync(Guid accountId, string name, TokenScope scope, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var secret = TokenSecret.New();
        var token = new AccessToken
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            Name = name.Trim(),
            Prefix = TokenSecret.PrefixOf(secret),
            SecretHash = TokenSecret.Hash(secret),
            Scope = scope,
            CreatedAt = clock.GetUtcNow(),
            ExpiresAt = expiresAt,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    /// <summary>How many of the account's tokens still work.</summary>
    public async Task<int> CountOpenAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AccessTokens.CountAsync(t => t.AccountId == accountId && t.RevokedAt == null && t.ExpiresAt > now, cancellationToken);
    }

    /// <summary>The account's tokens, newest first; never their secrets.</summary>
    public async Task<IReadOnlyList<AccessToken>> ListAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AccessTokens.AsNoTracking()
            .Where(t => t.AccountId == accountId)
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Revokes one of the account's own tokens; false when it has no such token still open.</summary>
    public async Task<bool> RevokeAsync(Guid accountId, Guid tokenId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AccessTokens
            .Where(t => t.Id == tokenId && t.AccountId == accountId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now), cancellationToken) == 1;
    }

    /// <summary>
    /// Revokes every open token of the account, in the caller's unit of work (a deactivation, a password reset): the
    /// programs holding them must be given new ones, and a later reactivation does not bring the old ones back.
    /// </summary>
    public static async Task RevokeAllAsync(AppDbContext db, Guid accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var open = await db.AccessTokens.Where(t => t.AccountId == accountId && t.RevokedAt == null).ToListAsync(cancellationToken);
        foreach (var token in open)
        {
            token.RevokedAt = now;
        }
    }

    /// <summary>Revokes every open token of the account at once (outside a unit of work).</summary>
    public async Task<int> RevokeAllAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AccessTokens
            .Where(t => t.AccountId == accountId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now), cancellationToken);
    }

    /// <summary>
    /// The token's holder when the secret names a token that is neither revoked nor expired, of an active account; null
    /// otherwise. One statement, which also notes the token as used when its last use is older than <see cref="TouchEvery"/>.
    /// </summary>
    public async Task<TokenHolder?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        if (!TokenSecret.IsWellFormed(secret))
        {
            return null;
        }

        var hash = TokenSecret.Hash(secret);
        var now = clock.GetUtcNow();
        var touchBefore = now - TouchEvery;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            WITH touched AS (
                UPDATE access_tokens SET last_used_at = @now
                WHERE secret_hash = @hash AND revoked_at IS NULL AND expires_at > @now
                  AND (last_used_at IS NULL OR last_used_at < @touch_before))
            SELECT t.id, t.account_id, t.scope, a.display_name, a.role
            FROM access_tokens t JOIN accounts a ON a.id = t.account_id
            WHERE t.secret_hash = @hash AND t.revoked_at IS NULL AND t.expires_at > @now AND a.is_active
            """;
        Add(command, "hash", hash);
        Add(command, "now", now);
        Add(command, "touch_before", touchBefore);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new TokenHolder(
            reader.GetGuid(0),
            reader.GetGuid(1),
            Enum.Parse<TokenScope>(reader.GetString(2)),
            reader.GetString(3),
            Enum.Parse<Role>(reader.GetString(4)));
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>Who a valid token stands for, as the one statement of <see cref="AccessTokens.AuthenticateAsync"/> reads it.</summary>
internal sealed record TokenHolder(Guid TokenId, Guid AccountId, TokenScope Scope, string DisplayName, Role Role);
