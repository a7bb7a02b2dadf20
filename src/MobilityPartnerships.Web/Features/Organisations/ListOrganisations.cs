using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Editing;

namespace MobilityPartnerships.Web.Features.Organisations;

/// <summary>The organisations list: as choices for forms, by display name.</summary>
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
}
