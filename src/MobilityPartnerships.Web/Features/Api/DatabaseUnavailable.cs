using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Api;

/// <summary>
/// When the database cannot be reached during an API call (or while its session is checked), the API answers
/// 503 with a problem document carrying the error's reference and <c>Retry-After</c>, instead of the HTML error
/// page. Pages keep the friendly error page with its reference; errors that are not the database's stay errors.
/// </summary>
internal sealed partial class DatabaseUnavailable(IOptions<DatabaseOptions> limits, ILogger<DatabaseUnavailable> logger) : IExceptionHandler
{
    private static readonly PathString ApiPath = new("/api");

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the request's path is the error page's; the feature keeps the one that failed.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (!new PathString(path).StartsWithSegments(ApiPath, StringComparison.OrdinalIgnoreCase) || !DatabaseFailure.Is(exception))
        {
            return false;
        }

        var reference = Activity.Current?.TraceId.ToString() ?? httpContext.TraceIdentifier;
        DatabaseUnreachable(logger, exception, reference);
        var retryAfter = (int)Math.Ceiling(limits.Value.RetryAfter.TotalSeconds);
        httpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The database cannot be reached.",
                detail: $"Nothing was changed. Try again in {retryAfter} seconds; if it persists, quote the reference.",
                extensions: new Dictionary<string, object?> { ["reference"] = reference })
            .ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The database could not be reached during an API call (reference {Reference})")]
    private static partial void DatabaseUnreachable(ILogger logger, Exception exception, string reference);
}
