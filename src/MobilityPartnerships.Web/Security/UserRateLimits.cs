using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MobilityPartnerships.Web.Security;

/// <summary>
/// Limits per signed-in user on the work that costs the server most: downloads (scoreboard exports, published
/// versions, open data, briefing packs) and the API. Each user has a window of their own, so one user's burst does
/// not slow anyone else; a request over the limit gets 429 with <c>Retry-After</c> and a problem document.
/// The limits are settings (<see cref="SecurityOptions"/>).
/// </summary>
internal static class UserRateLimits
{
    public const string Downloads = "per-user-downloads";
    public const string Api = "per-user-api";

    public static void AddUserRateLimits(this RateLimiterOptions options, SecurityOptions security)
    {
        options.AddPolicy(Downloads, context => PerUser(context, Downloads, security.DownloadsPerMinute));
        options.AddPolicy(Api, context => PerUser(context, Api, security.ApiRequestsPerMinute));
    }

    /// <summary>Whether a rejected request was under one of these policies (and not, say, sign-in's).</summary>
    public static bool Applies(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName is Downloads or Api;

    public static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests.",
                detail: $"You have made too many of these requests in a short time. Try again in {seconds} seconds.")
            .ExecuteAsync(http);
    }

    // Partitioned by the account, not the address: colleagues behind one proxy keep their own allowance.
    private static RateLimitPartition<string> PerUser(HttpContext context, string policy, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            policy + ":" + (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user
                ? "user:" + user
                : "address:" + context.Connection.RemoteIpAddress),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}

/// <summary>
/// The search's allowance per user (<see cref="SecurityOptions.SearchesPerMinute"/>). Searches run inside a page's
/// server connection rather than as requests of their own, so the search asks this before it runs.
/// </summary>
public sealed class SearchAllowance(IOptions<SecurityOptions> security) : IDisposable
{
    private readonly PartitionedRateLimiter<Guid> limiter = PartitionedRateLimiter.Create<Guid, Guid>(user =>
        RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = security.Value.SearchesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));

    /// <summary>Takes one search from the user's allowance; when none is left, says how long to wait.</summary>
    public bool TryTake(Guid userId, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(userId);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
