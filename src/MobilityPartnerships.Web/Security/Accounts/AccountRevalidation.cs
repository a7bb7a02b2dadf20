using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>
/// Checks an open page's user every <see cref="SecurityOptions.RevalidateEvery"/>: the account still exists and
/// is active, its security stamp is unchanged (an administrator's change of role, organisation or partnerships,
/// or "sign out everywhere", renews it), the session is within its absolute lifetime and the page has not been
/// idle too long. When any fails the page loses its user and sends them to sign in.
/// </summary>
internal sealed class AccountRevalidation(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> identity,
    IOptions<SecurityOptions> security,
    CircuitActivity activity,
    TimeProvider clock) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => security.Value.RevalidateEvery;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var principal = authenticationState.User;
        var now = clock.GetUtcNow();
        if (SessionRules.HasExpired(principal, now, security.Value.AbsoluteLifetime) || now - activity.LastActivity > security.Value.IdleTimeout)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var user = await users.GetUserAsync(principal);
        if (user is not { IsActive: true })
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
