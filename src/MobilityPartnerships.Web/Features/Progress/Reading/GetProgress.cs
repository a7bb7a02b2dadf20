using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Progress.Reading;

/// <summary>An initiative's progress updates, newest first.</summary>
public sealed class GetProgress(IDbContextFactory<AppDbContext> contexts, AccessControl access)
{
    /// <summary>The updates, or none when the user may not see the initiative.</summary>
    public async Task<IReadOnlyList<ProgressEntry>> ExecuteAsync(Guid initiativeId, CancellationToken cancellationToken)
    {
        if (!await access.MayAsync(Operation.ReadInitiative, initiativeId, cancellationToken))
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.InitiativeId == initiativeId)
            .NewestFirst()
            .Select(u => new ProgressEntry(u.ReportedOn, u.Rating, u.Narrative, u.AuthorName, db.Organisations.Where(o => o.Id == u.AuthorOrganisationId).Select(o => ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench)).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}

public sealed record ProgressEntry(DateOnly ReportedOn, ProgressRating Rating, string Narrative, string Author, string? Organisation);
