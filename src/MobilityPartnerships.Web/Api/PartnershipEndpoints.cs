using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Api.Contracts;
using MobilityPartnerships.Web.Features.Partnerships.Details;
using MobilityPartnerships.Web.Features.Partnerships.List;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Api;

/// <summary>
/// The partnerships the caller may see, one of them with its signatories, and its scoreboard's initiatives. Each
/// asks the same handlers as the pages, so the same rules hold: a partnership outside the caller's scope is
/// "not found", exactly as one that does not exist.
/// </summary>
internal static class PartnershipEndpoints
{
    public static void MapPartnerships(this RouteGroupBuilder api)
    {
        var partnerships = api.MapGroup("/partnerships").WithTags("Partnerships");

        partnerships.MapGet(string.Empty, ListAsync)
            .WithName("ListPartnerships")
            .WithSummary("The partnerships you may see")
            .WithDescription("Every partnership you may read, signed ones first by date of signature, with the count and money of the initiatives you may see in each.");

        partnerships.MapGet("/{id:guid}", GetAsync)
            .WithName("GetPartnership")
            .WithSummary("A partnership with its signatories and participants")
            .WithDescription("404 when there is no such partnership or you may not see it.");

        partnerships.MapGet("/{id:guid}/initiatives", ListInitiativesAsync)
            .WithName("ListPartnershipInitiatives")
            .WithSummary("A page of a partnership's initiatives, filtered like its scoreboard")
            .WithDescription("Filters, order and paging as on the scoreboard page. Initiatives not to be shared beyond the partnership are left out for the partner country's officials. 400 with a message per field for a filter the API does not understand; 404 when there is no such partnership or you may not see it.")
            .WithMetadata([.. InitiativeFilter.FieldParameters]);
    }

    private static async Task<Results<Ok<IReadOnlyList<PartnershipSummaryDto>>, ValidationProblem>> ListAsync(
        ListPartnerships handler,
        CancellationToken cancellationToken,
        [Description("true to list archived partnerships, and count archived initiatives, too.")][QueryValue(typeof(bool))] string? includeArchived = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var archived = QueryValues.ReadFlag(includeArchived, nameof(includeArchived), errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: QueryValues.NotUnderstood);
        }

        var partnerships = await handler.ExecuteAsync(cancellationToken, archived);
        return TypedResults.Ok<IReadOnlyList<PartnershipSummaryDto>>([.. partnerships.Select(PartnershipSummaryDto.From)]);
    }

    private static async Task<Results<Ok<PartnershipDto>, NotFound>> GetAsync(Guid id, AccessControl access, GetPartnershipDetails handler, CancellationToken cancellationToken)
    {
        // Asked first, as the page does, so that a refusal is logged; refused and missing look the same from outside.
        if (!(await access.CheckPartnershipAsync(Operation.ReadPartnership, id, cancellationToken)).IsAllowed
            || await handler.ExecuteAsync(id, cancellationToken) is not { } details)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(PartnershipDto.From(details));
    }

    private static async Task<Results<Ok<InitiativePageDto>, NotFound, ValidationProblem>> ListInitiativesAsync(
        Guid id,
        [AsParameters] InitiativeFilter filter,
        HttpRequest request,
        AccessControl access,
        IValidator<ScoreboardQuery> validator,
        QueryScoreboard handler,
        CancellationToken cancellationToken)
    {
        if (!(await access.CheckPartnershipAsync(Operation.ReadPartnership, id, cancellationToken)).IsAllowed)
        {
            return TypedResults.NotFound();
        }

        filter.ReadFields(request.Query);
        var query = filter.Read(id, validator.Validate, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: QueryValues.NotUnderstood);
        }

        var result = await handler.ExecuteAsync(query, cancellationToken);
        return TypedResults.Ok(InitiativePageDto.From(query, result));
    }
}
