using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// The write path's outcomes as HTTP answers: refusals as RFC 7807 problem documents — the form's messages under
/// <c>errors</c>, keyed by the field's path in the request body (camelCase) — and success as the caller's own answer.
/// </summary>
internal static class WriteAnswers
{
    public static IResult From(WriteOutcome outcome, IStringLocalizer<Strings> text, Func<WriteOutcome, IResult> success)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(success);
        return outcome switch
        {
            WriteOutcome.Done or WriteOutcome.Created => success(outcome),
            WriteOutcome.Invalid invalid => ProblemErrors.Answer(invalid.Errors.Select(e => (CamelCase(e.Path), e.Message)), text["Api_Problem_Invalid"], text),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Refused refused => TypedResults.Problem(title: text["Api_Problem_Refused"], detail: refused.Message, statusCode: StatusCodes.Status403Forbidden),
            WriteOutcome.Failed failed => TypedResults.Problem(
                title: text["Api_Problem_Failed"],
                detail: text[failed.TextKey, failed.Reference],
                statusCode: StatusCodes.Status503ServiceUnavailable,
                extensions: new Dictionary<string, object?> { ["reference"] = failed.Reference, ["unconfirmed"] = failed.Unconfirmed }),
            WriteOutcome.Stale => throw new InvalidOperationException("A stale write is answered with the current version; see InitiativeWriteEndpoints."),
            _ => throw new InvalidOperationException($"No answer for {outcome.GetType().Name}."),
        };
    }

    /// <summary>204 when stored; a refusal as <see cref="From"/> answers it.</summary>
    public static IResult NoContent(WriteOutcome outcome, IStringLocalizer<Strings> text) => From(outcome, text, _ => TypedResults.NoContent());

    /// <summary>412: someone stored a newer version; the answer names it (ETag and <c>currentVersion</c>) and who stored it.</summary>
    public static IResult Stale(HttpResponse response, WriteOutcome.Stale stale, uint? current, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(stale);
        ArgumentNullException.ThrowIfNull(text);
        var extensions = new Dictionary<string, object?> { ["storedBy"] = stale.StoredBy, ["storedAt"] = stale.StoredAt };
        if (current is { } version)
        {
            response.Headers.ETag = EntityTags.Of(version);
            extensions["currentVersion"] = EntityTags.Of(version);
        }

        return TypedResults.Problem(
            title: text["Api_Problem_Stale"],
            detail: stale.StoredBy is { } storedBy ? text["Api_Problem_StaleDetail", storedBy] : text["Api_Problem_StaleDetailUnknown"],
            statusCode: StatusCodes.Status412PreconditionFailed,
            extensions: extensions);
    }

    /// <summary>
    /// 412 for an <c>If-Match</c> that can never match — a weak tag, or one that is no version of this API's: it says so,
    /// and not that someone stored a newer version. The answer names the version stored now, as a stale one does.
    /// </summary>
    public static IResult NoVersion(HttpResponse response, IfMatch.NoVersion none, uint? current, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(none);
        ArgumentNullException.ThrowIfNull(text);
        var extensions = new Dictionary<string, object?>();
        if (current is { } version)
        {
            response.Headers.ETag = EntityTags.Of(version);
            extensions["currentVersion"] = EntityTags.Of(version);
        }

        return TypedResults.Problem(
            title: text["Api_Problem_IfMatchNoVersion"],
            detail: text[none.Weak ? "Api_Problem_IfMatchWeakDetail" : "Api_Problem_IfMatchNoVersionDetail", none.Header],
            statusCode: StatusCodes.Status412PreconditionFailed,
            extensions: extensions);
    }

    /// <summary>"FundingLines[1].EuContribution" → "fundingLines[1].euContribution": the body's own names.</summary>
    public static string CamelCase(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
    }
}
