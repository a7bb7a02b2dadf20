using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>
/// Checks an open page's user every <see cref="SecurityOptions.RevalidateEvery"/>: the page has not been idle too
/// long, and its session is still open (<see cref="Sessions.IsOpenAsync"/>: not signed out here or everywhere, within
/// its lifetime, the account active with an unchanged security stamp — an administrator's change of role,
/// organisation or partnerships renews it). When any fails the page loses its user and sends them to sign in.
/// Requests (pages, downloads, the API) check the session every time; an open page at this interval.
/// </summary>
internal sealed class AccountRevalidation(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<SecurityOptions> security,
    CircuitActivity activity,
    TimeProvider clock) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => security.Value.RevalidateEvery;

    /// <remarks>
    /// A check the closing page cancels ends as the framework's loop expects a cancelled wait to end, a
    /// <see cref="TaskCanceledException"/> of the page's own token, whatever the database's reader threw: otherwise the loop
    /// logs an error for every page closed during a check and counts the closing page as having lost its user.
    /// </remarks>
    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (clock.GetUtcNow() - activity.LastActivity > security.Value.IdleTimeout)
            {
                return false;
            }

            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<Sessions>().IsOpenAsync(authenticationState.User, cancellationToken);
        }
        catch (OperationCanceledException closed) when (cancellationToken.IsCancellationRequested)
        {
            throw new TaskCanceledException(closed.Message, closed, cancellationToken);
        }
    }
}
