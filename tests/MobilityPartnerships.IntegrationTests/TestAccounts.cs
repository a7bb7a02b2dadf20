using System.Security.Claims;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.IntegrationTests;

/// <summary>Accounts stored in the test database, as an administrator's page would store them, and their signed-in principals.</summary>
internal static class TestAccounts
{
    public static async Task<ClaimsPrincipal> CreateAsync(DatabaseFixture fixture, string name, Role role, Guid? organisationId = null, params Guid[] partnerships)
    {
        var id = Guid.CreateVersion7();
        var email = $"{id:N}@test.example";
        await using var db = await fixture.CreateContextAsync();
        db.Users.Add(new Account
        {
            Id = id,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = name,
            Role = role,
            OrganisationId = organisationId,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedAt = DateTimeOffset.UtcNow,
        });
        db.PartnershipAssignments.AddRange(partnerships.Select(p => new PartnershipAssignment { AccountId = id, PartnershipId = p }));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var country = organisationId is { } org ? db.Organisations.Where(o => o.Id == org).Select(o => o.CountryCode).FirstOrDefault() : null;
        return AccountClaims.Principal(id, name, role, organisationId, country, partnerships, DateTimeOffset.UtcNow);
    }
}
