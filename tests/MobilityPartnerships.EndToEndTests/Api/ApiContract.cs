using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// The API's OpenAPI document as a contract: every answer a test receives through <see cref="CheckingHandler"/> must be
/// one the document describes — its path and method, its status code, its media type, a body valid against the
/// response's JSON schema (with JsonSchema.Net, the document's own <c>$ref</c>s resolved), and the headers it promises.
/// </summary>
internal sealed class ApiContract
{
    private static readonly Uri DocumentUri = new("https://contract.test/openapi/v1.json");
    private static readonly SemaphoreSlim Loading = new(1, 1);
    private static ApiContract? loaded;

    private readonly JsonElement document;
    private readonly BuildOptions build;
    private readonly List<(Regex Pattern, string Template)> paths;

    private ApiContract(JsonElement document)
    {
        this.document = document;
        build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        build.SchemaRegistry.Register(DocumentUri, new JsonElementBaseDocument(document, DocumentUri));
        paths = [.. document.GetProperty("paths").EnumerateObject().Select(p => (Pattern(p.Name), p.Name))];
    }

    /// <summary>The document the running app serves, read once (as the administrator).</summary>
    public static async Task<ApiContract> OfAsync(AppFixture app)
    {
        await Loading.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (loaded is null)
            {
                using var client = await app.SignedInClientAsync(AppFixture.Administrator);
                loaded = new ApiContract(await client.GetJsonAsync("openapi/v1.json"));
            }

            return loaded;
        }
        finally
        {
            Loading.Release();
        }
    }

    /// <summary>Fails the test when the answer is not one the document describes.</summary>
    public void Check(HttpMethod method, string path, HttpStatusCode status, string? mediaType, string body, bool hasEntityTag)
    {
        var template = paths.Where(p => p.Pattern.IsMatch(path)).Select(p => p.Template).OrderBy(t => t.Count(c => c == '{')).FirstOrDefault();
        Assert.True(template is not null, $"{method} {path}: the OpenAPI document has no such path");
        Assert.True(document.GetProperty("paths").GetProperty(template!).TryGetProperty(method.Method.ToLowerInvariant(), out var operation), $"{method} {template}: not in the OpenAPI document");
        var code = ((int)status).ToString(CultureInfo.InvariantCulture);
        Assert.True(operation.GetProperty("responses").TryGetProperty(code, out var response), $"{method} {template} answered {code}, which the OpenAPI document does not list: {body}");

        if (response.TryGetProperty("headers", out var headers) && headers.TryGetProperty("ETag", out _))
        {
            Assert.True(hasEntityTag, $"{method} {template} {code}: the document promises an ETag header; none came");
        }

        if (!response.TryGetProperty("content", out var content))
        {
            Assert.True(body.Length == 0, $"{method} {template} {code}: the document describes no body; this came: {body}");
            return;
        }

        Assert.True(body.Length > 0, $"{method} {template} {code}: the document describes a body ({string.Join(", ", content.EnumerateObject().Select(c => c.Name))}); none came");
        var media = content.EnumerateObject().FirstOrDefault(c => c.Name == mediaType).Value;
        Assert.True(media.ValueKind == JsonValueKind.Object, $"{method} {template} {code}: {mediaType} is not a media type the document lists ({string.Join(", ", content.EnumerateObject().Select(c => c.Name))})");
        var schemaText = media.GetProperty("schema").GetRawText().Replace("\"#/", $"\"{DocumentUri}#/", StringComparison.Ordinal);
        var schema = JsonSchema.FromText(schemaText, build, new Uri($"https://contract.test/responses/{Guid.NewGuid():N}"));
        using var instance = JsonDocument.Parse(body);
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, $"{method} {template} {code}: the body does not match the document's schema:\n{Failures(result)}\n{body}");
    }

    private static string Failures(EvaluationResults result) =>
        string.Join('\n', (result.Details ?? []).Append(result)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}")));

    /// <summary>"/api/v1/initiatives/{id}" → a pattern matching "/api/v1/initiatives/0193…".</summary>
    private static Regex Pattern(string template) =>
        new("^" + string.Join('/', template.Split('/').Select(segment => segment.StartsWith('{') ? "[^/]+" : Regex.Escape(segment))) + "$", RegexOptions.CultureInvariant);

    /// <summary>Checks every answer of the client it is given to against the contract.</summary>
    public sealed class CheckingHandler(ApiContract contract) : DelegatingHandler(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            contract.Check(request.Method, request.RequestUri!.AbsolutePath, response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response.Headers.ETag is not null);
            return response;
        }
    }
}
