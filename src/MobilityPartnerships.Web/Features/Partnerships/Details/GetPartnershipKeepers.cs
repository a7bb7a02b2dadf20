using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Features.Partnerships.Details;

/// <summary>Who changes a partnership: the focal points assigned to it, and the officials of the Member States taking part, who add initiatives.</summary>
public sealed record PartnershipKeepers(IReadOnlyList<string> FocalPoints, IReadOnlyList<MemberStateOfficial> MemberStateOfficials);

public sealed record MemberStateOfficial(string Name, string MemberState);

/// <summary>Reads who keeps a partnership, by name, from the active accounts as they are now.</summary>
public sealed class GetPartnershipKeepers(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<PartnershipKeepers> ExecuteAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var focalPoints = await db.Users.AsNoTracking()
            .Where(a => a.IsActive && a.Role == Role.FocalPoint && db.PartnershipAssignments.Any(p => p.AccountId == a.Id && p.PartnershipId == partnershipId))
            .OrderBy(a => a.DisplayName)
            .Select(a => a.DisplayName)
            .ToListAsync(cancellationToken);
        var taking = db.Partnerships.Where(p => p.Id == partnershipId).SelectMany(p => p.Participants.Where(x => x.LeftOn == null).Select(x => x.OrganisationId));
        var officials = await db.Users.AsNoTracking()
            .Where(a => a.IsActive && a.Role == Role.MemberStateOfficial && a.OrganisationId != null && taking.Contains(a.OrganisationId.Value))
            .Join(db.Organisations, a => a.OrganisationId, o => o.Id, (a, o) => new { a.DisplayName, State = o.ShortName ?? o.Name })
            .OrderBy(x => x.State).ThenBy(x => x.DisplayName)
            .Select(x => new MemberStateOfficial(x.DisplayName, x.State))
            .ToListAsync(cancellationToken);
        return new PartnershipKeepers(focalPoints, officials);
    }
}
