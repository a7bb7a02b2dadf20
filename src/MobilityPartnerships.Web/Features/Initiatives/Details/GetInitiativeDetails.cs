using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Initiatives.Details;

/// <summary>An initiative as its page shows it, or null when there is none the user may see.</summary>
public sealed class GetInitiativeDetails(IDbContextFactory<AppDbContext> contexts, AccessControl access)
{
    public async Task<InitiativeDetails?> ExecuteAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await access.ReadScopeAsync(cancellationToken);
        var contactDetails = await access.MayAsync(Operation.ViewContactDetails, id, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One statement: its few names, contacts, indicators and funding lines come joined to the initiative's row.
        return await scope.Apply(db.Initiatives.AsNoTracking())
            .AsSingleQuery()
            .Where(i => i.Id == id)
            .Select(InitiativeDetailsQuery.Projection(db, sheet: false, contactDetails))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
