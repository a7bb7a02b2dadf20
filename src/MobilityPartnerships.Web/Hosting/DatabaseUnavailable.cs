using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Hosting;

/// <summary>
/// The one answer when the database cannot be reached (stopped, restarting, refusing connections, or a pooled
/// connection it closed): 503 with <c>Retry-After</c>, never the 500 of a fault in the code. An API call gets a problem
/// document carrying the error's reference; a page gets the error page, which then says the database is away rather
/// than "something went wrong" (see <see cref="StatusCodeFor"/>, the exception handler's status). An open page's
/// interactive event gets the same message in place (<c>DatabaseErrorBoundary</c>). Errors that are not the
/// database's stay 500 and reach the log as the bugs they are.
/// <para>
/// Nothing is done here to the connections: Npgsql itself empties its pool when a connection breaks on a transient
/// failure or an administrator's shutdown (57P01), so the requests after the first that met a dead connection open new
/// ones. <c>DeadConnectionsTests</c> holds it to that.
/// </para>
/// </summary>
internal sealed partial class DatabaseUnavailable(IOptions<DatabaseOptions> limits, ILogger<DatabaseUnavailable> logger) : IExceptionHandler
{
    private static readonly PathString ApiPath = new("/api");

    /// <summary>The status of a request that failed with <paramref name="exception"/>: 503 when it is the database's, else 500.</summary>
    public static int StatusCodeFor(Exception exception) =>
        DatabaseFailure.IsUnreachable(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    /// <summary>Whether the request being answered by the error page failed because the database could not be reached.</summary>
    public static bool Explains(HttpContext? context) =>
        context?.Features.Get<IExceptionHandlerFeature>()?.Error is { } error && DatabaseFailure.IsUnreachable(error);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFailure.IsUnreachable(exception))
        {
            return false;
        }

        var reference = Activity.Current?.TraceId.ToString() ?? httpContext.TraceIdentifier;
        DatabaseUnreachable(logger, exception, reference);
        var retryAfter = (int)Math.Ceiling(limits.Value.RetryAfter.TotalSeconds);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);

        // By now the request's path is the error page's; the feature keeps the one that failed.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (!new PathString(path).StartsWithSegments(ApiPath, StringComparison.OrdinalIgnoreCase))
        {
            // A page: the error page is rendered next, with this status and its message for a database away.
            return false;
        }

        await TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The database cannot be reached.",
                detail: $"Nothing was changed. Try again in {retryAfter} seconds; if it persists, quote the reference.",
                extensions: new Dictionary<string, object?> { ["reference"] = reference })
            .ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The database could not be reached (reference {Reference})")]
    private static partial void DatabaseUnreachable(ILogger logger, Exception exception, string reference);
}
