using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Security;

/// <summary>
/// Allowances per minute (sign-in attempts per address, API requests, downloads and searches per user) counted in
/// PostgreSQL, so that they hold across every instance of the app rather than once per instance: a fixed window per
/// key in the unlogged table <c>allowance_windows</c> (a counter need not survive a crash of the server nor reach the
/// standby, and writing it costs no WAL), one statement per request that takes from an allowance.
/// </summary>
public sealed class SharedAllowances(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Takes one from <paramref name="key"/>'s allowance of <paramref name="limit"/> per <paramref name="window"/>; when none is left, says how long to wait.</summary>
    public async Task<(bool Taken, TimeSpan RetryAfter)> TryTakeAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.UtcTicks - now.UtcTicks % window.Ticks, TimeSpan.Zero);
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);

        // The key's earlier windows go as its new one fills; a refused take (the allowance used up) changes nothing.
        // Read as a list: a statement with a DELETE or INSERT in its WITH cannot be wrapped in a subquery.
        var taken = await db.Database.SqlQuery<int>($"""
            WITH gone AS (DELETE FROM allowance_windows WHERE key = {key} AND window_start < {start}),
            taken AS (
                INSERT INTO allowance_windows AS w (key, window_start, used) VALUES ({key}, {start}, 1)
                ON CONFLICT (key, window_start) DO UPDATE SET used = w.used + 1 WHERE w.used < {limit}
                RETURNING 1)
            SELECT count(*)::int AS "Value" FROM taken
            """).ToListAsync(cancellationToken);
        return (taken is [> 0], start + window - now);
    }

    /// <summary>A rate limiter over one key's shared allowance, for the ASP.NET Core rate-limiting policies.</summary>
    public RateLimiter Limiter(string key, int limit, TimeSpan window) => new SharedWindowLimiter(this, key, limit, window);

    /// <summary>
    /// Asks the database, so only asynchronously: the synchronous attempt the middleware makes first is never granted,
    /// and its asynchronous acquisition takes from the shared allowance.
    /// </summary>
    private sealed class SharedWindowLimiter(SharedAllowances allowances, string key, int limit, TimeSpan window) : RateLimiter
    {
        public override TimeSpan? IdleDuration => null;

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.NotYet;

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            var (taken, retryAfter) = await allowances.TryTakeAsync(key, limit, window, cancellationToken);
            return taken ? Lease.Granted : new Lease(false, retryAfter);
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public static readonly Lease NotYet = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } wait && string.Equals(metadataName, MetadataName.RetryAfter.Name, StringComparison.Ordinal) ? wait : null;
            return metadata is not null;
        }
    }
}
