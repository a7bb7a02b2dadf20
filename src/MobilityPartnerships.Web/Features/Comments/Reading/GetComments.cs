using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Comments.Reading;

/// <summary>An initiative's comments, newest first; none for a user who may not read them (see <see cref="Operation.ReadComments"/>).</summary>
public sealed class GetComments(IDbContextFactory<AppDbContext> contexts, AccessControl access)
{
    public async Task<IReadOnlyList<CommentEntry>?> ExecuteAsync(Guid initiativeId, CancellationToken cancellationToken)
    {
        if (!await access.MayAsync(Operation.ReadComments, initiativeId, cancellationToken))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.InitiativeComments.AsNoTracking()
            .Where(c => c.InitiativeId == initiativeId)
            .OrderByDescending(c => c.PostedAt).ThenByDescending(c => c.Id)
            .Select(c => new CommentEntry(c.AuthorName, c.Text, c.PostedAt))
            .ToListAsync(cancellationToken);
    }
}
