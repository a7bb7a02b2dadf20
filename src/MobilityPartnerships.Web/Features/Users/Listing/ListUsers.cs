using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Users.Listing;

/// <summary>
/// The administrator's list of users, and what a user can be given (organisations and partnerships). Someone who
/// may not manage users is shown nothing.
/// </summary>
public sealed class ListUsers(IDbContextFactory<AppDbContext> contexts, AccessControl access, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken)
    {
        if (!await MayAsync(cancellationToken))
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = await db.Users.AsNoTracking()
            .OrderBy(a => NameOrder.Key(a.DisplayName))
            .Select(a => new
            {
                a.Id,
                a.DisplayName,
                a.Email,
                a.Role,
                a.OrganisationId,
                Organisation = db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench)).FirstOrDefault(),
                Partnerships = db.Partnerships
                    .Where(p => db.PartnershipAssignments.Any(x => x.AccountId == a.Id && x.PartnershipId == p.Id))
                    .OrderBy(p => NameOrder.Key(p.Name))
                    .Select(p => new Choice(p.Id, p.Name))
                    .ToList(),
                a.IsActive,
                a.LockoutEnd,
                HasPassword = a.PasswordHash != null,
                a.ExternalProvider,
            })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. accounts.Select(a => new UserRow(
            a.Id, a.DisplayName, a.Email ?? string.Empty, a.Role, a.OrganisationId, a.Organisation, a.Partnerships, a.IsActive,
            a.LockoutEnd > now ? a.LockoutEnd : null,
            InvitationPending: !a.HasPassword && a.ExternalProvider is null,
            a.ExternalProvider))];
    }

    public async Task<UserChoices> ChoicesAsync(CancellationToken cancellationToken)
    {
        if (!await MayAsync(cancellationToken))
        {
            return UserChoices.None;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking()
            .Select(o => new { o.Id, Name = ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench), o.Kind })
            .OrderBy(o => NameOrder.Key(o.Name))
            .Select(o => new OrganisationChoice(o.Id, o.Name, o.Kind))
            .ToListAsync(cancellationToken);
        var partnerships = await db.Partnerships.AsNoTracking()
            .OrderBy(p => NameOrder.Key(p.Name))
            .Select(p => new Choice(p.Id, p.Name))
            .ToListAsync(cancellationToken);
        return new UserChoices(organisations, partnerships);
    }

    private async Task<bool> MayAsync(CancellationToken cancellationToken) =>
        await access.CheckAsync(Operation.ManageUsers, cancellationToken) is not AccessDecision.Refused;
}
