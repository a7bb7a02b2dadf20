using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Api.Contracts;
using MobilityPartnerships.Web.Api.Writing;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Progress.Reading;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Api;

/// <summary>One initiative in full, through the same handlers and rules as its page.</summary>
internal static class InitiativeEndpoints
{
    public static void MapInitiatives(this RouteGroupBuilder api)
    {
        var initiatives = api.MapGroup("/initiatives").WithTags("Initiatives");

        initiatives.MapGet("/{id:guid}", GetAsync)
            .WithName("GetInitiative")
            .WithMetadata(AnswersWithEntityTag.Instance)
            .WithSummary("An initiative with its partners, funding, period, contact points and latest progress")
            .WithDescription("404 when there is no such initiative or you may not see it — which includes an initiative not to be shared beyond the partnership, asked for by the partner country's officials. Contact points carry e-mail and phone only for users with access to the partnership. The ETag header is the version read: an update sends it back as If-Match.");
    }

    private static async Task<Results<Ok<InitiativeDto>, NotFound>> GetAsync(
        Guid id,
        AccessControl access,
        GetInitiativeDetails handler,
        GetProgress progress,
        IDbContextFactory<AppDbContext> contexts,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        // Asked first, as the page does, so that a refusal is logged; refused and missing look the same from outside.
        // The version is read before the record: should someone save in between, an update based on it is refused, not lost.
        if (!(await access.CheckInitiativeAsync(Operation.ReadInitiative, id, cancellationToken)).IsAllowed
            || await EntityTags.InitiativeVersionAsync(contexts, id, cancellationToken) is not { } version
            || await handler.ExecuteAsync(id, cancellationToken) is not { } details)
        {
            return TypedResults.NotFound();
        }

        response.Headers.ETag = EntityTags.Of(version);

        var updates = await progress.ExecuteAsync(id, cancellationToken);
        return TypedResults.Ok(InitiativeDto.From(details, updates.Count > 0 ? updates[0] : null));
    }
}
