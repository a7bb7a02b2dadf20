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

    // Partitioned by the account, not the address: colleagues behind one proxy keep their own allowance. Counted in the
    // database, so the allowance is the user's whichever instance answers (see SharedAllowances).
    private static RateLimitPartition<string> PerUser(HttpContext context, string policy, int perMinute)
    {
        var allowances = context.RequestServices.GetRequiredService<SharedAllowances>();
        return RateLimitPartition.Get(
            policy + ":" + (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user
                ? "user:" + user
                : "address:" + context.Connection.RemoteIpAddress),
            key => allowances.Limiter(key, perMinute, TimeSpan.FromMinutes(1)));
    }
}

/// <summary>
/// The search's allowance per user (<see cref="SecurityOptions.SearchesPerMinute"/>), across every instance (see
/// <see cref="SharedAllowances"/>). Searches run inside a page's server connection rather than as requests of their
/// own, so the search asks this before it runs.
/// </summary>
public sealed class SearchAllowance(SharedAllowances allowances, IOptions<SecurityOptions> security)
{
    /// <summary>Takes one search from the user's allowance; when none is left, says how long to wait.</summary>
    public Task<(bool Taken, TimeSpan RetryAfter)> TryTakeAsync(Guid userId, CancellationToken cancellationToken = default) =>
        allowances.TryTakeAsync("search:user:" + userId, security.Value.SearchesPerMinute, TimeSpan.FromMinutes(1), cancellationToken);
}
