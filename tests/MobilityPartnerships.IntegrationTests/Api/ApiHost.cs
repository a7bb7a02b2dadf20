using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.IntegrationTests.Api;

/// <summary>
/// The app's host over the fixture's database (reference data, no demo data), for tests of the JSON API over HTTP: a
/// client sends a personal access token of an account in the database, as a program does.
/// </summary>
public sealed class ApiHost : DatabaseFixture, IAsyncDisposable
{
    private WebApplicationFactory<Program>? host;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        host = await AppHost.StartAsync(Database.ConnectionString, builder => builder.UseSetting("DemoData:Load", "false"));
    }

    /// <summary>A client of the API with a new read-write token of the fixture's administrator.</summary>
    public async Task<HttpClient> AdministratorClientAsync()
    {
        var app = host ?? throw new InvalidOperationException("Not started.");
        await using var scope = app.Services.CreateAsyncScope();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<AccessTokens>()
            .CreateAsync(AccountClaims.UserIdOf(Administrator)!.Value, $"Test token {Guid.NewGuid():N}", TokenScope.ReadWrite, DateTimeOffset.UtcNow.AddDays(1), TestContext.Current.CancellationToken);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost/") });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    public new async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
