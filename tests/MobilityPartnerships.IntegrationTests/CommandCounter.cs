using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MobilityPartnerships.IntegrationTests;

/// <summary>Counts the commands a context sends that read rows or a value (added to a test's contexts as an interceptor).</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    private int commands;

    public int Commands => commands;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref commands);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref commands);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
