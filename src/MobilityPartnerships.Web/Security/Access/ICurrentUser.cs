using System.Security.Claims;

namespace MobilityPartnerships.Web.Security.Access;

/// <summary>The one place that says who is acting: for the access checks and for the name history records.</summary>
public interface ICurrentUser
{
    /// <summary>The signed-in user, or an unauthenticated principal when nobody is.</summary>
    Task<ClaimsPrincipal> PrincipalAsync(CancellationToken cancellationToken = default);
}
