using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// The readiness check: can the database be reached? It answers within its own time-out
/// (<see cref="DatabaseOptions.HealthCheckTimeout"/>) even when the database accepts connections and then says
/// nothing (a hung server), where the client's own time-outs and a retry would take longer.
/// </summary>
internal sealed class DatabaseReadiness(IDbContextFactory<AppDbContext> contexts, IOptions<DatabaseOptions> limits) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var timeout = limits.Value.HealthCheckTimeout;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var attempt = CanConnectAsync(stop.Token);
        var first = await Task.WhenAny(attempt, Task.Delay(timeout, stop.Token));
        if (first != attempt)
        {
            await stop.CancelAsync();
            // Left to finish on its own; its failure, if any, is observed here and not raised again.
            _ = attempt.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return new HealthCheckResult(context.Registration.FailureStatus, $"The database did not answer within {timeout.TotalSeconds:0.##} s.");
        }

        await stop.CancelAsync();
        return await attempt
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, "The database cannot be reached.");
    }

    private async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken);
    }
}
