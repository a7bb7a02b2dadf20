using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.EndToEndTests.Deployment;

/// <summary>
/// The app as a deployment runs it: published in Release (as <c>scripts/run</c> and the container image do) and started
/// as a process of its own with <c>dotnet MobilityPartnerships.Web.dll</c>, in the environment given, never through
/// the test host (which maps static files from the sources). Published once per test run, into
/// <c>.local/published-for-tests</c>.
/// </summary>
public sealed class PublishedApp : IAsyncDisposable
{
    private static readonly SemaphoreSlim PublishGate = new(1, 1);
    private static string? publishedFolder;

    private readonly Process process;
    private readonly StringBuilder output;

    private PublishedApp(Process process, StringBuilder output, Uri baseAddress)
    {
        this.process = process;
        this.output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the app wrote to its console so far (for messages of failed assertions).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<PublishedApp> StartAsync(string environment, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var folder = await PublishAsync(cancellationToken);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("MobilityPartnerships.Web.dll");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var output = new StringBuilder();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not start the published app.");
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new PublishedApp(process, output, new Uri($"http://127.0.0.1:{port}/"));
        await app.WaitUntilLiveAsync(cancellationToken);
        return app;
    }

    private async Task WaitUntilLiveAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromMinutes(3));
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The published app stopped with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var ready = await client.GetAsync(new Uri("health/ready", UriKind.Relative), limit.Token);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested)
            {
                throw new InvalidOperationException($"The published app did not become ready:\n{Output}");
            }

            await Task.Delay(250, limit.Token);
        }
    }

    internal static async Task<string> PublishAsync(CancellationToken cancellationToken)
    {
        await PublishGate.WaitAsync(cancellationToken);
        try
        {
            if (publishedFolder is not null)
            {
                return publishedFolder;
            }

            // In the repository's ignored .local folder, kept between runs so that the next publish only updates it.
            var folder = Path.Combine(RepositoryPaths.Root, ".local", "published-for-tests");
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = RepositoryPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["publish", "src/MobilityPartnerships.Web/MobilityPartnerships.Web.csproj", "-c", "Release", "-o", folder, "--nologo", "-p:UseAppHost=false"])
            {
                start.ArgumentList.Add(argument);
            }

            using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish could not start.");
            var standardOutput = publish.StandardOutput.ReadToEndAsync(cancellationToken);
            var standardError = publish.StandardError.ReadToEndAsync(cancellationToken);
            await publish.WaitForExitAsync(cancellationToken);
            if (publish.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet publish failed:\n{await standardOutput}\n{await standardError}");
            }

            publishedFolder = folder;
            return folder;
        }
        finally
        {
            PublishGate.Release();
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
