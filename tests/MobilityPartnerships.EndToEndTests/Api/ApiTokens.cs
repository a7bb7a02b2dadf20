using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>Personal access tokens for tests, made as the tokens page makes them, and clients of the API that send one.</summary>
internal static class ApiTokens
{
    /// <summary>A new token of the account with that e-mail; returns its secret.</summary>
    public static async Task<string> CreateTokenAsync(this AppFixture app, string email, TokenScope scope, int days = 30)
    {
        var accountId = await app.Database.ScalarAsync<Guid>("SELECT id FROM accounts WHERE lower(email) = lower($1)", email);
        Assert.NotEqual(Guid.Empty, accountId);
        await using var services = app.Services.CreateAsyncScope();
        var (_, secret) = await services.ServiceProvider.GetRequiredService<AccessTokens>()
            .CreateAsync(accountId, $"Test token {Guid.NewGuid():N}", scope, DateTimeOffset.UtcNow.AddDays(days), TestContext.Current.CancellationToken);
        return secret;
    }

    /// <summary>A client sending the token as <c>Authorization: Bearer</c>, every answer checked against the OpenAPI document.</summary>
    public static async Task<HttpClient> BearerClientAsync(this AppFixture app, string secret)
    {
        var client = new HttpClient(new ApiContract.CheckingHandler(await ApiContract.OfAsync(app))) { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>A client with no token nor cookie, every answer checked against the OpenAPI document; headers are the caller's.</summary>
    public static async Task<HttpClient> CheckedClientAsync(this AppFixture app) =>
        new(new ApiContract.CheckingHandler(await ApiContract.OfAsync(app))) { BaseAddress = app.BaseAddress };

    public static Uri Relative(string path) => new(path, UriKind.Relative);
}
