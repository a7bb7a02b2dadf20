using System.Security.Claims;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Security.Access;

/// <summary>
/// The principal under which the app changes data by itself (loading the demo data, linking a single sign-on
/// user), so that history names it. It has no account and the least role: it passes no access check.
/// </summary>
public static class SystemActor
{
    public static ClaimsPrincipal Principal(string name, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return AccountClaims.Principal(Guid.Empty, name, Role.TaskForceMember, null, null, [], clock.GetUtcNow());
    }
}
