using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Data.Standby;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// The choices of the scoreboard's filters, drawn from the initiatives the user may see: one statement that reads the
/// partnership's initiatives once (by its index) and joins to the few names, rather than asking for every area and
/// organisation whether some initiative uses it; the partnership's priorities come in the same statement, in their order.
/// </summary>
public sealed class GetScoreboardFilterOptions(LaggingReads contexts, AccessControl access)
{
    private const int Area = 0;
    private const int Lead = 1;
    private const int Programme = 2;
    private const int Contributor = 3;
    private const int Commitment = 4;
    private const int Priority = 5;

    public async Task<ScoreboardFilterOptions> ExecuteAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var initiatives = scope.Apply(db.Initiatives.AsNoTracking()).Where(i => i.PartnershipId == partnershipId);
        var lines = initiatives.SelectMany(i => i.FundingLines);

        var areas = initiatives.SelectMany(i => i.ThematicAreas).Select(t => t.ThematicAreaId).Distinct()
            .Join(db.ThematicAreas, id => id, a => a.Id, (_, a) => new { Kind = Area, Id = (Guid?)a.Id, a.Name, Position = 0 });
        var leads = initiatives.Where(i => i.LeadOrganisationId != null).Select(i => i.LeadOrganisationId!.Value).Distinct()
            .Join(db.Organisations, id => id, o => o.Id, (_, o) => new { Kind = Lead, Id = (Guid?)o.Id, Name = o.ShortName ?? o.Name, Position = 0 });
        var programmes = lines.Where(f => f.Programme != null).Select(f => f.Programme!).Distinct()
            .Select(p => new { Kind = Programme, Id = (Guid?)null, Name = p, Position = 0 });
        var contributors = lines.Where(f => f.ContributorId != null).Select(f => f.ContributorId!.Value).Distinct()
            .Join(db.Organisations, id => id, o => o.Id, (_, o) => new { Kind = Contributor, Id = (Guid?)o.Id, Name = o.ShortName ?? o.Name, Position = 0 });
        var commitments = db.Commitments.AsNoTracking().Where(c => c.PartnershipId == partnershipId)
            .Select(c => new { Kind = Commitment, Id = (Guid?)c.Id, Name = c.Text, Position = c.Position });

        // The priorities come unnested in their order (one set-returning call, appended last).
        var priorities = db.Partnerships.AsNoTracking().Where(p => p.Id == partnershipId)
            .SelectMany(p => EF.Property<List<string>>(p, "priorities"), (_, text) => new { Kind = Priority, Id = (Guid?)null, Name = text, Position = 0 });

        var rows = await areas.Concat(leads).Concat(programmes).Concat(contributors).Concat(commitments).Concat(priorities).ToListAsync(cancellationToken);

        List<FilterChoice> Named(int kind) =>
            [.. rows.Where(r => r.Kind == kind).OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id).Select(r => new FilterChoice(r.Id!.Value, r.Name))];
        return new ScoreboardFilterOptions(
            Named(Area),
            Named(Lead),
            [.. rows.Where(r => r.Kind == Programme).Select(r => r.Name).Order(StringComparer.Ordinal)],
            Named(Contributor),
            [.. rows.Where(r => r.Kind == Priority).Select(r => r.Name)],
            [.. rows.Where(r => r.Kind == Commitment).OrderBy(r => r.Position).Select(r => new FilterChoice(r.Id!.Value, r.Name))]);
    }
}
