using System.Net;
using System.Text.Json;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// Clients of the JSON API as a program would be: one carrying the session cookie of an account signed in through
/// the sign-in page, one with no cookie at all. Neither follows redirects, so a redirect is seen as what it is.
/// </summary>
internal static class ApiClients
{
    public static async Task<HttpClient> SignedInClientAsync(this AppFixture app, string account)
    {
        await using var context = await app.NewContextAsync(account);
        var cookies = await context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == "mp.session");
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        return client;
    }

    public static HttpClient AnonymousClient(this AppFixture app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };

    /// <summary>GETs the address and expects 200 with JSON.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /{path} answered {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>GETs the address and returns the status code and the body as text.</summary>
    public static async Task<(HttpStatusCode Status, string? MediaType, string Body)> GetRawAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static IReadOnlyList<string> Ids(this JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
}
