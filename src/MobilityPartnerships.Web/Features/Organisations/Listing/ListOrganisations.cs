using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Features.Organisations.Listing;

/// <summary>The organisations list: as choices for forms, by display name, and as the list's rows with how many records use each.</summary>
public sealed class ListOrganisations(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<IReadOnlyList<Choice>> ChoicesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking()
            .Select(o => new { o.Id, Name = ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench) })
            .OrderBy(o => Domain.Common.NameOrder.Key(o.Name))
            .Select(o => new Choice(o.Id, o.Name))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Choice>> ThirdCountriesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == Domain.Organisations.OrganisationKind.ThirdCountry)
            .Select(o => new { o.Id, Name = ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench) })
            .OrderBy(o => Domain.Common.NameOrder.Key(o.Name))
            .Select(o => new Choice(o.Id, o.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Every organisation with how many records use it (<see cref="OrganisationUses"/>, as deleting it reads them): two
    /// queries however many organisations and references there are, none per row.
    /// </summary>
    public async Task<IReadOnlyList<OrganisationRow>> RowsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var uses = await OrganisationUses.RecordsByOrganisationAsync(db, cancellationToken);
        return await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Kind).ThenBy(o => Domain.Common.NameOrder.Key(o.Name))
            .Select(o => new OrganisationRow(o.Id, o.Name, o.ShortName, o.Kind, o.CountryCode, o.MemberFrom, o.MemberUntil,
                uses.GetValueOrDefault(o.Id)) { FrenchName = o.FrenchName, FrenchShortName = o.FrenchShortName })
            .ToListAsync(cancellationToken);
    }
}
