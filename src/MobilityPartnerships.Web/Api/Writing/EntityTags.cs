using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// An initiative's version as HTTP carries it: the <c>ETag</c> a GET answers with (its row version, quoted) and the
/// <c>If-Match</c> an update must send back, so that a program's update is checked against the version it read.
/// </summary>
internal static class EntityTags
{
    public static string Of(uint version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>The version an <c>If-Match</c> header names; null when it names none this API gave (a weak tag, "*", a list, text).</summary>
    public static uint? VersionIn(string ifMatch)
    {
        if (!EntityTagHeaderValue.TryParse(ifMatch.Trim(), out var tag) || tag.IsWeak || tag.Tag.Length < 3)
        {
            return null;
        }

        return uint.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

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
