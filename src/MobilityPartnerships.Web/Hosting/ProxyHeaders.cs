using Microsoft.AspNetCore.HttpOverrides;

namespace MobilityPartnerships.Web.Hosting;

/// <summary>
/// Behind a load balancer (HAProxy in <c>scripts/cluster</c>, the organisation's in a deployment) every request comes
/// from the proxy: the client's address and scheme arrive in <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>. They
/// are believed only from the proxy itself — this machine (loopback), or the networks in <c>Proxy:KnownNetworks</c> —
/// so that the limits per address (sign-in attempts) count the real client and a client cannot name itself.
/// </summary>
internal static class ProxyHeaders
{
    public static void UseProxyHeaders(this WebApplication app)
    {
        // The defaults already trust loopback (127.0.0.0/8 and ::1) and take one hop: the proxy's own entry.
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var network in app.Configuration.GetSection("Proxy:KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        app.UseForwardedHeaders(options);
    }
}
