using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using MobilityPartnerships.EndToEndTests.Hosting;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.EndToEndTests.Deployment;

/// <summary>
/// In Production with <c>Security:AllowPlainHttpOnLoopback</c> (as scripts/run sets it), plain HTTP is served to this
/// machine only: a client from another address is redirected to HTTPS, or refused where no HTTPS port is known.
/// </summary>
[Collection(SeparateApps.Name)]
public sealed class PlainHttpOnLoopbackTests : IAsyncLifetime
{
    private TestDatabase database = default!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync("loopback");

    [Fact]
    public async Task Plain_http_is_served_to_loopback_and_refused_to_other_addresses_without_an_https_port()
    {
        await using var factory = App();

        var local = await SendAsync(factory, IPAddress.Loopback);
        Assert.Equal(StatusCodes.Status200OK, local.Response.StatusCode);
        var localV6 = await SendAsync(factory, IPAddress.IPv6Loopback);
        Assert.Equal(StatusCodes.Status200OK, localV6.Response.StatusCode);

        var remote = await SendAsync(factory, IPAddress.Parse("192.0.2.10"));
        Assert.Equal(StatusCodes.Status400BadRequest, remote.Response.StatusCode);
        Assert.Contains("HTTPS", await new StreamReader(remote.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_http_from_another_address_is_redirected_to_https_where_its_port_is_known()
    {
        await using var factory = App(("https_port", "443"));

        var remote = await SendAsync(factory, IPAddress.Parse("192.0.2.10"));
        Assert.Equal(StatusCodes.Status307TemporaryRedirect, remote.Response.StatusCode);
        Assert.Equal("https://app.example/health/live", remote.Response.Headers.Location.ToString());

        var local = await SendAsync(factory, IPAddress.Loopback);
        Assert.Equal(StatusCodes.Status200OK, local.Response.StatusCode);
    }

    private WebApplicationFactory<Program> App(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder
                .UseEnvironment("Production")
                .UseSetting("ConnectionStrings:Default", database.ConnectionString)
                .UseSetting("Security:AllowPlainHttpOnLoopback", "true");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    private static Task<HttpContext> SendAsync(WebApplicationFactory<Program> factory, IPAddress from) =>
        factory.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("app.example");
            context.Request.Path = "/health/live";
            context.Connection.RemoteIpAddress = from;
        });

    public async ValueTask DisposeAsync() => await database.DisposeAsync();
}
