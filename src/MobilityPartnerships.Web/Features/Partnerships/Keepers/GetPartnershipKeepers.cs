using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Features.Partnerships.Keepers;

/// <summary>Who changes a partnership: the focal points assigned to it, and the officials of the Member States taking part, who add initiatives.</summary>
public sealed record PartnershipKeepers(IReadOnlyList<string> FocalPoints, IReadOnlyList<MemberStateOfficial> MemberStateOfficials);

public sealed record MemberStateOfficial(string Name, string MemberState);

/// <summary>Reads who keeps a partnership, by name, from the active accounts as they are now.</summary>
public sealed class GetPartnershipKeepers(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<PartnershipKeepers> ExecuteAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One statement: the focal points assigned to it, then the Member State officials of its participants today.
        var focalPoints = db.Users
            .Where(a => a.IsActive && a.Role == Role.FocalPoint && db.PartnershipAssignments.Any(p => p.AccountId == a.Id && p.PartnershipId == partnershipId))
            .Select(a => new { Official = false, State = (string?)null, Name = a.DisplayName });
        var taking = db.Partnerships.Where(p => p.Id == partnershipId).SelectMany(p => p.Participants.Where(x => x.LeftOn == null).Select(x => x.OrganisationId));
        var memberStateOfficials = db.Users
            .Where(a => a.IsActive && a.Role == Role.MemberStateOfficial && a.OrganisationId != null && taking.Contains(a.OrganisationId.Value))
            .Join(db.Organisations, a => a.OrganisationId, o => o.Id, (a, o) => new { Official = true, State = (string?)ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench), Name = a.DisplayName });
        var keepers = await focalPoints.Concat(memberStateOfficials)
            .OrderBy(k => k.Official).ThenBy(k => NameOrder.Key(k.State)).ThenBy(k => NameOrder.Key(k.Name))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var focal = keepers.Where(k => !k.Official).Select(k => k.Name).ToList();
        var officials = keepers.Where(k => k.Official).Select(k => new MemberStateOfficial(k.Name, k.State!)).ToList();
        return new PartnershipKeepers(focal, officials);
    }
}
