using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Features.ActionPoints.Owners;

/// <summary>An account an action point may be given to.</summary>
public sealed record ActionPointOwnerChoice(Guid Id, string Name);

/// <summary>
/// The accounts an action point of a meeting may be owned by: active accounts of an organisation taking part in its
/// partnership today, or given the partnership (focal points, task-force members), that the access rules let read the
/// meeting (no partner country's account for a task force: it would own a point it never sees). Offered to whoever
/// prepares the meeting, and the same checked when one is given.
/// </summary>
public sealed class ActionPointOwners(IDbContextFactory<AppDbContext> contexts, AccessControl access)
{
    public async Task<IReadOnlyList<ActionPointOwnerChoice>> ExecuteAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        if (!await access.MayAsync(Operation.ManageMeeting, meetingId, cancellationToken))
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var partnershipId = db.Meetings.Where(m => m.Id == meetingId).Select(m => m.PartnershipId);
        var candidates = await db.Users.AsNoTracking()
            .Where(a => a.IsActive
                && (db.Participants.Any(p => partnershipId.Contains(p.PartnershipId) && p.LeftOn == null && p.OrganisationId == a.OrganisationId)
                    || db.PartnershipAssignments.Any(p => partnershipId.Contains(p.PartnershipId) && p.AccountId == a.Id)))
            .OrderBy(a => NameOrder.Key(a.DisplayName)).ThenBy(a => a.Id)
            .Select(a => new ActionPointOwnerChoice(a.Id, a.DisplayName + (a.OrganisationId == null ? string.Empty : " (" + db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench)).FirstOrDefault() + ")")))
            .ToListAsync(cancellationToken);
        var readers = await access.AccountsAllowedAsync(Operation.ReadMeeting, meetingId, candidates.Select(c => c.Id), cancellationToken);
        return [.. candidates.Where(c => readers.Contains(c.Id))];
    }

    /// <summary>Whether the account is one of the partnership's (<see cref="Of"/>), for the write that checks the chosen one.</summary>
    internal static Task<bool> InPartnershipAsync(AppDbContext db, Guid partnershipId, Guid accountId, CancellationToken cancellationToken) =>
        Of(db, partnershipId).AnyAsync(a => a.Id == accountId, cancellationToken);

    /// <summary>Whether the access rules let the account read the meeting, for the write that checks the chosen one.</summary>
    internal async Task<bool> ReadsMeetingAsync(Guid meetingId, Guid accountId, CancellationToken cancellationToken) =>
        (await access.AccountsAllowedAsync(Operation.ReadMeeting, meetingId, [accountId], cancellationToken)).Contains(accountId);

    private static IQueryable<Account> Of(AppDbContext db, Guid partnershipId) =>
        db.Users.Where(a => a.IsActive
            && (db.Participants.Any(p => p.PartnershipId == partnershipId && p.LeftOn == null && p.OrganisationId == a.OrganisationId)
                || db.PartnershipAssignments.Any(p => p.PartnershipId == partnershipId && p.AccountId == a.Id)));
}
