using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>Reads and updates of an initiative's draft as a program sends them, the <c>If-Match</c> header written as given.</summary>
internal static class ApiWrites
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<(JsonObject Draft, string Tag)> DraftAsync(this HttpClient client, Guid initiative)
    {
        using var response = await client.GetAsync(ApiTokens.Relative($"api/v1/initiatives/{initiative}/draft"), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET draft: {(int)response.StatusCode} {body}");
        return (JsonNode.Parse(body)!.AsObject(), response.Headers.ETag!.Tag);
    }

    /// <summary>PUTs the draft with <paramref name="ifMatch"/> as the header's text, unchecked ("abc", "*", W/"1").</summary>
    public static Task<HttpResponseMessage> PutAsync(this HttpClient client, Guid initiative, JsonObject draft, string? ifMatch) =>
        client.PutRawAsync(initiative, draft.ToJsonString(), ifMatch);

    public static Task<HttpResponseMessage> PutRawAsync(this HttpClient client, Guid initiative, string json, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, ApiTokens.Relative($"api/v1/initiatives/{initiative}"))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null)
        {
            Assert.True(request.Headers.TryAddWithoutValidation("If-Match", ifMatch));
        }

        return client.SendAsync(request, Cancel);
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, Guid partnership, JsonObject draft) =>
        client.PostAsJsonAsync(ApiTokens.Relative($"api/v1/partnerships/{partnership}/initiatives"), draft, Cancel);

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public static async Task AnsweredAsync(this HttpResponseMessage response, HttpStatusCode expected) =>
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");

    /// <summary>The messages under <c>errors</c> at <paramref name="key"/>.</summary>
    public static IReadOnlyList<string?> ErrorsAt(this JsonElement problem, string key) =>
        problem.GetProperty("errors").TryGetProperty(key, out var messages)
            ? [.. messages.EnumerateArray().Select(m => m.GetString())]
            : throw new Xunit.Sdk.XunitException($"No errors at {key}: {problem.GetRawText()}");
}
