using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Indicators.Removing;
using MobilityPartnerships.Web.Features.Indicators.Reporting;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Progress.Posting;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Tokens;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// What users do most, for programs: add and change an initiative (its draft, the edit form's own, with every field of
/// the field catalogue), post a progress update, report an indicator's value or remove one. Each runs the same handler as the page —
/// and so the write path, its validators and the domain's rules — under the token's user. Only a token allowed to write
/// may (see <see cref="BearerTokenHandler.WritePolicy"/>). The access rules are asked first (<see cref="AccessAnswers"/>):
/// a write the user may not do is 403 (or 404 where they do not see the record) whatever its body and headers.
/// </summary>
internal static class InitiativeWriteEndpoints
{
    /// <summary>The largest request body a write takes; an initiative's draft is a few kilobytes.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    public static void MapInitiativeWrites(this RouteGroupBuilder api)
    {
        api.MapGet("/initiatives/{id:guid}/draft", GetDraftAsync)
            .WithTags("Initiatives")
            .WithName("GetInitiativeDraft")
            .WithSummary("An initiative as the edit form holds it: the body an update sends back, changed")
            .WithDescription("Every field of the edit form, ids for organisations, thematic areas and commitments. The ETag header is the version read; send it back as If-Match with the update. 404 when there is no such initiative or you may not see it; 403 when you see it but may not change it.")
            .WithMetadata(AnswersWithEntityTag.Instance)
            .Produces<InitiativeDraft>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .Produces(StatusCodes.Status404NotFound);

        var writes = api.MapGroup(string.Empty)
            .WithTags("Initiatives")
            .RequireAuthorization(BearerTokenHandler.WritePolicy)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));

        writes.MapPost("/partnerships/{id:guid}/initiatives", CreateAsync)
            .WithName("CreateInitiative")
            .WithSummary("Adds an initiative to the partnership's scoreboard")
            .WithDescription("The body is an initiative's draft (see GetInitiativeDraft). Checked by the edit form's rules and the domain's; refusals come as a problem document with the messages under errors, by field. Answers 201 with the new initiative's address (Location) and version (ETag).")
            .WithMetadata(AnswersWithEntityTag.Instance)
            .Takes<InitiativeDraft>(StatusCodes.Status201Created, typeof(WrittenInitiative));

        writes.MapPut("/initiatives/{id:guid}", UpdateAsync)
            .WithName("UpdateInitiative")
            .WithSummary("Changes an initiative: every field of its draft, checked against the version read")
            .WithDescription("Send the draft read with GetInitiativeDraft, changed, with If-Match set to the ETag it came with (If-Match: * stores it whatever version is stored now). 404 or 403 first when you may not see or change the initiative, whatever the request holds; then 428 without If-Match; 400 when If-Match is not an entity tag (\"48213\", quotes included); 412 when someone stored a newer version since (the answer's ETag and currentVersion name it, storedBy who): read again and apply your change to that. 412 too for a tag that can never match: a weak one (W/\"48213\"; versions are compared strongly) or one that is no version of this API's. Refusals of the rules come as a problem document with the messages under errors, by field.")
            .WithMetadata(AnswersWithEntityTag.Instance)
            .Takes<InitiativeDraft>(StatusCodes.Status200OK, typeof(WrittenInitiative), StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);

        writes.MapPost("/initiatives/{id:guid}/progress", PostProgressAsync)
            .WithName("PostProgressUpdate")
            .WithSummary("Posts a progress update on the initiative, in your name")
            .Takes<ProgressDraft>(StatusCodes.Status204NoContent);

        writes.MapPost("/initiatives/{id:guid}/indicators/{indicatorId:guid}/values", ReportValueAsync)
            .WithName("ReportIndicatorValue")
            .WithSummary("Reports an indicator's value for a period, a quarter (\"2026 Q3\") or a half-year (\"2026 H2\")")
            .WithDescription("A period has one value: to correct it, report again with replaceConfirmed true; the history keeps the value replaced.")
            .Takes<IndicatorValueReport>(StatusCodes.Status204NoContent);

        writes.MapDelete("/initiatives/{id:guid}/indicators/{indicatorId:guid}/values/{period}", RemoveValueAsync)
            .WithName("RemoveIndicatorValue")
            .WithSummary("Removes an indicator's value for a period, named as the values read name it (\"2026 Q3\", or 2026-Q3 in an address)")
            .WithDescription("Whoever may report the initiative's indicators may remove a value, one outside the implementation period too (which can no longer be corrected); the history keeps the value removed. 404 or 403 first when you may not see the initiative or report its indicators; 400 when the period is not a quarter or a half-year; 404 when the indicator has no value for it.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .Produces(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>
    /// What a write takes and answers, for the OpenAPI document: <typeparamref name="TDraft"/> as JSON, its
    /// <paramref name="success"/> (with <paramref name="answer"/>, if any), the refusals every write may answer — the
    /// rules' (400), the access rules' (403), no such record (404) — then its own <paramref name="preconditions"/>, and the
    /// database out of reach (503).
    /// </summary>
    private static RouteHandlerBuilder Takes<TDraft>(this RouteHandlerBuilder write, int success, Type? answer = null, params int[] preconditions)
        where TDraft : notnull
    {
        // The body is described, not required of the route: a route that takes only JSON would leave a request of another
        // content type to the API's fallback (404, no body); RequestBody answers it 415 with a problem document.
        write.WithMetadata(new JsonBody(typeof(TDraft)))
            .Produces(success, answer)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .Produces(StatusCodes.Status404NotFound);
        foreach (var precondition in preconditions)
        {
            write.ProducesProblem(precondition);
        }

        return write.ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> GetDraftAsync(Guid id, AccessControl access, EditInitiative editing, IStringLocalizer<Strings> text, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await AccessAnswers.RefusalAsync(access.CheckInitiativeAsync(Operation.EditInitiative, id, cancellationToken), text) is { } refusal)
        {
            return refusal;
        }

        if (await editing.LoadAsync(id, cancellationToken) is not { } loaded)
        {
            return TypedResults.NotFound();
        }

        response.Headers.ETag = EntityTags.Of(loaded.Version);
        return TypedResults.Ok(loaded.Draft);
    }

    private static async Task<IResult> CreateAsync(Guid id, HttpRequest request, RequestBody body, AccessControl access, EditInitiative editing, IStringLocalizer<Strings> text, HttpResponse response, CancellationToken cancellationToken) =>
        await AccessAnswers.RefusalAsync(access.CheckPartnershipAsync(Operation.AddInitiative, id, cancellationToken), text)
        ?? await body.WriteAsync<InitiativeDraft>(request, async draft => WriteAnswers.From(await editing.SaveAsync(id, null, 0, draft, cancellationToken), text, done =>
        {
            var created = (WriteOutcome.Created)done;
            var written = WrittenInitiative.Stored(response, created.Id, created.Version);
            return TypedResults.Created($"/api/v1/initiatives/{created.Id}", written);
        }), cancellationToken);

    private static async Task<IResult> UpdateAsync(
        Guid id,
        HttpRequest request,
        RequestBody body,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        AccessControl access,
        EditInitiative editing,
        IDbContextFactory<AppDbContext> contexts,
        IStringLocalizer<Strings> text,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (await AccessAnswers.RefusalAsync(access.CheckInitiativeAsync(Operation.EditInitiative, id, cancellationToken), text) is { } refusal)
        {
            return refusal;
        }

        var asked = IfMatch.Read(ifMatch);
        switch (asked)
        {
            case IfMatch.Missing:
                return TypedResults.Problem(title: text["Api_Problem_IfMatchMissing"], detail: text["Api_Problem_IfMatchMissingDetail"], statusCode: StatusCodes.Status428PreconditionRequired);
            case IfMatch.Malformed malformed:
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { [HeaderNames.IfMatch] = [text["Api_Problem_IfMatchMalformed", malformed.Header]] },
                    title: text["Api_Problem_IfMatchUnread"]);
        }

        return await body.WriteAsync<InitiativeDraft>(request, async draft =>
        {
            // The partnership the initiative is in; the write path then asks the access rules, so a hidden one is 404 as a missing one.
            if (await PartnershipOfAsync(contexts, id, cancellationToken) is not { } partnershipId)
            {
                return TypedResults.NotFound();
            }

            var outcome = await editing.SaveAsync(partnershipId, id, await SeenAsync(asked, contexts, id, cancellationToken), draft, cancellationToken);
            if (outcome is WriteOutcome.Stale stale)
            {
                var current = await EntityTags.InitiativeVersionAsync(contexts, id, cancellationToken);
                return asked is IfMatch.NoVersion none
                    ? WriteAnswers.NoVersion(response, none, current, text)
                    : WriteAnswers.Stale(response, stale, current, text);
            }

            return WriteAnswers.From(outcome, text, done => TypedResults.Ok(WrittenInitiative.Stored(response, id, ((WriteOutcome.Done)done).Version)));
        }, cancellationToken);
    }

    /// <summary>
    /// The version the update is checked against: none for <c>*</c> (whatever is stored); the one listed, or of several the
    /// one stored now if it is listed; and for a tag that can never match, one no row has (0), so that access and the
    /// rules are still checked first and the answer is 412.
    /// </summary>
    private static async Task<uint?> SeenAsync(IfMatch asked, IDbContextFactory<AppDbContext> contexts, Guid id, CancellationToken cancellationToken) => asked switch
    {
        IfMatch.AnyVersion => null,
        IfMatch.Versions { Listed: [var only] } => only,
        IfMatch.Versions versions => await EntityTags.InitiativeVersionAsync(contexts, id, cancellationToken) is { } stored && versions.Listed.Contains(stored) ? stored : versions.Listed[0],
        _ => 0,
    };

    private static async Task<Guid?> PartnershipOfAsync(IDbContextFactory<AppDbContext> contexts, Guid initiativeId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Initiatives.AsNoTracking().Where(i => i.Id == initiativeId).Select(i => (Guid?)i.PartnershipId).SingleOrDefaultAsync(cancellationToken);
    }

    private static async Task<IResult> PostProgressAsync(Guid id, HttpRequest request, RequestBody body, AccessControl access, PostProgressUpdate posting, IStringLocalizer<Strings> text, CancellationToken cancellationToken) =>
        await AccessAnswers.RefusalAsync(access.CheckInitiativeAsync(Operation.PostProgress, id, cancellationToken), text)
        ?? await body.WriteAsync<ProgressDraft>(request, async draft => WriteAnswers.NoContent(await posting.ExecuteAsync(id, draft, cancellationToken), text), cancellationToken);

    private static async Task<IResult> ReportValueAsync(Guid id, Guid indicatorId, HttpRequest request, RequestBody body, AccessControl access, ReportIndicatorValue reporting, IStringLocalizer<Strings> text, CancellationToken cancellationToken) =>
        await AccessAnswers.RefusalAsync(access.CheckInitiativeAsync(Operation.PostProgress, id, cancellationToken), text)
        ?? await body.WriteAsync<IndicatorValueReport>(request, async report => WriteAnswers.NoContent(await reporting.ExecuteAsync(id, indicatorId, report.ToDraft(), cancellationToken), text), cancellationToken);

    private static async Task<IResult> RemoveValueAsync(Guid id, Guid indicatorId, string period, AccessControl access, RemoveIndicatorValue removal, IStringLocalizer<Strings> text, CancellationToken cancellationToken)
    {
        if (await AccessAnswers.RefusalAsync(access.CheckInitiativeAsync(Operation.PostProgress, id, cancellationToken), text) is { } refusal)
        {
            return refusal;
        }

        if (ReportingPeriod.Parse(period) is not { } named)
        {
            return ProblemErrors.Answer([("period", text["Indicator_NotAPeriod", period.Trim()])], text["Api_Problem_Invalid"], text);
        }

        return WriteAnswers.NoContent(await removal.ExecuteAsync(id, indicatorId, named, cancellationToken), text);
    }
}

/// <summary>An initiative stored by the API: its id and the version now stored (the ETag to send with the next update).</summary>
public sealed record WrittenInitiative(Guid Id, string ETag)
{
    /// <summary>The initiative as stored at <paramref name="version"/>, which the answer's ETag header names too.</summary>
    internal static WrittenInitiative Stored(HttpResponse response, Guid id, uint? version)
    {
        var tag = EntityTags.Of(version ?? 0);
        response.Headers.ETag = tag;
        return new WrittenInitiative(id, tag);
    }
}
