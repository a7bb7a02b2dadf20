using System.Net;
using MobilityPartnerships.EndToEndTests.Hosting;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.EndToEndTests.Cluster;

/// <summary>
/// Behind the proxy every request comes from the proxy's address: the sign-in limit per address must count the client
/// the proxy names in X-Forwarded-For, so one client's attempts do not lock every other client out.
/// </summary>
[Collection(SeparateApps.Name)]
public sealed class ProxyHeadersTests : IAsyncLifetime
{
    private const int Limit = 2;
    private TestDatabase database = default!;
    private SeparateApp app = default!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync("proxy_headers");
        app = SeparateApp.Start(database.ConnectionString, new Dictionary<string, string>
        {
            ["Security:SignInAttemptsPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    [Fact]
    public async Task The_sign_in_limit_counts_the_client_the_proxy_names_not_the_proxy()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

        for (var i = 0; i < Limit; i++)
        {
            Assert.False(await ThrottledAsync(client, "203.0.113.7"));
        }

        Assert.True(await ThrottledAsync(client, "203.0.113.7"));
        Assert.False(await ThrottledAsync(client, "203.0.113.8"));
    }

    private static async Task<bool> ThrottledAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "nobody@example.org", ["password"] = "wrong" }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString.Contains("error=throttled", StringComparison.Ordinal) == true;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
