using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Features.Organisations.Listing;

/// <summary>The organisations list: as choices for forms, by display name, and as the list's rows with how often each is referred to.</summary>
public sealed class ListOrganisations(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<IReadOnlyList<Choice>> ChoicesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking()
            .OrderBy(o => o.ShortName ?? o.Name)
            .Select(o => new Choice(o.Id, o.ShortName ?? o.Name))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Choice>> ThirdCountriesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == Domain.Organisations.OrganisationKind.ThirdCountry)
            .OrderBy(o => o.ShortName ?? o.Name)
            .Select(o => new Choice(o.Id, o.ShortName ?? o.Name))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OrganisationRow>> RowsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.ShortName, o.Kind, o.CountryCode, o.MemberFrom, o.MemberUntil,
                db.Participants.Count(p => p.OrganisationId == o.Id)
                + db.Initiatives.Count(i => i.Partners.Any(p => p.OrganisationId == o.Id) || i.ResponsibleServiceId == o.Id || i.ContactPoints.Any(c => c.OrganisationId == o.Id))
                + db.FundingLines.Count(f => f.ContributorId == o.Id)
                + db.Partnerships.Count(p => p.PartnerCountryId == o.Id)))
            .ToListAsync(cancellationToken);
    }
}
