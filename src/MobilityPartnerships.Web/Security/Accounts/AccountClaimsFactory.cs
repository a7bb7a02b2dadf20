using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>Adds the account's role, organisation and partnerships to the claims Identity puts in the sign-in cookie.</summary>
internal sealed class AccountClaimsFactory(
    UserManager<Account> users,
    IOptions<IdentityOptions> options,
    IDbContextFactory<AppDbContext> contexts,
    TimeProvider clock) : UserClaimsPrincipalFactory<Account>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        await using var db = await contexts.CreateDbContextAsync();
        var country = user.OrganisationId is { } organisationId
            ? await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.CountryCode).SingleOrDefaultAsync()
            : null;
        var partnerships = await db.PartnershipAssignments.Where(a => a.AccountId == user.Id).Select(a => a.PartnershipId).ToListAsync();
        identity.AddClaims(AccountClaims.For(user.DisplayName, user.Role, user.OrganisationId, country, partnerships, clock.GetUtcNow()));
        if (Hosting.Languages.Language.Find(user.Language) is { } language)
        {
            identity.AddClaim(new Claim(Hosting.Languages.Language.ClaimType, language.Code));
        }

        return identity;
    }
}
