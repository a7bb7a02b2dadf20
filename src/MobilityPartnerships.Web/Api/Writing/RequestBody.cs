using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// Reads a write's JSON body. A body that is not JSON, or holds a value of the wrong kind, is answered as the rules'
/// refusals are — a problem document with the message under <c>errors</c>, keyed by where it is in the body (a field's
/// path, or <c>body</c> with the line and position) — instead of the framework's bare 400; so is a member the record does
/// not have (<see cref="BodyMembers"/>). Every such member and value is told at once (<see cref="BodyValues"/>). Nothing is
/// changed.
/// </summary>
internal sealed class RequestBody(IOptions<JsonOptions> json, IStringLocalizer<Strings> text)
{
    /// <summary>The key of <c>errors</c> for what is wrong with the body as a whole.</summary>
    public const string Whole = "body";

    /// <summary>
    /// Runs <paramref name="write"/> with the body as <typeparamref name="T"/>; a body that cannot be read so is answered
    /// with its problem document, and nothing is written.
    /// </summary>
    public async Task<IResult> WriteAsync<T>(HttpRequest request, Func<T, Task<IResult>> write, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(write);
        var (value, problem) = await ReadAsync<T>(request, cancellationToken);
        return value is null ? problem! : await write(value);
    }

    /// <summary>The body as <typeparamref name="T"/>, or the problem document that answers it.</summary>
    public async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(title: text["Api_Problem_BodyUnread"], detail: text["Api_Problem_BodyNotJson"], statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TypedResults.Problem(title: text["Api_Problem_BodyUnread"], detail: text["Api_Problem_BodyTooLarge"], statusCode: StatusCodes.Status413PayloadTooLarge));
        }

        if (bytes.Length == 0)
        {
            return (null, Problem(Whole, text["Api_Problem_BodyEmpty"]));
        }

        // First whether it is JSON at all; then every member the record does not have and every value its field cannot take,
        // together, each with its own message.
        IReadOnlyList<string> unknown;
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            root = document.RootElement.Clone();
            unknown = BodyMembers.Unknown(root, typeof(T), json.Value.SerializerOptions);
        }
        catch (JsonException malformed)
        {
            return (null, Problem(Whole, text["Api_Problem_BodyMalformed", Line(malformed), Position(malformed)]));
        }

        // A number sent as a string is read only as the document's pattern writes it: the serializer would read "1e3" as 1000.
        var options = json.Value.SerializerOptions;
        var off = BodyNumbers.OffPattern(root, typeof(T), options);
        if (unknown.Count == 0 && off.Count == 0)
        {
            try
            {
                return JsonSerializer.Deserialize<T>(bytes, options) is { } value
                    ? (value, null)
                    : (null, Problem(Whole, text["Api_Problem_BodyEmpty"]));
            }
            catch (JsonException wrong) when (BodyValues.Unreadable(root, typeof(T), options).Count == 0)
            {
                // Not a value of a field the body can be walked to: told where the serializer stopped.
                var field = Field(wrong.Path);
                return (null, field is null
                    ? Problem(Whole, text["Api_Problem_BodyWrongShape", Line(wrong), Position(wrong)])
                    : Problem(field, BodyValueProblems.Of(text, root, typeof(T), field, options)));
            }
            catch (JsonException)
            {
                // Told below, every value that cannot be read.
            }
        }

        var values = off.Concat(BodyValues.Unreadable(root, typeof(T), options)).Distinct(StringComparer.Ordinal);
        return (null, ProblemErrors.Answer(
            unknown.Distinct(StringComparer.Ordinal).Select(member => (member, text["Api_Problem_BodyUnknownMember", BodyValueProblems.Quoted(member)].Value))
                .Concat(values.Select(field => (field, BodyValueProblems.Of(text, root, typeof(T), field, options)))),
            text["Api_Problem_BodyUnread"],
            text));
    }

    private ValidationProblem Problem(string key, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [key] = [message] }, title: text["Api_Problem_BodyUnread"]);

    /// <summary>"$.fundingLines[0].euContribution" → "fundingLines[0].euContribution"; the body itself ("$") has no field.</summary>
    private static string? Field(string? path) =>
        path is null || path == "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string Line(JsonException exception) => ((exception.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture);

    private static string Position(JsonException exception) => ((exception.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
}
