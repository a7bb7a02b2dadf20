using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace MobilityPartnerships.Web.Security.Access;

/// <summary>
/// In an interactive page the circuit's authentication state (revalidated, so a deactivated account loses
/// access within the interval); in a plain request the request's user. Work the app does by itself, such as
/// loading the demo data, acts under a named principal set with <see cref="ActAs"/>.
/// </summary>
internal sealed class CurrentUser(IServiceProvider services) : ICurrentUser
{
    private ClaimsPrincipal? acting;

    public void ActAs(ClaimsPrincipal principal) => acting = principal;

    public async Task<ClaimsPrincipal> PrincipalAsync(CancellationToken cancellationToken = default)
    {
        if (acting is not null)
        {
            return acting;
        }

        if (services.GetService<AuthenticationStateProvider>() is { } provider)
        {
            try
            {
                return (await provider.GetAuthenticationStateAsync()).User;
            }
            catch (InvalidOperationException)
            {
                // Outside a page (an endpoint) the provider has no state; the request's user is the one acting.
            }
        }

        return services.GetService<IHttpContextAccessor>()?.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());
    }
}
