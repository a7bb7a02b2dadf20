using System.Security.Claims;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests;

/// <summary>The user the handlers of a test scope act for; set per scope with <see cref="DatabaseFixture.As"/>.</summary>
internal sealed class TestUser : ICurrentUser
{
    public ClaimsPrincipal Principal { get; set; } = new(new ClaimsIdentity());

    public Task<ClaimsPrincipal> PrincipalAsync(CancellationToken cancellationToken = default) => Task.FromResult(Principal);
}
