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

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow() - activity.LastActivity > security.Value.IdleTimeout)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Sessions>().IsOpenAsync(authenticationState.User, cancellationToken);
    }
}
