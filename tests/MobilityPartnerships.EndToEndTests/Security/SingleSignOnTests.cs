using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MobilityPartnerships.EndToEndTests.Security;

/// <summary>Single sign-on is switched on by configuration alone: the provider is registered and the sign-in page offers it.</summary>
[Collection(RunningApp.Name)]
public sealed class SingleSignOnTests(AppFixture app)
{
    [Fact]
    public async Task Configuring_a_provider_adds_the_scheme_and_the_button_and_leaving_it_out_adds_neither()
    {
        await using var configured = Host(("Authentication:OpenIdConnect:Authority", "https://login.example/realms/eu"), ("Authentication:OpenIdConnect:ClientId", "mobility-partnerships"), ("Authentication:OpenIdConnect:DisplayName", "EU Login"));
        await using var plain = Host();

        var schemes = configured.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        Assert.NotNull(await schemes.GetSchemeAsync("oidc"));
        Assert.Null(await plain.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync("oidc"));

        using var withButton = configured.CreateClient();
        using var without = plain.CreateClient();
        Assert.Contains("Sign in with EU Login", await withButton.GetStringAsync(new Uri("sign-in", UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain("account/external-sign-in", await without.GetStringAsync(new Uri("sign-in", UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development")
                .UseSetting("ConnectionStrings:Default", app.Database.ConnectionString)
                .UseSetting("Database:MigrateOnStartup", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
