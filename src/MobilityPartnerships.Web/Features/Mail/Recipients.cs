using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Features.Mail;

/// <summary>An account messages may go to: active, with an e-mail address; messages are written in the language it chose.</summary>
public sealed record Recipient(Guid Id, string Email, string Name, Domain.Access.Role Role, Guid? OrganisationId, IReadOnlyList<Guid> Partnerships, IReadOnlySet<Guid> OptedOut, string? Language = null);

/// <summary>
/// The accounts messages go to (never free-text contact points), and a service scope acting for one of them, so
/// that what a message lists is asked of <see cref="AccessControl"/> as the recipient: the same rules as their pages.
/// </summary>
public sealed class Recipients(IDbContextFactory<AppDbContext> contexts, IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<IReadOnlyList<Recipient>> ActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Users.AsNoTracking()
            .Where(a => a.IsActive && a.Email != null && a.Email != "")
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                a.Id,
                Email = a.Email!,
                a.DisplayName,
                a.Role,
                a.OrganisationId,
                a.Language,
                Partnerships = db.PartnershipAssignments.Where(p => p.AccountId == a.Id).Select(p => p.PartnershipId).ToList(),
                OptedOut = db.MailOptOuts.Where(o => o.AccountId == a.Id).Select(o => o.PartnershipId).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Recipient(r.Id, r.Email, r.DisplayName, r.Role, r.OrganisationId, r.Partnerships, r.OptedOut.ToHashSet(), r.Language))];
    }

    /// <summary>A scope whose <see cref="AccessControl"/> acts for the recipient (their account is read afresh by it, as for a request).</summary>
    public AsyncServiceScope ActingFor(Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>()
            .ActAs(AccountClaims.Principal(recipient.Id, recipient.Name, recipient.Role, recipient.OrganisationId, null, recipient.Partnerships, clock.GetUtcNow()));
        return scope;
    }
}
