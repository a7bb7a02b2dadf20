using System.Net;
using System.Text.Json;
using MobilityPartnerships.EndToEndTests.Hosting;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.EndToEndTests.Security;

/// <summary>
/// Downloads and the API are limited per user: with low limits set for this app, the request after the limit answers
/// 429 with Retry-After and a problem document, while another user's requests go through.
/// </summary>
[Collection(SeparateApps.Name)]
public sealed class RateLimitTests : IAsyncLifetime
{
    private const int ApiLimit = 3;
    private const int DownloadLimit = 2;
    private const int SearchLimit = 2;
    private const string Other = "focal.point@mobility-partnerships.example";

    private TestDatabase database = default!;
    private SeparateApp app = default!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync("rate_limits");
        app = SeparateApp.Start(database.ConnectionString, new Dictionary<string, string>
        {
            ["Security:ApiRequestsPerMinute"] = ApiLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Security:DownloadsPerMinute"] = DownloadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Security:SearchesPerMinute"] = SearchLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    [Fact]
    public async Task The_api_answers_429_with_Retry_After_after_the_users_limit_and_another_user_is_not_affected()
    {
        using var first = await app.SignedInClientAsync(AppFixture.Administrator);
        using var second = await app.SignedInClientAsync(Other);

        for (var i = 0; i < ApiLimit; i++)
        {
            using var allowed = await GetAsync(first, "api/v1/partnerships");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await GetAsync(first, "api/v1/partnerships");
        await AssertTooManyAsync(refused);

        using var otherUser = await GetAsync(second, "api/v1/partnerships");
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }

    [Fact]
    public async Task Exports_and_briefing_packs_share_a_per_user_limit_answered_with_429_and_Retry_After()
    {
        using var first = await app.SignedInClientAsync(AppFixture.Administrator);
        using var second = await app.SignedInClientAsync(Other);
        // Unknown ones: the limit counts requests before any work is done, so the answers up to it are 404.
        var export = $"partnerships/{Guid.NewGuid()}/scoreboard/export.csv";
        var pack = $"meetings/{Guid.NewGuid()}/briefing-pack.pdf";

        using (var one = await GetAsync(first, export))
        {
            Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
        }

        using (var two = await GetAsync(first, pack))
        {
            Assert.Equal(HttpStatusCode.NotFound, two.StatusCode);
        }

        using var refused = await GetAsync(first, pack);
        await AssertTooManyAsync(refused);

        using var otherUser = await GetAsync(second, export);
        Assert.Equal(HttpStatusCode.NotFound, otherUser.StatusCode);
    }

    [Fact]
    public async Task Searches_beyond_the_users_limit_are_refused_with_the_wait_and_another_user_still_searches()
    {
        using var first = await app.SignedInClientAsync(AppFixture.Administrator);
        using var second = await app.SignedInClientAsync(Other);
        const string Refusal = "You have searched many times in a short time.";

        for (var i = 0; i < SearchLimit; i++)
        {
            Assert.DoesNotContain(Refusal, await SearchAsync(first), StringComparison.Ordinal);
        }

        Assert.Contains(Refusal, await SearchAsync(first), StringComparison.Ordinal);
        Assert.DoesNotContain(Refusal, await SearchAsync(second), StringComparison.Ordinal);
    }

    private static async Task<string> SearchAsync(HttpClient client)
    {
        using var response = await GetAsync(client, "search?q=Moldova");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path) =>
        client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.TooManyRequests, $"answered {(int)response.StatusCode}: {body}");
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, "Retry-After is missing");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await database.DisposeAsync();
    }
}
