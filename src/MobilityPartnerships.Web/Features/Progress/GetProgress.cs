using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Features.Progress;

/// <summary>An initiative's progress updates, newest first.</summary>
public sealed class GetProgress(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<IReadOnlyList<ProgressEntry>> ExecuteAsync(Guid initiativeId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.InitiativeId == initiativeId)
            .OrderByDescending(u => u.ReportedOn).ThenByDescending(u => u.Id)
            .Select(u => new ProgressEntry(u.ReportedOn, u.Rating, u.Narrative, u.AuthorName, db.Organisations.Where(o => o.Id == u.AuthorOrganisationId).Select(o => o.ShortName ?? o.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}

public sealed record ProgressEntry(DateOnly ReportedOn, ProgressRating Rating, string Narrative, string Author, string? Organisation);
