using Microsoft.AspNetCore.Http.HttpResults;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Api.Contracts;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Api;

/// <summary>
/// A partnership's published scoreboard versions and one version's rows, through the same handlers and rules as
/// their pages: rows not to be shared beyond the partnership are left out for the partner country's officials.
/// </summary>
internal static class PublishedScoreboardEndpoints
{
    public static void MapPublishedScoreboards(this RouteGroupBuilder api)
    {
        var versions = api.MapGroup("/partnerships/{id:guid}/versions").WithTags("Published scoreboards");

        versions.MapGet(string.Empty, ListAsync)
            .WithName("ListPublishedScoreboards")
            .WithSummary("A partnership's published scoreboard versions, newest first")
            .WithDescription("Counts and money are of the rows you may see. 404 when there is no such partnership or you may not see it.");

        versions.MapGet("/{number:int}", GetAsync)
            .WithName("GetPublishedScoreboard")
            .WithSummary("One published version, exactly as it was published")
            .WithDescription("Names, statuses and amounts as they were on the day, whatever has changed since. Initiatives not to be shared beyond the partnership are left out for the partner country's officials. 404 when there is no such version, no such partnership, or you may not see it.");
    }

    private static async Task<Results<Ok<IReadOnlyList<PublishedScoreboardSummaryDto>>, NotFound>> ListAsync(Guid id, AccessControl access, GetPublishedScoreboards handler, CancellationToken cancellationToken)
    {
        // Asked first, as the page does, so that a refusal is logged; refused and missing look the same from outside.
        if (!(await access.CheckPartnershipAsync(Operation.ReadPublishedScoreboards, id, cancellationToken)).IsAllowed
            || await handler.ExecuteAsync(id, cancellationToken) is not { } list)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok<IReadOnlyList<PublishedScoreboardSummaryDto>>([.. list.Versions.Select(PublishedScoreboardSummaryDto.From)]);
    }

    private static async Task<Results<Ok<PublishedScoreboardDto>, NotFound>> GetAsync(Guid id, int number, GetPublishedScoreboard handler, CancellationToken cancellationToken) =>
        await handler.ExecuteAsync(id, number, cancellationToken) is { } version ? TypedResults.Ok(PublishedScoreboardDto.From(version)) : TypedResults.NotFound();
}
