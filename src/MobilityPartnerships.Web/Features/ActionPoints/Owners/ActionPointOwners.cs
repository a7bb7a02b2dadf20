using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Features.ActionPoints.Owners;

/// <summary>An account an action point may be given to.</summary>
public sealed record ActionPointOwnerChoice(Guid Id, string Name);

/// <summary>
/// The accounts an action point of a partnership may be owned by: active accounts of an organisation taking part in it
/// today, or given the partnership (focal points, task-force members). Offered to whoever prepares the meeting.
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
        return await db.Users.AsNoTracking()
            .Where(a => a.IsActive
                && (db.Participants.Any(p => partnershipId.Contains(p.PartnershipId) && p.LeftOn == null && p.OrganisationId == a.OrganisationId)
                    || db.PartnershipAssignments.Any(p => partnershipId.Contains(p.PartnershipId) && p.AccountId == a.Id)))
            .OrderBy(a => a.DisplayName).ThenBy(a => a.Id)
            .Select(a => new ActionPointOwnerChoice(a.Id, a.DisplayName + (a.OrganisationId == null ? string.Empty : " (" + db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.ShortName ?? o.Name).FirstOrDefault() + ")")))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The same accounts as a query, for the write that checks the chosen one.</summary>
    internal static IQueryable<Account> Of(AppDbContext db, Guid partnershipId) =>
        db.Users.Where(a => a.IsActive
            && (db.Participants.Any(p => p.PartnershipId == partnershipId && p.LeftOn == null && p.OrganisationId == a.OrganisationId)
                || db.PartnershipAssignments.Any(p => p.PartnershipId == partnershipId && p.AccountId == a.Id)));
}
