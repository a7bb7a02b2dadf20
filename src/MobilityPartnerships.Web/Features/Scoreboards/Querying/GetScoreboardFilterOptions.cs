using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>The choices of the scoreboard's filters, drawn from the initiatives the user may see.</summary>
public sealed class GetScoreboardFilterOptions(IDbContextFactory<AppDbContext> contexts, AccessControl access)
{
    public async Task<ScoreboardFilterOptions> ExecuteAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var initiatives = scope.Apply(db.Initiatives.AsNoTracking()).Where(i => i.PartnershipId == partnershipId);

        var areas = await db.ThematicAreas.AsNoTracking()
            .Where(a => initiatives.Any(i => i.ThematicAreas.Any(t => t.ThematicAreaId == a.Id)))
            .OrderBy(a => a.Name)
            .Select(a => new FilterChoice(a.Id, a.Name))
            .ToListAsync(cancellationToken);
        var leads = await db.Organisations.AsNoTracking()
            .Where(o => initiatives.Any(i => i.LeadOrganisationId == o.Id))
            .OrderBy(o => o.ShortName ?? o.Name)
            .Select(o => new FilterChoice(o.Id, o.ShortName ?? o.Name))
            .ToListAsync(cancellationToken);
        var programmes = await initiatives
            .SelectMany(i => i.FundingLines)
            .Where(f => f.Programme != null)
            .Select(f => f.Programme!)
            .Distinct()
            .OrderBy(p => p)
            .ToListAsync(cancellationToken);
        var contributors = await db.Organisations.AsNoTracking()
            .Where(o => initiatives.Any(i => i.FundingLines.Any(f => f.ContributorId == o.Id)))
            .OrderBy(o => o.ShortName ?? o.Name)
            .Select(o => new FilterChoice(o.Id, o.ShortName ?? o.Name))
            .ToListAsync(cancellationToken);
        var priorities = await db.Partnerships.AsNoTracking()
            .Where(p => p.Id == partnershipId)
            .Select(p => EF.Property<List<string>>(p, "priorities"))
            .FirstOrDefaultAsync(cancellationToken) ?? [];
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.PartnershipId == partnershipId)
            .OrderBy(c => c.Position)
            .Select(c => new FilterChoice(c.Id, c.Text))
            .ToListAsync(cancellationToken);
        return new ScoreboardFilterOptions(areas, leads, programmes, contributors, priorities, commitments);
    }
}
