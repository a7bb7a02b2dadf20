using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// An initiative's version as HTTP carries it: the <c>ETag</c> a GET answers with (its row version, quoted) and the
/// <c>If-Match</c> an update must send back, so that a program's update is checked against the version it read.
/// </summary>
internal static class EntityTags
{
    public static string Of(uint version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>The initiative's stored version; null when there is no such initiative.</summary>
    public static async Task<uint?> InitiativeVersionAsync(IDbContextFactory<AppDbContext> contexts, Guid initiativeId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Initiatives.AsNoTracking().Where(i => i.Id == initiativeId).Select(i => (uint?)i.Version).SingleOrDefaultAsync(cancellationToken);
    }
}

/// <summary>Marks an endpoint whose success answers carry an <c>ETag</c>, for the OpenAPI document.</summary>
internal sealed class AnswersWithEntityTag
{
    public static readonly AnswersWithEntityTag Instance = new();

    private AnswersWithEntityTag()
    {
    }
}
