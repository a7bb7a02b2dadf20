using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MobilityPartnerships.EndToEndTests.Addresses;

/// <summary>The app's addresses as its routing knows them, and their parameters filled with ids.</summary>
internal static class AppRoutes
{
    /// <summary>Every address the app answers a GET on (pages, downloads, the API), as its template, e.g. "partnerships/{id:guid}/open-data/iati.xml".</summary>
    public static IReadOnlyList<string> GetTemplates(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => e.RoutePattern.RawText?.TrimStart('/') ?? string.Empty)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Fills each route parameter with the value for the segment that precedes it ("partnerships/{id}" → values["partnerships"]).</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var segments = template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].StartsWith('{'))
            {
                Assert.True(i > 0 && values.ContainsKey(segments[i - 1]), $"No value for the parameter of /{template}; add one.");
                segments[i] = values[segments[i - 1]];
            }
        }

        return string.Join('/', segments);
    }
}
