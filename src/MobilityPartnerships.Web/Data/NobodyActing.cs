using System.Security.Claims;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Data;

/// <summary>The user of a context no factory handed out (design time, a pooled context at rest): nobody signed in.</summary>
internal sealed class NobodyActing : ICurrentUser
{
    public static readonly NobodyActing Instance = new();

    private NobodyActing()
    {
    }

    public Task<ClaimsPrincipal> PrincipalAsync(CancellationToken cancellationToken = default) => Task.FromResult(new ClaimsPrincipal());
}
