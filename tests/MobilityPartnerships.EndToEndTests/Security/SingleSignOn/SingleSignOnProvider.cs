using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MobilityPartnerships.EndToEndTests.Hosting;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.EndToEndTests.Security.SingleSignOn;

/// <summary>
/// A real OpenID Connect provider (<c>provider.mjs</c>: oidc-provider on the machine's Node.js) over HTTPS on loopback
/// with a self-signed certificate made here, and an app of its own configured for it. The app trusts exactly that
/// certificate on its back channel; Chromium is told to accept it.
/// </summary>
public sealed class SingleSignOnProvider : IAsyncLifetime
{
    public const string DisplayName = "Test provider";

    private readonly string folder = Directory.CreateTempSubdirectory("sso-").FullName;
    private Process? node;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public TestDatabase Database { get; private set; } = default!;

    internal SeparateApp App { get; private set; } = default!;

    /// <summary>The provider's address, e.g. https://127.0.0.1:43121.</summary>
    public string Issuer { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        Issuer = $"https://127.0.0.1:{port}";
        using var certificate = CreateCertificate();
        var thumbprint = certificate.Thumbprint;
        var certificateFile = Path.Combine(folder, "provider.crt");
        var keyFile = Path.Combine(folder, "provider.key");
        await File.WriteAllTextAsync(certificateFile, certificate.ExportCertificatePem());
        using (var key = certificate.GetRSAPrivateKey()!)
        {
            await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());
        }

        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        Database = await TestDatabase.CreateAsync("sso");
        App = SeparateApp.Start(
            Database.ConnectionString,
            new Dictionary<string, string>
            {
                ["Authentication:OpenIdConnect:Authority"] = Issuer,
                ["Authentication:OpenIdConnect:ClientId"] = "mobility-partnerships",
                ["Authentication:OpenIdConnect:ClientSecret"] = secret,
                ["Authentication:OpenIdConnect:DisplayName"] = DisplayName,
                ["Authentication:OpenIdConnect:CreateAccounts"] = "true",
                ["Authentication:OpenIdConnect:Roles:mp-member-state"] = nameof(Domain.Access.Role.MemberStateOfficial),
                ["Authentication:OpenIdConnect:Roles:mp-focal-point"] = nameof(Domain.Access.Role.FocalPoint),
                ["Authentication:OpenIdConnect:Roles:mp-partner-country"] = nameof(Domain.Access.Role.PartnerCountryOfficial),
            },
            services => services.Configure<OpenIdConnectOptions>("oidc", oidc => oidc.BackchannelHttpHandler = new HttpClientHandler
            {
                // The provider's own certificate and no other.
                ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == thumbprint,
            }));

        node = StartProvider(port, certificateFile, keyFile, secret, App.BaseAddress.ToString().TrimEnd('/'));
        await WaitForProviderAsync();

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = AppFixture.ChromiumArguments,
        });
    }

    /// <summary>A fresh browser (no session at the app or the provider) that accepts the provider's certificate.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseAddress.ToString(), IgnoreHTTPSErrors = true });

        // The provider's development pages import a web font; nothing here leaves the machine.
        await context.RouteAsync(url => !url.StartsWith("http://127.0.0.1", StringComparison.Ordinal) && !url.StartsWith("https://127.0.0.1", StringComparison.Ordinal), route => route.AbortAsync());
        return context;
    }

    private static Process StartProvider(int port, string certificateFile, string keyFile, string secret, string appUrl)
    {
        var project = Path.Combine(RepositoryPaths.Root, "tests", "MobilityPartnerships.EndToEndTests");
        var script = Path.Combine(project, "Security", "SingleSignOn", "provider.mjs");
        Assert.True(Directory.Exists(Path.Combine(project, "node_modules", "oidc-provider")), $"oidc-provider is missing: run npm ci in {project}.");
        var start = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PROVIDER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PROVIDER_CERT"] = certificateFile;
        start.Environment["PROVIDER_KEY"] = keyFile;
        start.Environment["APP_URL"] = appUrl;
        start.Environment["CLIENT_SECRET"] = secret;
        start.Environment["NODE_ENV"] = "test";
        return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
    }

    /// <summary>Waits for the provider's "listening" line; its errors are reported if it stops instead.</summary>
    private async Task WaitForProviderAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var errors = node!.StandardError.ReadToEndAsync(timeout.Token);
        while (await node.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("listening ", StringComparison.Ordinal))
            {
                // Keep reading so that a full pipe never blocks the provider.
                _ = node.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return;
            }
        }

        throw new InvalidOperationException($"The OpenID Connect provider stopped: {await errors}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A self-signed server certificate for 127.0.0.1, valid for the test's day.</summary>
    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (node is { HasExited: false })
        {
            node.Kill();
            await node.WaitForExitAsync();
        }

        node?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }
}
